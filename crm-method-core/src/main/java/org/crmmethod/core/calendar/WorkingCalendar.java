package org.crmmethod.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * The days on which project work happens: the working days of the week, less the holidays.
 *
 * <p>Holidays come in three kinds: fixed dates that recur every year ({@link #fixedHolidays()}),
 * movable feasts counted from Easter Sunday ({@link #easterHolidays()}), and one-off closures
 * ({@link #holidays()}). A day is a working day when its day of the week is a working day and it is
 * none of these holidays. A holiday that falls on a day that is not worked anyway changes nothing;
 * it is not moved to another day.
 *
 * <p>The methods here answer questions about single days. To convert between dates and working-day
 * offsets, {@linkplain #prepare prepare} the calendar for a span of dates once and query the
 * resulting {@link PreparedCalendar}.
 *
 * <p>Easter-relative holidays are computed for the Gregorian years {@value Easter#FIRST_YEAR} to
 * {@value Easter#LAST_YEAR}; a calendar that has any throws an {@link IllegalArgumentException}
 * when asked about a date outside those years. A calendar without them accepts any date.
 */
@Value.Immutable
public abstract class WorkingCalendar {

  /** The largest distance of an Easter-relative holiday from Easter Sunday, in days. */
  public static final int MAX_EASTER_OFFSET = 63;

  /**
   * The calendar's identifier, which a plan's {@code ProjectContext.calendar()} refers to.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The calendar's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The days of the week on which work happens, unless they are holidays.
   *
   * @return the working days of the week, at least one
   */
  public abstract Set<DayOfWeek> workingDays();

  /**
   * The holidays that fall on the same month and day every year, such as May 1. February 29 is a
   * holiday in leap years only.
   *
   * @return the fixed holidays
   */
  public abstract Set<MonthDay> fixedHolidays();

  /**
   * The holidays set relative to Easter Sunday (Gregorian reckoning), as offsets in days: 1 is
   * Easter Monday, 39 Ascension Thursday, 50 Whit Monday, -2 Good Friday, 0 Easter Sunday itself.
   * The bounds keep every such holiday in the same calendar year as its Easter Sunday.
   *
   * @return the offsets, in days from Easter Sunday, each from -{@value #MAX_EASTER_OFFSET} to
   *     {@value #MAX_EASTER_OFFSET}
   */
  public abstract Set<Integer> easterHolidays();

  /**
   * One-off days without work, such as a company closure or an exceptional public holiday.
   *
   * @return the one-off holidays
   */
  public abstract Set<LocalDate> holidays();

  /**
   * Starts building a calendar.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkingCalendar} values. */
  public static final class Builder extends ImmutableWorkingCalendar.Builder {}

  /**
   * Tells whether work happens on a day: its day of the week is a working day and it is no holiday.
   *
   * @param date the day
   * @return true for a working day
   * @throws IllegalArgumentException when the calendar has Easter-relative holidays and the date's
   *     year is outside {@value Easter#FIRST_YEAR} to {@value Easter#LAST_YEAR}
   */
  public boolean isWorkingDay(LocalDate date) {
    return workingDays().contains(date.getDayOfWeek()) && !isHoliday(date);
  }

  /**
   * Tells whether a day is one of the calendar's holidays, whatever its day of the week.
   *
   * @param date the day
   * @return true when the day is a fixed, Easter-relative or one-off holiday
   * @throws IllegalArgumentException when the calendar has Easter-relative holidays and the date's
   *     year is outside {@value Easter#FIRST_YEAR} to {@value Easter#LAST_YEAR}
   */
  public boolean isHoliday(LocalDate date) {
    if (fixedHolidays().contains(MonthDay.from(date)) || holidays().contains(date)) {
      return true;
    }
    if (easterHolidays().isEmpty()) {
      return false;
    }
    long offset = ChronoUnit.DAYS.between(Easter.sunday(date.getYear()), date);
    return offset >= -MAX_EASTER_OFFSET
        && offset <= MAX_EASTER_OFFSET
        && easterHolidays().contains((int) offset);
  }

  /**
   * Lists the holidays of one year, including those that fall on days not worked anyway; a day that
   * is a holiday for several reasons is listed once.
   *
   * @param year the year
   * @return the holidays, in date order
   * @throws IllegalArgumentException when the calendar has Easter-relative holidays and the year is
   *     outside {@value Easter#FIRST_YEAR} to {@value Easter#LAST_YEAR}
   */
  public List<LocalDate> holidaysIn(int year) {
    TreeSet<LocalDate> days = new TreeSet<>();
    forEachRecurringHoliday(year, days::add);
    for (LocalDate holiday : holidays()) {
      if (holiday.getYear() == year) {
        days.add(holiday);
      }
    }
    return List.copyOf(days);
  }

  /**
   * Prepares the calendar for converting dates of a span to working-day offsets and back in
   * constant time per query. Preparation takes time and memory linear in the span's length.
   *
   * @param from the first day of the span
   * @param to the last day of the span, included; not before {@code from}, and the span no longer
   *     than {@value PreparedCalendar#MAX_SPAN_YEARS} years
   * @return the prepared calendar
   * @throws IllegalArgumentException when {@code to} is before {@code from}, when the span is too
   *     long, or when the calendar has Easter-relative holidays and the span reaches outside the
   *     years {@value Easter#FIRST_YEAR} to {@value Easter#LAST_YEAR}
   */
  public PreparedCalendar prepare(LocalDate from, LocalDate to) {
    return new PreparedCalendar(this, from, to);
  }

  /** Hands over the fixed and Easter-relative holidays of a year, the ones that recur yearly. */
  void forEachRecurringHoliday(int year, Consumer<LocalDate> action) {
    for (MonthDay fixed : fixedHolidays()) {
      if (fixed.isValidYear(year)) {
        action.accept(fixed.atYear(year));
      }
    }
    if (!easterHolidays().isEmpty()) {
      LocalDate easter = Easter.sunday(year);
      for (int offset : easterHolidays()) {
        action.accept(easter.plusDays(offset));
      }
    }
  }

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("WorkingCalendar")
            .id("id", id())
            .text("name", name())
            .nonEmpty("workingDays", workingDays());
    for (int offset : easterHolidays()) {
      invariants.require(
          offset >= -MAX_EASTER_OFFSET && offset <= MAX_EASTER_OFFSET,
          "easterHolidays",
          offset,
          "must hold offsets from Easter Sunday of -"
              + MAX_EASTER_OFFSET
              + " to "
              + MAX_EASTER_OFFSET
              + " days");
    }
  }
}
