package org.crmmethod.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.examples.report.PlanOutline.PhaseGroup;
import org.crmmethod.examples.report.PlanOutline.Section;

/**
 * Draws the schedule as a Gantt chart in SVG: one band per phase with a summary bar, a sub-header
 * and summary bar per lot, one row per activity with its bar from early start to early finish and a
 * whisker for its float, gates as diamonds, the critical path in its own colour, a month axis above
 * and below, and the status and target dates as vertical lines.
 *
 * <p>The chart is laid out for a width of {@value #WIDTH} pixels: ids and names on the left, the
 * time line on the right. Names longer than the label column are shortened with an ellipsis; every
 * row carries a tooltip ({@code <title>}) with the full name, dates, duration and float. Each
 * activity's group is marked {@code data-activity} with its id and the class {@code critical} when
 * it is on the critical path, so that the chart can be read back by a program.
 */
final class GanttChart {
  /** The chart's natural width, in pixels. */
  static final int WIDTH = 1240;

  private static final double ROW = 22;
  private static final double LEGEND = 36;
  private static final double AXIS = 30;
  /** Two rows below the axis for the labels of the status and target lines, which may be close. */
  private static final double FOOT = 38;
  private static final double ID_X = 12;
  private static final double NAME_X = 104;
  private static final double INDENT = 14;
  private static final double TIMELINE_LEFT = 500;
  private static final double TIMELINE_RIGHT_MARGIN = 28;
  private static final int NAME_CHARACTERS = 62;
  private static final double BAR_HEIGHT = 12;
  private static final double DIAMOND = 7;

  private final Markup svg;
  private final TimeAxis axis;
  private double y;

  private GanttChart(Markup svg, TimeAxis axis) {
    this.svg = svg;
    this.axis = axis;
  }

  /**
   * Draws the chart.
   *
   * @param markup where to write the SVG element
   * @param title the chart's accessible title
   * @param outline the activities grouped by phase and lot
   * @param schedule the schedule
   * @param status the plan's status date, if any
   * @param target the target finish date, if any
   */
  static void draw(
      Markup markup,
      String title,
      PlanOutline outline,
      Schedule schedule,
      Optional<LocalDate> status,
      Optional<LocalDate> target) {
    LocalDate first = schedule.startDate();
    LocalDate last = schedule.finishDate();
    for (ScheduledActivity activity : schedule.activities()) {
      last = max(last, activity.lateFinishDate());
    }
    if (status.isPresent()) {
      first = min(first, status.get());
      last = max(last, status.get());
    }
    LocalDate earliest = first;
    long latestShown = last.toEpochDay() + Math.max(31, (last.toEpochDay() - first.toEpochDay()) / 4);
    // A target far beyond the schedule would squeeze the chart; the header and forecast show it.
    Optional<LocalDate> shownTarget =
        target.filter(date -> !date.isBefore(earliest) && date.toEpochDay() <= latestShown);
    if (shownTarget.isPresent()) {
      last = max(last, shownTarget.get());
    }
    TimeAxis axis = TimeAxis.covering(first, last, TIMELINE_LEFT, WIDTH - TIMELINE_LEFT - TIMELINE_RIGHT_MARGIN);
    int rows = 0;
    for (PhaseGroup phase : outline.phases()) {
      rows += rows(phase);
    }
    double height = LEGEND + AXIS + rows * ROW + AXIS + FOOT;
    markup.open("svg", "class", "chart gantt", "viewBox", "0 0 " + WIDTH + " " + Figures.coordinate(height),
        "width", WIDTH, "height", height, "role", "img", "font-family", Palette.FONT, "font-size", 12);
    markup.element("title", title);
    GanttChart chart = new GanttChart(markup, axis);
    chart.legend(shownTarget.isPresent(), status.isPresent());
    chart.bands(outline, height);
    chart.grid(LEGEND + AXIS, LEGEND + AXIS + rows * ROW);
    chart.y = LEGEND + AXIS;
    for (PhaseGroup phase : outline.phases()) {
      chart.phase(phase);
    }
    double bottom = LEGEND + AXIS + rows * ROW;
    chart.monthLabels(LEGEND + AXIS - 10);
    chart.monthLabels(bottom + 19);
    status.ifPresent(date -> chart.dateLine(date, "Status date " + date, Palette.STATUS, "status", height - 22));
    shownTarget.ifPresent(date -> chart.dateLine(date, "Target " + date, Palette.TARGET, "target", height - 6));
    markup.close("svg");
  }

