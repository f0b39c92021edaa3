package org.crmmethod.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.Histogram;

/**
 * Draws the forecast of the finish in SVG, as two charts on the same duration axis: the histogram
 * of the simulated project durations, and the S-curve of the probability of finishing within a
 * duration. Both mark the P50 and the P80 with the dates they end on, and the target with its
 * probability when there is one.
 */
final class ForecastCharts {
  /** A chart's natural width, in pixels; two sit side by side on a 1280-pixel screen. */
  static final int WIDTH = 620;
  /** A chart's natural height, in pixels. */
  static final int HEIGHT = 340;

  private static final double LEFT = 58;
  private static final double RIGHT = 34;
  private static final double TOP = 50;
  /** The baselines of the histogram's marker labels, one row each so that they never overlap. */
  private static final double TARGET_ROW = 16;
  private static final double P80_ROW = 30;
  private static final double P50_ROW = 44;
  /** Room a marker label needs beside its line, in pixels. */
  private static final double LABEL_ROOM = 130;
  private static final double BOTTOM = 64;
  private static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final double PLOT_BOTTOM = TOP + PLOT_HEIGHT;
  private static final int MOST_BINS = 40;
  private static final int FEWEST_BINS = 5;

  private final Markup svg;
  private final Forecast forecast;
  private final FinishDates dates;
  private final Optional<TargetOdds> target;
  private final ForecastAxis axis;

  private ForecastCharts(Markup svg, Forecast forecast, FinishDates dates, Optional<TargetOdds> target) {
    this.svg = svg;
    this.forecast = forecast;
    this.dates = dates;
    this.target = target;
    this.axis = ForecastAxis.of(forecast, target, LEFT, PLOT_WIDTH);
  }

  /**
   * Draws the histogram of the project durations: as many bins as the square root of the
   * iterations, from 5 to 40.
   *
   * @param markup where to write the SVG element
   * @param forecast the forecast
   * @param dates the plan's calendar, to date the durations
   * @param target the target and its odds, if any
   */
  static void histogram(Markup markup, Forecast forecast, FinishDates dates, Optional<TargetOdds> target) {
    new ForecastCharts(markup, forecast, dates, target).drawHistogram();
  }

  /**
   * Draws the S-curve: the probability of finishing within each duration.
   *
   * @param markup where to write the SVG element
   * @param forecast the forecast
   * @param dates the plan's calendar, to date the durations
   * @param target the target and its odds, if any
   */
  static void curve(Markup markup, Forecast forecast, FinishDates dates, Optional<TargetOdds> target) {
    new ForecastCharts(markup, forecast, dates, target).drawCurve();
  }

  static int bins(int iterations) {
    return (int) Math.max(FEWEST_BINS, Math.min(MOST_BINS, Math.ceil(Math.sqrt(iterations))));
  }

  // ---- Histogram ----

  private void drawHistogram() {
    Histogram histogram = forecast.histogram(bins(forecast.iterations()));
    List<Double> edges = histogram.edges();
    List<Integer> counts = histogram.counts();
    double total = histogram.total();
    double highest = 0;
    for (int count : counts) {
      highest = Math.max(highest, count / total);
    }
    double step = ForecastAxis.niceStep(Math.max(highest, 1e-6) * 100 / 4, 1, 2, 2.5, 5);
    double top = Math.ceil(highest * 100 / step - 1e-9) * step;
    start("histogram", "Histogram of the simulated project durations: share of " + Figures.count(forecast.iterations())
        + " iterations per duration bin");
    yAxis(top, step, "Share of iterations");
    svg.open("g", "class", "bins", "fill", Palette.HISTOGRAM, "stroke", "#ffffff", "stroke-width", 1);
    for (int bin = 0; bin < counts.size(); bin++) {
      double low = edges.get(bin);
      double high = edges.get(bin + 1);
      double share = counts.get(bin) / total;
      double barTop = y(share * 100, top);
      svg.open("rect", "x", axis.x(low), "y", barTop, "width", Math.max(1, axis.x(high) - axis.x(low)),
          "height", PLOT_BOTTOM - barTop);
      svg.element("title", Figures.workingDays(low) + " to " + Figures.workingDays(high) + " working days: "
          + Figures.count(counts.get(bin)) + " iterations (" + Figures.share(share) + ")");
      svg.close("rect");
    }
    svg.close("g");
    xAxis();
    percentileLine(50, Palette.P50, P50_ROW);
    percentileLine(80, Palette.P80, P80_ROW);
    target.ifPresent(this::targetLine);
    finish();
  }

