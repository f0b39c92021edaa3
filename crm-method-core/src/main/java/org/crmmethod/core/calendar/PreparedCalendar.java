package org.crmmethod.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A {@link WorkingCalendar} prepared for one span of dates, converting between dates and
 * working-day offsets in constant time per query. Made by {@link WorkingCalendar#prepare}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>The span is {@code [from(), to()]}: both ends are days of the span.
 *   <li>The <em>working-day offset</em> of a working day is the number of working days of the span
 *       before it: the first working day on or after {@link #from()} has offset 0, the next one 1,
 *       and the last one {@code workingDayCount() - 1}. {@link #workingDay(int)} maps an offset
 *       back to its date.
 *   <li>Methods that take a <em>day</em> ({@link #isWorkingDay}, {@link #nextWorkingDay}, {@link
 *       #addWorkingDays}) accept the days of the span, {@code from()} to {@code to()}.
 *   <li>Methods that count up to a <em>bound</em> ({@link #workingDaysBefore}, {@link
 *       #workingDaysBetween}) treat it as exclusive and also accept the day after {@code to()}, so
 *       that {@code workingDaysBefore(to().plusDays(1)) == workingDayCount()}.
 *   <li>Any other date, an offset outside {@code [0, workingDayCount())}, or a result that would
 *       fall outside the span, throws an {@link IllegalArgumentException} whose message names the
 *       date or offset and the span.
 * </ul>
 *
 * <p>Preparation takes time and memory linear in the span's length (two {@code int} arrays: the
 * running count of working days by day, and the day of each working day); no query loops over days.
 * Instances are immutable and safe to share between threads.
 */
public final class PreparedCalendar {

  /** The longest span that may be prepared, in years. */
  public static final int MAX_SPAN_YEARS = 5_000;

  private final WorkingCalendar calendar;
  private final LocalDate from;
  private final LocalDate to;
  private final long firstEpochDay;
  private final String span;

  /**
   * The working days before each day of the span: {@code before[i]} counts the working days among
   * the first {@code i} days; {@code before[length]} counts them all.
   */
  private final int[] before;

  /** The position in the span (days after {@code from}) of each working day, in date order. */
  private final int[] workingDays;

  PreparedCalendar(WorkingCalendar calendar, LocalDate from, LocalDate to) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.span = "[" + from + ", " + to + "] prepared for calendar " + calendar.id();
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    // A span starting within MAX_SPAN_YEARS of the last year LocalDate represents cannot be too long.
    if (from.getYear() <= Year.MAX_VALUE - MAX_SPAN_YEARS
        && !to.isBefore(from.plusYears(MAX_SPAN_YEARS))) {
      throw new IllegalArgumentException(
          "the span ["
              + from
              + ", "
              + to
              + "] must not be longer than "
              + MAX_SPAN_YEARS
              + " years: its last day may be "
              + from.plusYears(MAX_SPAN_YEARS).minusDays(1)
              + " at the latest");
    }
    this.firstEpochDay = from.toEpochDay();
    int length = Math.toIntExact(to.toEpochDay() - firstEpochDay + 1);
    boolean[] working = weekPattern(calendar, from, length);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      calendar.forEachRecurringHoliday(year, holiday -> close(working, from, holiday));
    }
    for (LocalDate holiday : calendar.holidays()) {
      close(working, from, holiday);
    }
    this.before = new int[length + 1];
    for (int i = 0; i < length; i++) {
      before[i + 1] = before[i] + (working[i] ? 1 : 0);
    }
    this.workingDays = new int[before[length]];
    for (int i = 0; i < length; i++) {
      if (working[i]) {
        workingDays[before[i]] = i;
      }
    }
  }

  private static boolean[] weekPattern(WorkingCalendar calendar, LocalDate from, int length) {
    boolean[] week = new boolean[7];
    int first = from.getDayOfWeek().ordinal();
    for (DayOfWeek day : calendar.workingDays()) {
      week[Math.floorMod(day.ordinal() - first, 7)] = true;
    }
    boolean[] working = new boolean[length];
    for (int i = 0; i < length; i++) {
      working[i] = week[i % 7];
    }
    return working;
  }

  private static void close(boolean[] working, LocalDate from, LocalDate holiday) {
    long position = holiday.toEpochDay() - from.toEpochDay();
    if (position >= 0 && position < working.length) {
      working[(int) position] = false;
    }
  }

  /**
   * Returns the calendar this span was prepared from.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the first day of the span.
   *
   * @return the first day, included
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last day of the span.
   *
   * @return the last day, included
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the number of working days in the span.
   *
   * @return the working days from {@link #from()} to {@link #to()}, both included; 0 when the span
   *     holds none
   */
  public int workingDayCount() {
    return workingDays.length;
  }

  /**
   * Tells whether a day of the span is a working day; the same answer as {@link
   * WorkingCalendar#isWorkingDay}, read from the prepared arrays.
   *
   * @param date a day of the span
   * @return true for a working day
   * @throws IllegalArgumentException when the date is outside the span
   */
  public boolean isWorkingDay(LocalDate date) {
    int position = position(date);
    return before[position + 1] != before[position];
  }

  /**
   * Counts the working days of the span before a date, which is the working-day offset of the date
   * when it is a working day, and the offset of the next working day otherwise.
   *
   * @param date the exclusive bound, from {@link #from()} to the day after {@link #to()}
   * @return the number of working days in {@code [from(), date)}, from 0 to {@link
   *     #workingDayCount()}
   * @throws IllegalArgumentException when the date is outside those bounds
   */
  public int workingDaysBefore(LocalDate date) {
    return before[bound(date)];
  }

  /**
   * Counts the working days between two dates, the first included and the second excluded.
   *
   * @param startInclusive the first day counted, from {@link #from()} to the day after {@link
   *     #to()}
   * @param endExclusive the day after the last day counted, from {@link #from()} to the day after
   *     {@link #to()}
   * @return the number of working days in {@code [startInclusive, endExclusive)}; when {@code
   *     endExclusive} is before {@code startInclusive}, minus the number in {@code [endExclusive,
   *     startInclusive)}, so that the result is always {@code workingDaysBefore(endExclusive) -
   *     workingDaysBefore(startInclusive)}
   * @throws IllegalArgumentException when either date is outside those bounds
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return before[bound(endExclusive)] - before[bound(startInclusive)];
  }

  /**
   * Returns the working day with a given working-day offset.
   *
   * @param offset the offset: 0 for the first working day on or after {@link #from()}
   * @return the date of that working day
   * @throws IllegalArgumentException when the offset is not in {@code [0, workingDayCount())}
   */
  public LocalDate workingDay(int offset) {
    if (offset < 0 || offset >= workingDays.length) {
      throw new IllegalArgumentException(
          "working-day offset "
              + offset
              + " is not in [0, "
              + workingDays.length
              + "): the span "
              + span
              + " holds "
              + workingDays.length
              + " working days");
    }
    return LocalDate.ofEpochDay(firstEpochDay + workingDays[offset]);
  }

  /**
   * Returns the first working day on or after a date.
   *
   * @param date a day of the span
   * @return the date itself when it is a working day, otherwise the next working day
   * @throws IllegalArgumentException when the date is outside the span, or when no working day of
   *     the span falls on or after it
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    int offset = before[position(date)];
    if (offset == workingDays.length) {
      throw new IllegalArgumentException(
          "no working day falls on or after " + date + " in the span " + span);
    }
    return LocalDate.ofEpochDay(firstEpochDay + workingDays[offset]);
  }

  /**
   * Moves a date by a number of working days.
   *
   * <p>For {@code days > 0} the result is the {@code days}-th working day after the date, the date
   * itself not counted: one working day after a Friday or a Saturday is the next Monday in a
   * Monday-to-Friday calendar without holidays. For {@code days < 0} it is the {@code -days}-th
   * working day before the date: one working day before a Monday or a Sunday is the Friday before.
   * For {@code days == 0} it is the date itself, working day or not; use {@link #nextWorkingDay} to
   * move a date onto a working day. For a working day {@code d} of offset {@code k}, the result is
   * {@code workingDay(k + days)}, so {@code addWorkingDays(addWorkingDays(d, n), -n)} is {@code d}.
   *
   * @param date a day of the span
   * @param days the working days to move by, negative to move back
   * @return the date moved
   * @throws IllegalArgumentException when the date is outside the span, or when the result would be
   *     outside it
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    int position = position(date);
    if (days == 0) {
      return date;
    }
    boolean working = before[position + 1] != before[position];
    // From a day off, the next working day (offset before[position]) is already the first one
    // after.
    long target = (long) before[position] + days - (days > 0 && !working ? 1 : 0);
    if (target < 0 || target >= workingDays.length) {
      throw new IllegalArgumentException(
          "moving "
              + date
              + " by "
              + days
              + " working days reaches working-day offset "
              + target
              + ", outside the span "
              + span
              + ", which holds "
              + workingDays.length
              + " working days");
    }
    return LocalDate.ofEpochDay(firstEpochDay + workingDays[(int) target]);
  }

  /** The position of a day of the span: 0 for {@code from}, up to {@code length - 1}. */
  private int position(LocalDate date) {
    long position = date.toEpochDay() - firstEpochDay;
    if (position < 0 || position >= before.length - 1) {
      throw new IllegalArgumentException("date " + date + " is outside the span " + span);
    }
    return (int) position;
  }

  /** The position of an exclusive bound: 0 for {@code from}, up to the span's length. */
  private int bound(LocalDate date) {
    long position = date.toEpochDay() - firstEpochDay;
    if (position < 0 || position >= before.length) {
      throw new IllegalArgumentException(
          "bound " + date + " is outside the span " + span + " and the day after its end");
    }
    return (int) position;
  }

  /**
   * Describes the prepared span for a person.
   *
   * @return e.g. {@code PreparedCalendar{calendar=FR, from=2027-01-01, to=2027-12-31,
   *     workingDays=254}}
   */
  @Override
  public String toString() {
    return "PreparedCalendar{calendar="
        + calendar.id()
        + ", from="
        + from
        + ", to="
        + to
        + ", workingDays="
        + workingDays.length
        + "}";
  }
}