  private static int rows(PhaseGroup phase) {
    int rows = 1;
    for (Section section : phase.sections()) {
      rows += section.activities().size() + (section.lot() ? 1 : 0);
    }
    return rows;
  }

  // ---- Furniture ----

  private void legend(boolean withTarget, boolean withStatus) {
    svg.open("g", "class", "legend", "font-size", 12, "fill", Palette.INK);
    double x = ID_X;
    double middle = 18;
    x = legendBar(x, middle, Palette.ACTIVITY, "Activity");
    x = legendBar(x, middle, Palette.CRITICAL, "Critical path");
    svg.empty("line", "x1", x, "y1", middle, "x2", x + 22, "y2", middle, "stroke", Palette.FLOAT, "stroke-width", 2);
    svg.empty("line", "x1", x + 22, "y1", middle - 4, "x2", x + 22, "y2", middle + 4, "stroke", Palette.FLOAT, "stroke-width", 2);
    svg.element("text", "Float", "x", x + 28, "y", middle + 4);
    x += 28 + 48;
    svg.empty("polygon", "points", diamond(x + 7, middle), "fill", Palette.MILESTONE);
    svg.element("text", "Gate", "x", x + 18, "y", middle + 4);
    x += 18 + 44;
    svg.empty("polygon", "points", diamond(x + 7, middle), "fill", Palette.CRITICAL);
    svg.element("text", "Critical gate", "x", x + 18, "y", middle + 4);
    x += 18 + 86;
    svg.empty("rect", "x", x, "y", middle - 4, "width", 22, "height", 8, "fill", Palette.PHASE);
    svg.element("text", "Phase", "x", x + 28, "y", middle + 4);
    x += 28 + 50;
    svg.empty("rect", "x", x, "y", middle - 3, "width", 22, "height", 6, "fill", Palette.LOT);
    svg.element("text", "Lot", "x", x + 28, "y", middle + 4);
    x += 28 + 36;
    if (withStatus) {
      x = legendLine(x, middle, Palette.STATUS, "Status date");
    }
    if (withTarget) {
      legendLine(x, middle, Palette.TARGET, "Target");
    }
    svg.close("g");
  }

  private double legendBar(double x, double middle, String colour, String label) {
    svg.empty("rect", "x", x, "y", middle - BAR_HEIGHT / 2, "width", 22, "height", BAR_HEIGHT, "rx", 2, "fill", colour);
    svg.element("text", label, "x", x + 28, "y", middle + 4);
    return x + 28 + 8 * label.length() + 16;
  }

  private double legendLine(double x, double middle, String colour, String label) {
    svg.empty("line", "x1", x + 6, "y1", middle - 9, "x2", x + 6, "y2", middle + 9, "stroke", colour, "stroke-width", 2,
        "stroke-dasharray", "4 3");
    svg.element("text", label, "x", x + 16, "y", middle + 4);
    return x + 16 + 7.5 * label.length() + 16;
  }

  private void bands(PlanOutline outline, double height) {
    svg.open("g", "class", "bands");
    double top = LEGEND + AXIS;
    int index = 0;
    for (PhaseGroup phase : outline.phases()) {
      double bandHeight = rows(phase) * ROW;
      svg.empty("rect", "x", 0, "y", top, "width", WIDTH, "height", bandHeight,
          "fill", index % 2 == 0 ? Palette.BAND_EVEN : Palette.BAND_ODD);
      svg.empty("rect", "x", 0, "y", top, "width", WIDTH, "height", ROW, "fill", Palette.PHASE_HEADER);
      svg.empty("rect", "x", 0, "y", top, "width", 4, "height", bandHeight, "fill", Palette.PHASE);
      top += bandHeight;
      index++;
    }
    svg.empty("line", "x1", TIMELINE_LEFT - 8, "y1", LEGEND, "x2", TIMELINE_LEFT - 8, "y2", height - FOOT,
        "stroke", Palette.GRID, "stroke-width", 1);
    svg.close("g");
  }

