package org.crmmethod.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.DurationUnit;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2027, month, dayOfMonth);
  }

  // --- France ---

  @Test
  void france_holidaysOf2027() {
    assertThat(Calendars.france().holidaysIn(2027))
        .containsExactly(
            day(1, 1),
            day(3, 29), // Easter Monday
            day(5, 1),
            day(5, 6), // Ascension Thursday
            day(5, 8),
            day(5, 17), // Whit Monday
            day(7, 14),
            day(8, 15),
            day(11, 1),
            day(11, 11),
            day(12, 25));
  }

  @Test
  void france_knownDays() {
    WorkingCalendar france = Calendars.france();
    assertThat(france.isWorkingDay(day(1, 1))).as("New Year's Day, a Friday").isFalse();
    assertThat(france.isWorkingDay(day(1, 4))).as("first Monday").isTrue();
    assertThat(france.isWorkingDay(day(3, 26))).as("Good Friday").isTrue();
    assertThat(france.isWorkingDay(day(3, 28))).as("Easter Sunday").isFalse();
    assertThat(france.isHoliday(day(3, 28))).as("Easter Sunday").isFalse();
    assertThat(france.isWorkingDay(day(3, 29))).as("Easter Monday").isFalse();
    assertThat(france.isWorkingDay(day(5, 6))).as("Ascension Thursday").isFalse();
    assertThat(france.isWorkingDay(day(5, 7))).as("the Friday after Ascension").isTrue();
    assertThat(france.isWorkingDay(day(7, 14))).as("National Day, a Wednesday").isFalse();
    assertThat(france.isWorkingDay(day(7, 15))).isTrue();
    assertThat(france.isHoliday(day(8, 15))).as("Assumption, a Sunday").isTrue();
    assertThat(france.isWorkingDay(day(8, 16))).as("not moved to Monday").isTrue();
    assertThat(france.isWorkingDay(day(12, 24))).isTrue();
    assertThat(france.isWorkingDay(day(12, 26))).as("Sunday").isFalse();
    assertThat(france.isWorkingDay(LocalDate.of(2028, 2, 29))).isTrue();
  }

  @Test
  void france_workingDaysOf2027() {
    // 261 weekdays less the 7 holidays that fall on a weekday.
    PreparedCalendar year = Calendars.france().prepare(day(1, 1), day(12, 31));
    assertThat(year.workingDayCount()).isEqualTo(254);
    assertThat(year.workingDay(0)).isEqualTo(PharmaReferencePlan.START);
    assertThat(year.workingDay(253)).isEqualTo(day(12, 31));
    assertThat(year.addWorkingDays(day(7, 13), 1)).isEqualTo(day(7, 15));
    assertThat(year.addWorkingDays(day(5, 10), -2)).isEqualTo(day(5, 5));
  }

  @Test
  void france_aboutTheMethodsYearOfWorkingDays() {
    // Months of 21 working days make 252 a year; France's years come within a few days of it.
    int perYear = 12 * DurationUnit.MONTHS.workingDays();
    for (int year = 2025; year <= 2035; year++) {
      PreparedCalendar prepared =
          Calendars.france().prepare(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      assertThat(prepared.workingDayCount()).as("%s", year).isBetween(perYear - 3, perYear + 5);
    }
  }

  @Test
  void france_definition() {
    WorkingCalendar france = Calendars.france();
    assertThat(france.id()).isEqualTo("FR");
    assertThat(france.name()).isEqualTo("France");
    assertThat(france.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(france.fixedHolidays())
        .containsExactlyInAnyOrder(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(5, 8),
            MonthDay.of(7, 14),
            MonthDay.of(8, 15),
            MonthDay.of(11, 1),
            MonthDay.of(11, 11),
            MonthDay.of(12, 25));
    assertThat(france.easterHolidays()).containsExactlyInAnyOrder(1, 39, 50);
    assertThat(france.holidays()).isEmpty();
  }

  // --- generic ---

  @Test
  void generic_mondayToFridayWithoutHolidays() {
    WorkingCalendar generic = Calendars.generic();
    assertThat(generic.id()).isEqualTo("GENERIC");
    assertThat(generic.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(generic.holidaysIn(2027)).isEmpty();
    assertThat(generic.isWorkingDay(day(1, 1))).isTrue();
    assertThat(generic.isWorkingDay(day(1, 2))).isFalse();
    assertThat(generic.prepare(day(1, 1), day(12, 31)).workingDayCount()).isEqualTo(261);
  }

  // --- lookup ---

  @Test
  void all_franceThenGeneric() {
    assertThat(Calendars.all()).containsExactly(Calendars.france(), Calendars.generic());
  }

  @Test
  void byId_builtIns() {
    assertThat(Calendars.byId("FR")).containsSame(Calendars.france());
    assertThat(Calendars.byId("GENERIC")).containsSame(Calendars.generic());
  }

  @Test
  void byId_unknownOrOtherCase() {
    assertThat(Calendars.byId("fr")).isEmpty();
    assertThat(Calendars.byId("DE")).isEmpty();
    assertThat(Calendars.byId("")).isEmpty();
  }

  @Test
  void byId_planDefaultResolves() {
    assertThat(Calendars.byId(PharmaReferencePlan.plan().context().calendar()))
        .containsSame(Calendars.france());
  }
}