  private void percentileLine(int p, String colour, double row) {
    double workingDays = forecast.percentile(p);
    double x = axis.x(workingDays);
    LocalDate date = dates.finishOf(workingDays);
    svg.open("g", "class", "marker p" + p, "data-date", date.toString(), "data-working-days", Figures.workingDays(workingDays));
    svg.empty("line", "x1", x, "y1", row - 10, "x2", x, "y2", PLOT_BOTTOM, "stroke", colour, "stroke-width", 2);
    label("P" + p + " " + date, x, row, colour);
    svg.close("g");
  }

  private void targetLine(TargetOdds odds) {
    String text = "Target " + odds.date() + ": " + Figures.share(odds.probability());
    if (!axis.shows(odds.workingDays())) {
      offTheChart(text);
      return;
    }
    double x = axis.x(odds.workingDays());
    svg.open("g", "class", "marker target", "data-date", odds.date().toString());
    svg.empty("line", "x1", x, "y1", TARGET_ROW - 10, "x2", x, "y2", PLOT_BOTTOM, "stroke", Palette.TARGET, "stroke-width", 2,
        "stroke-dasharray", "6 4");
    label(text, x, TARGET_ROW, Palette.TARGET);
    svg.close("g");
  }

  /** Writes a marker's label beside its line: on the right, unless the chart ends too soon. */
  private void label(String text, double x, double baseline, String colour) {
    boolean right = x + LABEL_ROOM < WIDTH;
    svg.element("text", text, "x", right ? x + 5 : x - 5, "y", baseline, "fill", colour, "font-weight", "bold",
        "text-anchor", right ? "start" : "end", "stroke", "#ffffff", "stroke-width", 4, "paint-order", "stroke");
  }

  private void offTheChart(String text) {
    svg.element("text", text + " (off the chart)", "class", "target-note", "x", LEFT + 8, "y", TOP + 14,
        "fill", Palette.TARGET, "font-weight", "bold");
  }

  // ---- S-curve ----

  private void drawCurve() {
    start("curve", "Probability of finishing within a duration, from " + Figures.count(forecast.iterations())
        + " iterations");
    yAxis(100, 20, "Probability of finishing");
    xAxis();
    StringBuilder points = new StringBuilder();
    for (int half = 0; half <= 200; half++) {
      double p = half / 2.0;
      if (half > 0) {
        points.append(' ');
      }
      points.append(Figures.coordinate(axis.x(forecast.percentile(p)))).append(' ').append(Figures.coordinate(y(p, 100)));
    }
    svg.empty("polyline", "class", "s-curve", "points", points.toString(), "fill", "none", "stroke", Palette.CURVE,
        "stroke-width", 2.5, "stroke-linejoin", "round");
    percentilePoint(50, Palette.P50);
    percentilePoint(80, Palette.P80);
    target.ifPresent(this::targetPoint);
    finish();
  }

  private void percentilePoint(int p, String colour) {
    double workingDays = forecast.percentile(p);
    double x = axis.x(workingDays);
    double y = y(p, 100);
    LocalDate date = dates.finishOf(workingDays);
    String label = "P" + p + " " + date + " (" + Figures.workingDays(workingDays) + " wd)";
    svg.open("g", "class", "marker p" + p, "data-date", date.toString(), "data-working-days", Figures.workingDays(workingDays));
    guides(x, y, colour, "4 3");
    svg.empty("circle", "cx", x, "cy", y, "r", 4.5, "fill", colour);
    boolean roomOnTheRight = x + 190 < WIDTH - RIGHT;
    svg.element("text", label, "x", roomOnTheRight ? x + 8 : x - 8, "y", y + 18, "fill", colour, "font-weight", "bold",
        "text-anchor", roomOnTheRight ? "start" : "end", "stroke", "#ffffff", "stroke-width", 4, "paint-order", "stroke");
    svg.close("g");
  }

