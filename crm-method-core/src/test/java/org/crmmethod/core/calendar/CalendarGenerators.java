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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of working calendars and of the parts they are built from. */
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
}
