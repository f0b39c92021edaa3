package org.crmmethod.examples.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.plan.ProjectPlan;

/** Formats the figures of text output the same way everywhere, whatever the default locale. */
final class Figures {
  private Figures() {}

  /**
   * Formats working days with one decimal.
   *
   * @param days the days
   * @return e.g. {@code 251.5}
   */
  static String days(double days) {
    return String.format(Locale.ROOT, "%.1f", days);
  }

  /**
   * Formats a share as a percentage with one decimal.
   *
   * @param share from 0 to 1
   * @return e.g. {@code 12.5%}
   */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /**
   * Formats a number with two decimals.
   *
   * @param value the number
   * @return e.g. {@code 0.42}
   */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Turns a duration in working days from a plan's start into the last working day it occupies, on
   * the plan's calendar, as a schedule's finish date is read.
   *
   * @param plan the plan
   * @param workingDays the duration from the plan's start, in working days
   * @return the date
   * @throws IllegalArgumentException when the plan's calendar is unknown
   */
  static LocalDate finishDate(ProjectPlan plan, double workingDays) {
    String id = plan.context().calendar();
    WorkingCalendar calendar =
        Calendars.byId(id)
            .orElseThrow(() -> new IllegalArgumentException("context.calendar: no working calendar is known by the id '" + id + "'"));
    LocalDate start = plan.context().startDate();
    // The weeks the working days need, and a year more for the holidays.
    int perWeek = Math.max(1, calendar.workingDays().size());
    long span = (long) Math.ceil(workingDays * 7 / perWeek) + 7 + 366;
    PreparedCalendar days = calendar.prepare(start, start.plusDays(span));
    int last = (int) Math.ceil(workingDays - 1e-9) - 1;
    return days.workingDay(Math.max(0, last));
  }
}
