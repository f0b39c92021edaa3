package org.crmmethod.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;

/**
 * Turns project durations in working days into the days they end on, and back, on the plan's
 * working calendar from its start date: what lets the report print a forecast's P50 as a date.
 *
 * <p>The conventions are the scheduler's and {@link org.crmmethod.core.forecast.Credibility}'s: a
 * project of {@code d} working days ends on the last working day it occupies, working day {@code
 * ceil(d) - 1} from the start (the first working day for {@code d = 0}); and the working days
 * available up to a date count every working day from the start to that date, both included. So a
 * duration finishes by the date it is printed as, and a date's probability is that of finishing
 * within the working days up to and including it.
 */
final class FinishDates {
  /** Below this, a fraction of a working day is rounding noise, as for the scheduler. */
  private static final double EPSILON = 1e-9;
  /** A date to cover further than this from the start is not covered: no project runs so long. */
  static final int MOST_YEARS_COVERED = 100;

  private final PreparedCalendar calendar;

  private FinishDates(PreparedCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Prepares a calendar long enough for a number of working days and a date.
   *
   * @param calendar the plan's working calendar
   * @param start the plan's start date
   * @param workingDays the longest duration to turn into a date, in working days, not negative
   * @param through a date to cover too, such as a target; days before the start, and more than
   *     {@value #MOST_YEARS_COVERED} years after it, are not covered
   * @return the converter
   */
  static FinishDates of(WorkingCalendar calendar, LocalDate start, double workingDays, LocalDate through) {
    checkArgument(workingDays >= 0 && Double.isFinite(workingDays), "workingDays must be finite and not negative but was %s", workingDays);
    long needed = (long) Math.ceil(workingDays) + 1;
    long span = needed * 7 * 11 / (10L * Math.max(1, calendar.workingDays().size())) + 60;
    long untilThrough = through.isAfter(start.plusYears(MOST_YEARS_COVERED))
        ? 0
        : Math.max(0, through.toEpochDay() - start.toEpochDay() + 1);
    span = Math.max(span, untilThrough);
    while (true) {
      PreparedCalendar prepared = calendar.prepare(start, start.plusDays(span));
      if (prepared.workingDayCount() > needed) {
        return new FinishDates(prepared);
      }
      span += span / 4 + 1;
    }
  }

  /**
   * Returns the day a project of a number of working days ends on.
   *
   * @param workingDays the duration from the start, in working days
   * @return the last working day it occupies
   */
  LocalDate finishOf(double workingDays) {
    int last = (int) Math.ceil(workingDays - EPSILON) - 1;
    return calendar.workingDay(Math.max(0, last));
  }

  /**
   * Tells whether the working days up to a date can be counted.
   *
   * @param date the date
   * @return true for a date before the end of the prepared span
   */
  boolean covers(LocalDate date) {
    return !date.isAfter(calendar.to());
  }

  /**
   * Counts the working days from the start up to and including a date.
   *
   * @param date the date, {@linkplain #covers covered}
   * @return the working days available by the end of that day; 0 for a day before the start
   */
  int workingDaysThrough(LocalDate date) {
    if (date.isBefore(calendar.from())) {
      return 0;
    }
    return calendar.workingDaysBefore(date.plusDays(1));
  }
}
