package org.crmmethod.examples.report;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;

/**
 * Lays out the report's page: the header with the plan's key figures, a table of contents, one
 * section per part (schedule, forecast, validation, readiness, fit-gap) and a footer that says what
 * produced the page.
 */
final class ReportPage {

  private ReportPage() {}

  /**
   * Writes the page.
   *
   * @param report the report
   * @return the HTML text
   */
  static String of(PlanReport report) {
    ProjectPlan plan = report.plan();
    String css = ReportStyle.css();
    checkState(!css.contains("<") && !css.contains("&"), "the style sheet must hold no markup");
    Markup page = new Markup();
    page.raw("<!DOCTYPE html>\n");
    page.open("html", "lang", "en");
    page.open("head");
    page.empty("meta", "charset", "utf-8");
    page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    page.empty("meta", "name", "generator", "content", "crm-method " + LibraryVersion.current());
    page.element("title", plan.name() + " - CRM project report");
    page.open("style").raw(css).close("style");
    page.close("head");
    page.open("body");
    page.open("div", "class", "page");
    header(page, report);
    contents(page, report);
    page.open("main");
    ScheduleSection.write(page, report);
    ForecastSection.write(page, report);
    FindingsSection.write(page, report);
    ReadinessSection.write(page, report);
    FitGapSection.write(page, report);
    page.close("main");
    footer(page, report);
    page.close("div");
    page.close("body");
    page.close("html");
    return page.finish();
  }

  private static void header(Markup page, PlanReport report) {
    ProjectPlan plan = report.plan();
    Method method = report.method();
    page.open("header", "class", "masthead");
    page.element("div", "CRM project report"
        + plan.statusDate().map(date -> " · status as of " + date).orElse(" · no status date"), "class", "eyebrow");
    page.element("h1", plan.name());
    page.element("p", plan.context().company() + " · plan " + plan.id() + " · method " + method.name() + " "
        + method.version() + " (" + method.id() + ") · " + Figures.words(plan.context().approach()) + " · calendar "
        + plan.context().calendar(), "class", "subtitle");
    page.open("dl", "class", "figures");
    Optional<Schedule> schedule = report.schedule().value();
    figure(page, "start", "Start", schedule.map(s -> s.startDate().toString()).orElse(plan.context().startDate().toString()),
        "first working day");
    if (schedule.isPresent()) {
      figure(page, "finish", "Scheduled finish", schedule.get().finishDate().toString(),
          Figures.workingDays(schedule.get().durationWorkingDays()) + " working days, most likely durations");
    } else {
      figure(page, "finish", "Scheduled finish", "none", "the plan cannot be scheduled");
    }
    Optional<Forecast> forecast = report.forecast().value();
    if (forecast.isPresent() && report.dates().isPresent()) {
      FinishDates dates = report.dates().get();
      figure(page, "p50", "P50 finish", dates.finishOf(forecast.get().p50()).toString(),
          "even odds, " + Figures.workingDays(forecast.get().p50()) + " working days");
      figure(page, "p80", "P80 finish", dates.finishOf(forecast.get().p80()).toString(),
          "4 in 5, " + Figures.workingDays(forecast.get().p80()) + " working days");
    }
    report.odds().ifPresent(odds -> figure(page, "target", "Target", odds.date().toString(),
        Figures.share(odds.probability()) + " likely to finish by then"));
    if (report.odds().isEmpty()) {
      report.target().ifPresent(date -> figure(page, "target", "Target", date.toString(), "not forecast"));
    }
    plan.statusDate().ifPresent(date -> figure(page, "status", "Status date", date.toString(), "progress as of"));
    ValidationReport validation = report.validation();
    figure(page, "findings", "Findings", validation.count(Severity.ERROR) + " errors",
        validation.count(Severity.WARNING) + " warnings, " + validation.count(Severity.INFO) + " info");
    report.readiness().flatMap(Attempt::value).ifPresent(readiness -> readinessFigure(page, readiness));
    report.fitGap().flatMap(Attempt::value).ifPresent(fitGap -> fitGapFigure(page, fitGap));
    page.close("dl");
    page.close("header");
  }

  private static void readinessFigure(Markup page, ReadinessReport readiness) {
    figure(page, "readiness", "Readiness", readiness.overall().status() + " " + Figures.percent(readiness.overall().percent()),
        readiness.blockers().size() + " open questions blocking work");
  }

  private static void fitGapFigure(Markup page, FitGapReport fitGap) {
    figure(page, "fit-gap", "Gap plan", fitGap.gapPlanOverBudget() ? "Over budget" : "Within budget",
        Figures.money(fitGap.plannedCost()) + " of " + Figures.money(fitGap.budget()));
  }

  private static void figure(Markup page, String key, String label, String value, String note) {
    page.open("div", "data-figure", key);
    page.element("dt", label);
    page.open("dd").text(value + " ").element("small", note).close("dd");
    page.close("div");
  }

  private static void contents(Markup page, PlanReport report) {
    page.open("nav", "class", "contents");
    page.element("a", "Schedule", "href", "#schedule");
    page.element("a", "Forecast", "href", "#forecast");
    page.element("a", "Validation (" + report.validation().findings().size() + ")", "href", "#validation");
    page.element("a", "Readiness", "href", "#readiness");
    page.element("a", "Fit-gap", "href", "#fit-gap");
    page.close("nav");
  }

  private static void footer(Markup page, PlanReport report) {
    page.open("footer");
    page.element("p", "Produced by crm-method " + LibraryVersion.current() + " (org.crmmethod.examples.report.PlanReport)"
        + " from plan " + report.plan().id() + " and method " + report.method().id() + " " + report.method().version()
        + ": standard validator (" + report.validation().rulesRun().size() + " rules run), standard scheduler"
        + " (critical-path method, most likely durations, calendar " + report.plan().context().calendar() + "),"
        + " Monte Carlo simulation of " + Figures.count(report.iterations()) + " iterations with seed " + report.seed()
        + report.forecast().value().map(forecast -> " (" + Figures.words(forecast.distribution()) + " durations)").orElse("")
        + ", standard readiness scorer, fit-gap analyser and gap-closure optimiser.");
    page.element("p", "The page holds no time of generation: the same plan, method, iterations, seed and target give"
        + " the same page. It needs no network and runs no script.");
    page.close("footer");
  }
}