  private void grid(double top, double bottom) {
    svg.open("g", "class", "grid");
    for (LocalDate month : axis.months()) {
      boolean january = month.getMonthValue() == 1;
      svg.empty("line", "x1", axis.x(month), "y1", top - AXIS + 14, "x2", axis.x(month), "y2", bottom + AXIS - 14,
          "stroke", january ? Palette.GRID_STRONG : Palette.GRID, "stroke-width", 1);
    }
    svg.empty("line", "x1", axis.right(), "y1", top - AXIS + 14, "x2", axis.right(), "y2", bottom + AXIS - 14,
        "stroke", Palette.GRID, "stroke-width", 1);
    svg.close("g");
  }

  private void monthLabels(double baseline) {
    svg.open("g", "class", "axis", "font-size", 11, "fill", Palette.MUTED);
    int step = axis.labelStep();
    List<LocalDate> months = axis.months();
    for (int index = 0; index < months.size(); index++) {
      LocalDate month = months.get(index);
      if ((month.getYear() * 12 + month.getMonthValue() - 1) % step != 0) {
        continue;
      }
      boolean withYear = index == 0 || month.getMonthValue() == 1 || step >= 12;
      String label = withYear ? Figures.monthOfYear(month) : Figures.monthName(month.getMonth());
      if (step == 1) {
        double middle = (axis.x(month) + axis.x(month.plusMonths(1))) / 2;
        svg.element("text", label, "x", middle, "y", baseline, "text-anchor", "middle");
      } else {
        svg.element("text", label, "x", axis.x(month) + 3, "y", baseline);
      }
    }
    svg.close("g");
  }

  private void dateLine(LocalDate date, String label, String colour, String kind, double baseline) {
    double x = axis.endOf(date);
    svg.open("g", "class", "date-line " + kind, "data-date", date.toString());
    svg.empty("line", "x1", x, "y1", LEGEND + 8, "x2", x, "y2", baseline - 12, "stroke", colour, "stroke-width", 2,
        "stroke-dasharray", "6 4");
    boolean nearRightEdge = x > WIDTH - 160;
    svg.element("text", label, "x", nearRightEdge ? x - 4 : x + 4, "y", baseline, "fill", colour,
        "font-size", 11, "font-weight", "bold", "text-anchor", nearRightEdge ? "end" : "start");
    svg.close("g");
  }

  // ---- Rows ----

  private void phase(PhaseGroup phase) {
    svg.open("g", "class", "phase", "data-phase", phase.id());
    svg.element("title", "Phase " + phase.id() + ": " + phase.name() + summary(phase.start(), phase.finish()));
    svg.element("text", shorten(phase.name(), NAME_CHARACTERS + 10), "x", ID_X, "y", y + 15, "font-weight", "bold",
        "font-size", 13, "fill", Palette.INK);
    summaryBar(phase.start(), phase.finish(), 8, Palette.PHASE);
    svg.close("g");
    y += ROW;
    for (Section section : phase.sections()) {
      if (section.lot()) {
        lot(section);
      }
      for (ScheduledActivity activity : section.activities()) {
        activity(activity, section.lot() ? INDENT : 0);
      }
    }
  }

  private void lot(Section lot) {
    svg.open("g", "class", "lot", "data-lot", lot.id());
    svg.element("title", "Lot " + lot.id() + ": " + lot.name() + summary(lot.start(), lot.finish()));
    svg.element("text", shorten(lot.id(), 12), "x", ID_X, "y", y + 15, "font-weight", "bold", "font-family", Palette.MONO,
        "font-size", 11, "fill", Palette.LOT);
    svg.element("text", shorten("Lot: " + lot.name(), NAME_CHARACTERS - 2), "x", NAME_X, "y", y + 15, "font-weight", "bold",
        "fill", Palette.LOT);
    summaryBar(lot.start(), lot.finish(), 6, Palette.LOT);
    svg.close("g");
    y += ROW;
  }

  private static String summary(Optional<LocalDate> start, Optional<LocalDate> finish) {
    return start.isPresent() && finish.isPresent() ? ", " + start.get() + " to " + finish.get() : ", no activity";
  }

