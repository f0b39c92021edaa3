package org.crmmethod.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date axis of the Gantt chart: whole months from the month of the first day shown to the end of
 * the month of the last, laid over a horizontal span of the drawing. A day occupies the span from
 * {@link #x} of its date to {@link #x} of the next day.
 */
final class TimeAxis {
  /** Month labels closer than this, in pixels, would run into each other. */
  private static final double MIN_LABEL_SPACING = 52;
  private static final int[] LABEL_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};

  private final LocalDate from;
  private final LocalDate until;
  private final double left;
  private final double width;

  private TimeAxis(LocalDate from, LocalDate until, double left, double width) {
    this.from = from;
    this.until = until;
    this.left = left;
    this.width = width;
  }

  /**
   * Lays out an axis over the whole months that hold two days.
   *
   * @param first the first day to show
   * @param last the last day to show, not before the first
   * @param left where the axis starts, in pixels
   * @param width how wide it is, in pixels, positive
   * @return the axis
   */
  static TimeAxis covering(LocalDate first, LocalDate last, double left, double width) {
    checkArgument(!last.isBefore(first), "last (%s) must not be before first (%s)", last, first);
    checkArgument(width > 0, "width must be positive but was %s", width);
    return new TimeAxis(first.withDayOfMonth(1), last.withDayOfMonth(1).plusMonths(1), left, width);
  }

  /**
   * Returns where a day starts.
   *
   * @param date the day
   * @return its left edge, in pixels
   */
  double x(LocalDate date) {
    double days = until.toEpochDay() - from.toEpochDay();
    return left + (date.toEpochDay() - from.toEpochDay()) / days * width;
  }

  /**
   * Returns where a day ends.
   *
   * @param date the day
   * @return its right edge, in pixels: where the next day starts
   */
  double endOf(LocalDate date) {
    return x(date.plusDays(1));
  }

  /**
   * Tells whether a day lies on the axis.
   *
   * @param date the day
   * @return true when it is between the first and the last day of the months shown
   */
  boolean shows(LocalDate date) {
    return !date.isBefore(from) && date.isBefore(until);
  }

  /**
   * Returns the first day of every month shown.
   *
   * @return the months, in order
   */
  List<LocalDate> months() {
    List<LocalDate> months = new ArrayList<>();
    for (LocalDate month = from; month.isBefore(until); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /**
   * Returns how many months apart labels must be to stay legible.
   *
   * @return 1 when every month has room for its label, else 2, 3, 6, 12 or more
   */
  int labelStep() {
    double monthWidth = width / Math.max(1, months().size());
    for (int step : LABEL_STEPS) {
      if (monthWidth * step >= MIN_LABEL_SPACING) {
        return step;
      }
    }
    return LABEL_STEPS[LABEL_STEPS.length - 1];
  }

  /**
   * Returns where the axis starts.
   *
   * @return the left edge, in pixels
   */
  double left() {
    return left;
  }

  /**
   * Returns where the axis ends.
   *
   * @return the right edge, in pixels
   */
  double right() {
    return left + width;
  }
}
