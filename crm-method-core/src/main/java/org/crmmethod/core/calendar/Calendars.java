package org.crmmethod.core.calendar;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in working calendars, which a plan's {@code ProjectContext.calendar()} names by id.
 *
 * <p>Both work Monday to Friday. The staged method's durations, stated in months of 21 working days
 * ({@link org.crmmethod.core.method.DurationUnit#MONTHS}), assume such a Monday-to-Friday calendar:
 * about 252 working days a year once the public holidays are taken out. A project that works other
 * days, or closes on other days, defines its own {@link WorkingCalendar}.
 */
public final class Calendars {

  private static final EnumSet<DayOfWeek> MONDAY_TO_FRIDAY =
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private static final WorkingCalendar FRANCE =
      WorkingCalendar.builder()
          .id("FR")
          .name("France")
          .workingDays(MONDAY_TO_FRIDAY)
          .addFixedHoliday(MonthDay.of(1, 1)) // New Year's Day
          .addFixedHoliday(MonthDay.of(5, 1)) // Labour Day
          .addFixedHoliday(MonthDay.of(5, 8)) // Victory in Europe Day
          .addFixedHoliday(MonthDay.of(7, 14)) // National Day
          .addFixedHoliday(MonthDay.of(8, 15)) // Assumption
          .addFixedHoliday(MonthDay.of(11, 1)) // All Saints' Day
          .addFixedHoliday(MonthDay.of(11, 11)) // Armistice Day
          .addFixedHoliday(MonthDay.of(12, 25)) // Christmas Day
          .addEasterHoliday(1) // Easter Monday
          .addEasterHoliday(39) // Ascension Thursday
          .addEasterHoliday(50) // Whit Monday
          .build();

  private static final WorkingCalendar GENERIC =
      WorkingCalendar.builder()
          .id("GENERIC")
          .name("Generic (Monday to Friday, no holidays)")
          .workingDays(MONDAY_TO_FRIDAY)
          .build();

  private static final List<WorkingCalendar> ALL = List.of(FRANCE, GENERIC);

  private Calendars() {}

  /**
   * The calendar of the method's home, France, and the default of a plan: Monday to Friday, less
   * the eleven public holidays of metropolitan France. Those are eight fixed dates (January 1, May
   * 1, May 8, July 14, August 15, November 1, November 11, December 25) and three counted from
   * Easter (Easter Monday, Ascension Thursday 39 days after Easter, Whit Monday 50 days after).
   *
   * <p>Whit Monday is counted as a holiday although many employers work it as the "journée de
   * solidarité"; Alsace and Moselle have two more holidays (Good Friday, December 26). Projects
   * where these differ define their own calendar.
   *
   * @return the calendar, id {@code FR}
   */
  public static WorkingCalendar france() {
    return FRANCE;
  }

  /**
   * A calendar with no holidays, for projects whose country's holidays are not built in: Monday to
   * Friday, every week.
   *
   * @return the calendar, id {@code GENERIC}
   */
  public static WorkingCalendar generic() {
    return GENERIC;
  }

  /**
   * Lists the built-in calendars.
   *
   * @return France, then the generic calendar
   */
  public static List<WorkingCalendar> all() {
    return ALL;
  }

  /**
   * Finds a built-in calendar by its id, as a plan's {@code ProjectContext.calendar()} names it.
   *
   * @param id the calendar id, matched exactly ({@code "FR"}, not {@code "fr"})
   * @return the calendar, or empty when no built-in calendar has that id
   */
  public static Optional<WorkingCalendar> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (WorkingCalendar calendar : ALL) {
      if (calendar.id().equals(id)) {
        return Optional.of(calendar);
      }
    }
    return Optional.empty();
  }
}