  private void targetPoint(TargetOdds odds) {
    String label = "Target " + odds.date() + ": " + Figures.share(odds.probability());
    if (!axis.shows(odds.workingDays())) {
      offTheChart(label);
      return;
    }
    double x = axis.x(odds.workingDays());
    double y = y(100 * odds.probability(), 100);
    svg.open("g", "class", "marker target", "data-date", odds.date().toString());
    guides(x, y, Palette.TARGET, "6 4");
    svg.empty("circle", "cx", x, "cy", y, "r", 4.5, "fill", Palette.TARGET);
    boolean roomOnTheLeft = x - 180 > LEFT;
    svg.element("text", label, "x", roomOnTheLeft ? x - 8 : x + 8, "y", y - 10, "fill", Palette.TARGET,
        "font-weight", "bold", "text-anchor", roomOnTheLeft ? "end" : "start", "stroke", "#ffffff", "stroke-width", 4,
        "paint-order", "stroke");
    svg.close("g");
  }

  private void guides(double x, double y, String colour, String dashes) {
    svg.empty("line", "x1", LEFT, "y1", y, "x2", x, "y2", y, "stroke", colour, "stroke-width", 1.5, "stroke-dasharray", dashes);
    svg.empty("line", "x1", x, "y1", y, "x2", x, "y2", PLOT_BOTTOM, "stroke", colour, "stroke-width", 1.5,
        "stroke-dasharray", dashes);
  }

  // ---- Frame ----

  private void start(String kind, String title) {
    svg.open("svg", "class", "chart forecast " + kind, "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", WIDTH,
        "height", HEIGHT, "role", "img", "font-family", Palette.FONT, "font-size", 11);
    svg.element("title", title);
  }

  private void finish() {
    svg.close("svg");
  }

  private double y(double value, double top) {
    return PLOT_BOTTOM - value / top * PLOT_HEIGHT;
  }

  private void yAxis(double top, double step, String title) {
    svg.open("g", "class", "y-axis", "fill", Palette.MUTED);
    for (double tick = 0; tick <= top + 1e-9; tick += step) {
      double y = y(tick, top);
      svg.empty("line", "x1", LEFT, "y1", y, "x2", LEFT + PLOT_WIDTH, "y2", y, "stroke", Palette.GRID, "stroke-width", 1);
      svg.element("text", Figures.coordinate(tick) + "%", "x", LEFT - 6, "y", y + 4, "text-anchor", "end");
    }
    double middle = TOP + PLOT_HEIGHT / 2;
    svg.element("text", title, "x", 14, "y", middle, "text-anchor", "middle",
        "transform", "rotate(-90 14 " + Figures.coordinate(middle) + ")");
    svg.close("g");
  }

  private void xAxis() {
    svg.open("g", "class", "x-axis", "fill", Palette.MUTED);
    svg.empty("line", "x1", LEFT, "y1", PLOT_BOTTOM, "x2", LEFT + PLOT_WIDTH, "y2", PLOT_BOTTOM, "stroke", Palette.MUTED,
        "stroke-width", 1);
    for (double tick : axis.ticks()) {
      double x = axis.x(tick);
      svg.empty("line", "x1", x, "y1", PLOT_BOTTOM, "x2", x, "y2", PLOT_BOTTOM + 5, "stroke", Palette.MUTED, "stroke-width", 1);
      svg.element("text", Figures.coordinate(tick), "x", x, "y", PLOT_BOTTOM + 18, "text-anchor", "middle");
      svg.element("text", dates.finishOf(tick).toString(), "x", x, "y", PLOT_BOTTOM + 31, "text-anchor", "middle",
          "font-size", 10);
    }
    svg.element("text", "Project duration in working days, and the day it ends", "x", LEFT + PLOT_WIDTH / 2,
        "y", HEIGHT - 8, "text-anchor", "middle");
    svg.close("g");
  }
}
