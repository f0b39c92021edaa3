package org.crmmethod.core.calendar;

import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.setsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of working calendars, of the parts they are built from, and of calendars
 * prepared for a span with days and offsets to query in it.
 */
public final class CalendarGenerators {

  /** A leap year, so that day-of-year positions cover February 29. */
  private static final int LEAP_YEAR = 2000;

  private CalendarGenerators() {}

  /** The parts of a {@link WorkingCalendar}. */
  public record WorkingCalendarParts(
      String id,
      String name,
      Set<DayOfWeek> workingDays,
      Set<MonthDay> fixedHolidays,
      Set<Integer> easterHolidays,
      Set<LocalDate> holidays)
      implements Parts<WorkingCalendar> {
    @Override
    public WorkingCalendar build() {
      return WorkingCalendar.builder()
          .id(id)
          .name(name)
          .workingDays(workingDays)
          .fixedHolidays(fixedHolidays)
          .easterHolidays(easterHolidays)
          .holidays(holidays)
          .build();
    }
  }

  /**
   * Sets of working days of the week: any of the 127 non-empty sets, in a fresh {@code HashSet}.
   *
   * @return the generator
   */
  public static Gen<Set<DayOfWeek>> workingWeeks() {
    return Generate.range(1, 127)
        .map(
            mask -> {
              Set<DayOfWeek> days = new HashSet<>();
              for (DayOfWeek day : DayOfWeek.values()) {
                if ((mask & (1 << day.ordinal())) != 0) {
                  days.add(day);
                }
              }
              return days;
            });
  }

  /**
   * Days of the year, February 29 among them.
   *
   * @return the generator
   */
  public static Gen<MonthDay> monthDays() {
    return Generate.range(1, 366).map(day -> MonthDay.from(LocalDate.ofYearDay(LEAP_YEAR, day)));
  }

  /**
   * Offsets from Easter Sunday that a calendar accepts.
   *
   * @return the generator, from -63 to 63
   */
  public static Gen<Integer> easterOffsets() {
    return Generate.range(-WorkingCalendar.MAX_EASTER_OFFSET, WorkingCalendar.MAX_EASTER_OFFSET);
  }

  /**
   * Parts of calendars whose one-off holidays are drawn from the given dates.
   *
   * @param holidays the generator of one-off holidays
   * @return the generator
   */
  public static Gen<WorkingCalendarParts> workingCalendarParts(Gen<LocalDate> holidays) {
    Gen<String> ids = ids();
    Gen<String> names = texts();
    Gen<Set<DayOfWeek>> weeks = workingWeeks();
    Gen<Set<MonthDay>> fixed = setsOf(monthDays(), 0, 12);
    Gen<Set<Integer>> easter = setsOf(easterOffsets(), 0, 6);
    Gen<Set<LocalDate>> oneOff = setsOf(holidays, 0, 8);
    return in ->
        new WorkingCalendarParts(
            ids.generate(in),
            names.generate(in),
            weeks.generate(in),
            fixed.generate(in),
            easter.generate(in),
            oneOff.generate(in));
  }

  /**
   * Parts of calendars, with one-off holidays between 2000 and about 2049.
   *
   * @return the generator
   */
  public static Gen<WorkingCalendarParts> workingCalendarParts() {
    return workingCalendarParts(dates());
  }

  /**
   * Calendars.
   *
   * @return the generator
   */
  public static Gen<WorkingCalendar> workingCalendars() {
    return workingCalendarParts().map(WorkingCalendarParts::build);
  }

  /**
   * A random calendar prepared for a random span, with things to ask it.
   *
   * @param calendar the calendar, its one-off holidays in and around the span
   * @param prepared the calendar prepared for the span
   * @param day a day of the span
   * @param bound a day of the span or the day after it, an exclusive bound
   * @param otherBound another such bound
   * @param offset a number between 0 and the span's number of working days, both included
   * @param days a number of working days to move by, from minus to plus the span's working days
   */
  public record Query(
      WorkingCalendar calendar,
      PreparedCalendar prepared,
      LocalDate day,
      LocalDate bound,
      LocalDate otherBound,
      int offset,
      int days) {}

  /**
   * Calendars prepared for spans of one day to about four years between 2000 and 2053, with days,
   * bounds and offsets to query drawn in the span.
   *
   * @return the generator
   */
  public static Gen<Query> queries() {
    Gen<LocalDate> starts = dates();
    Gen<Integer> lengths =
        Generate.frequency(
            Pair.of(1, Generate.range(1, 14)), Pair.of(4, Generate.range(15, 1_500)));
    return in -> {
      LocalDate from = starts.generate(in);
      int length = lengths.generate(in);
      LocalDate to = from.plusDays(length - 1L);
      Gen<LocalDate> around = Generate.range(-5, length + 5).map(day -> from.plusDays(day));
      WorkingCalendar calendar = workingCalendarParts(around).generate(in).build();
      PreparedCalendar prepared = calendar.prepare(from, to);
      int count = prepared.workingDayCount();
      Gen<Integer> positions = Generate.range(0, length - 1);
      Gen<Integer> bounds = Generate.range(0, length);
      return new Query(
          calendar,
          prepared,
          from.plusDays(positions.generate(in)),
          from.plusDays(bounds.generate(in)),
          from.plusDays(bounds.generate(in)),
          Generate.range(0, count).generate(in),
          Generate.range(-count - 2, count + 2).generate(in));
    };
  }
}