  private void summaryBar(Optional<LocalDate> start, Optional<LocalDate> finish, double thickness, String colour) {
    if (start.isEmpty() || finish.isEmpty()) {
      return;
    }
    double left = axis.x(start.get());
    double right = Math.max(axis.endOf(finish.get()), left + 2);
    double top = y + ROW / 2 - thickness / 2;
    svg.empty("rect", "class", "summary", "x", left, "y", top, "width", right - left, "height", thickness, "fill", colour);
    double cap = thickness / 2 + 3;
    svg.empty("polygon", "points", points(left, top, left + cap, top, left, top + thickness + cap), "fill", colour);
    svg.empty("polygon", "points", points(right, top, right - cap, top, right, top + thickness + cap), "fill", colour);
  }

  private void activity(ScheduledActivity activity, double indent) {
    boolean milestone = PlanOutline.isMilestone(activity);
    String colour = activity.critical() ? Palette.CRITICAL : (milestone ? Palette.MILESTONE : Palette.ACTIVITY);
    String kind = milestone ? "milestone" : "activity";
    svg.open("g", "class", activity.critical() ? kind + " critical" : kind, "data-activity", activity.id());
    svg.element("title", tooltip(activity, milestone));
    svg.element("text", shorten(activity.id(), 12), "x", ID_X + indent, "y", y + 15, "font-family", Palette.MONO,
        "font-size", 11, "fill", activity.critical() ? Palette.CRITICAL : Palette.INK,
        "font-weight", activity.critical() ? "bold" : "normal");
    svg.element("text", shorten(activity.activity().name(), NAME_CHARACTERS - (int) (indent / 6)), "x", NAME_X + indent,
        "y", y + 15, "fill", Palette.INK);
    double middle = y + ROW / 2;
    double end;
    if (milestone) {
      end = axis.endOf(activity.earlyFinishDate());
      svg.empty("polygon", "class", "gate", "points", diamond(end, middle), "fill", colour);
    } else {
      double left = axis.x(activity.earlyStartDate());
      end = Math.max(axis.endOf(activity.earlyFinishDate()), left + 2);
      svg.empty("rect", "class", "bar", "x", left, "y", middle - BAR_HEIGHT / 2, "width", end - left,
          "height", BAR_HEIGHT, "rx", 2, "fill", colour);
    }
    if (activity.totalFloat() > 0) {
      double late = axis.endOf(activity.lateFinishDate());
      double from = milestone ? end + DIAMOND : end;
      if (late > from) {
        svg.empty("line", "class", "float", "x1", from, "y1", middle, "x2", late, "y2", middle, "stroke", Palette.FLOAT,
            "stroke-width", 2);
        svg.empty("line", "x1", late, "y1", middle - 4, "x2", late, "y2", middle + 4, "stroke", Palette.FLOAT,
            "stroke-width", 2);
      }
    }
    svg.close("g");
    y += ROW;
  }

  private static String tooltip(ScheduledActivity activity, boolean milestone) {
    StringBuilder text = new StringBuilder(activity.id()).append(": ").append(activity.activity().name()).append('\n');
    if (milestone) {
      text.append("Reached on ").append(activity.earlyFinishDate());
    } else {
      text.append(activity.earlyStartDate()).append(" to ").append(activity.earlyFinishDate()).append(", ")
          .append(Figures.workingDays(activity.duration())).append(" working days");
    }
    if (activity.critical()) {
      text.append("; critical");
    } else {
      text.append("; float ").append(Figures.workingDays(activity.totalFloat())).append(" working days, latest finish ")
          .append(activity.lateFinishDate());
    }
    return text.toString();
  }

  // ---- Geometry ----

  private static String diamond(double x, double y) {
    return points(x, y - DIAMOND, x + DIAMOND, y, x, y + DIAMOND, x - DIAMOND, y);
  }

  /** Writes a polygon's points separated by spaces only, so that no comma appears among numbers. */
  static String points(double... coordinates) {
    StringBuilder points = new StringBuilder();
    for (int index = 0; index < coordinates.length; index += 2) {
      if (index > 0) {
        points.append(' ');
      }
      points.append(Figures.coordinate(coordinates[index])).append(' ').append(Figures.coordinate(coordinates[index + 1]));
    }
    return points.toString();
  }

  /**
   * Shortens a label to a number of characters, ending it with an ellipsis, without splitting a
   * character outside the basic plane.
   */
  static String shorten(String text, int characters) {
    String single = text.replaceAll("\\s+", " ").strip();
    if (single.codePointCount(0, single.length()) <= characters) {
      return single;
    }
    return single.substring(0, single.offsetByCodePoints(0, characters - 1)).stripTrailing() + "…";
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
