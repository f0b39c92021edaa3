package org.crmmethod.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.schedule.Schedule;

/**
 * The forecast's part of the page: the histogram and the S-curve of the finish, the percentiles
 * with the dates they end on, the chance of the scheduled finish and of the target, and the
 * activities that drive the finish most.
 */
final class ForecastSection {
  private static final int DRIVERS = 8;

  private ForecastSection() {}

  /**
   * Writes the section.
   *
   * @param page where to write
   * @param report the report
   */
  static void write(Markup page, PlanReport report) {
    page.open("section", "id", "forecast", "class", "part");
    page.element("h2", "Forecast");
    if (report.forecast().value().isEmpty() || report.dates().isEmpty()) {
      page.element("p", "No forecast: " + report.forecast().problem(), "class", "problem");
      page.close("section");
      return;
    }
    Forecast forecast = report.forecast().value().get();
    FinishDates dates = report.dates().get();
    Optional<TargetOdds> odds = report.odds();
    page.element("p", "Monte Carlo simulation of " + Figures.count(forecast.iterations()) + " iterations (seed "
        + forecast.seed() + ", " + Figures.words(forecast.distribution()) + " durations drawn from each activity's"
        + " three-point estimate). Durations are working days from the start; each is dated by the plan's calendar as"
        + " the last working day it occupies.", "class", "lead");
    page.open("div", "class", "charts");
    page.open("figure");
    page.element("figcaption", "How long the project takes: share of iterations by duration");
    ForecastCharts.histogram(page, forecast, dates, odds);
    page.close("figure");
    page.open("figure");
    page.element("figcaption", "Probability of finishing by a date (S-curve)");
    ForecastCharts.curve(page, forecast, dates, odds);
    page.close("figure");
    page.close("div");
    percentiles(page, forecast, dates, report);
    drivers(page, forecast, report);
    page.close("section");
  }

  private static void percentiles(Markup page, Forecast forecast, FinishDates dates, PlanReport report) {
    page.element("h3", "Finish dates and their odds");
    page.open("table", "class", "percentiles");
    page.open("thead").open("tr");
    page.element("th", "Measure").element("th", "Working days", "class", "number").element("th", "Finish date")
        .element("th", "Probability of finishing by then", "class", "number");
    page.close("tr").close("thead");
    page.open("tbody");
    row(page, "p10", "P10 (optimistic)", forecast.p10(), dates, forecast);
    row(page, "p50", "P50 (median)", forecast.p50(), dates, forecast);
    row(page, "p80", "P80 (commitment level)", forecast.p80(), dates, forecast);
    row(page, "p90", "P90", forecast.p90(), dates, forecast);
    row(page, "mean", "Mean (standard deviation " + Figures.workingDays(forecast.standardDeviation()) + ")",
        forecast.mean(), dates, forecast);
    row(page, "minimum", "Shortest iteration", forecast.minimum(), dates, forecast);
    row(page, "maximum", "Longest iteration", forecast.maximum(), dates, forecast);
    Optional<Schedule> schedule = report.schedule().value();
    schedule.ifPresent(s -> row(page, "scheduled", "Scheduled finish (most likely durations)", s.durationWorkingDays(),
        dates, forecast));
    report.odds().ifPresent(odds -> {
      page.open("tr", "data-measure", "target");
      page.element("td", "Target");
      page.element("td", Figures.count(odds.workingDays()), "class", "number");
      page.element("td", odds.date().toString(), "class", "date");
      page.element("td", Figures.share(odds.probability()), "class", "number");
      page.close("tr");
    });
    page.close("tbody");
    page.close("table");
  }

  private static void row(Markup page, String key, String label, double workingDays, FinishDates dates, Forecast forecast) {
    page.open("tr", "data-measure", key);
    page.element("td", label);
    page.element("td", Figures.workingDays(workingDays), "class", "number");
    page.element("td", dates.finishOf(workingDays).toString(), "class", "date");
    page.element("td", Figures.share(forecast.probabilityWithin(workingDays)), "class", "number");
    page.close("tr");
  }

  private static void drivers(Markup page, Forecast forecast, PlanReport report) {
    List<FinishDriver> drivers = forecast.sensitivity();
    page.element("h3", "What drives the finish");
    page.element("p", "The activities whose duration moves the project's finish most: their correlation with the"
        + " project's duration, and the share of iterations in which they were critical.", "class", "lead");
    page.open("table", "class", "drivers");
    page.open("thead").open("tr");
    page.element("th", "Activity").element("th", "Name").element("th", "Correlation", "class", "number")
        .element("th", "Critical in", "class", "number");
    page.close("tr").close("thead");
    page.open("tbody");
    for (FinishDriver driver : drivers.subList(0, Math.min(DRIVERS, drivers.size()))) {
      page.open("tr");
      page.open("td").element("code", driver.activityId()).close("td");
      page.element("td", report.plan().activity(driver.activityId()).map(Activity::name).orElse(""));
      page.element("td", String.format(Locale.ROOT, "%.2f", driver.correlation()), "class", "number");
      page.element("td", Figures.share(driver.criticalityIndex()), "class", "number");
      page.close("tr");
    }
    page.close("tbody");
    page.close("table");
  }
}
