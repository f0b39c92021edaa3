package org.crmmethod.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.calendar.CalendarGenerators.workingCalendarParts;
import static org.crmmethod.core.calendar.CalendarGenerators.workingCalendars;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class WorkingCalendarTest {

  /**
   * Works Monday, Wednesday and Saturday; closed on Leap Day, Good Friday and one-off on
   * 2028-03-01.
   */
  private static final WorkingCalendar ODD =
      WorkingCalendar.builder()
          .id("ODD")
          .name("Odd days")
          .addWorkingDays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)
          .addFixedHoliday(MonthDay.of(2, 29))
          .addEasterHoliday(-2)
          .addHoliday(LocalDate.of(2028, 3, 1))
          .build();

  // --- single days ---

  @Test
  void isWorkingDay_weekPattern() {
    WorkingCalendar calendar = Calendars.generic();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // Friday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 3))).isFalse(); // Sunday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue(); // Monday
    assertThat(ODD.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue(); // Saturday
    assertThat(ODD.isWorkingDay(LocalDate.of(2027, 1, 5))).isFalse(); // Tuesday
  }

  @Test
  void isHoliday_february29OnlyInLeapYears() {
    assertThat(ODD.isHoliday(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(ODD.isWorkingDay(LocalDate.of(2028, 2, 28))).isTrue(); // Monday
    assertThat(ODD.isHoliday(LocalDate.of(2027, 2, 28))).isFalse();
    assertThat(ODD.isHoliday(LocalDate.of(2027, 3, 1))).isFalse();
    assertThat(ODD.holidaysIn(2027)).containsExactly(LocalDate.of(2027, 3, 26));
    assertThat(ODD.holidaysIn(2028))
        .containsExactly(
            LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1), LocalDate.of(2028, 4, 14));
  }

  @Test
  void isHoliday_holidayOnDayOffStaysHoliday() {
    // Good Friday 2027 is March 26, a Friday ODD does not work anyway: not moved, still listed.
    assertThat(ODD.isHoliday(LocalDate.of(2027, 3, 26))).isTrue();
    assertThat(ODD.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    assertThat(ODD.isWorkingDay(LocalDate.of(2027, 3, 27))).isTrue();
  }

  @Test
  void isHoliday_easterRelativeAtTheBounds() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .from(Calendars.generic())
            .id("BOUNDS")
            .addEasterHolidays(-63, 63)
            .build();
    LocalDate easter = Easter.sunday(2038); // April 25, the latest possible
    assertThat(calendar.holidaysIn(2038))
        .containsExactly(easter.minusDays(63), easter.plusDays(63));
    assertThat(calendar.isHoliday(easter.minusDays(63))).isTrue();
    assertThat(calendar.isHoliday(easter.minusDays(64))).isFalse();
    assertThat(calendar.isHoliday(easter.plusDays(64))).isFalse();
    assertThat(calendar.isHoliday(easter)).isFalse();
  }

  @Test
  void holidaysIn_oneDayForSeveralReasonsListedOnce() {
    // Ascension 2008 fell on May 1.
    assertThat(Easter.sunday(2008).plusDays(39)).isEqualTo(LocalDate.of(2008, 5, 1));
    List<LocalDate> holidays = Calendars.france().holidaysIn(2008);
    assertThat(holidays).doesNotHaveDuplicates().hasSize(10).isSorted();
  }

  @Test
  void isHoliday_easterHolidaysNeedAGregorianYear() {
    assertThatThrownBy(() -> ODD.isHoliday(LocalDate.of(1582, 12, 31)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Easter is computed for the Gregorian years 1583 to 9999, but the year was 1582");
    assertThatThrownBy(() -> ODD.isWorkingDay(LocalDate.of(10_000, 1, 3)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but the year was 10000");
    assertThatThrownBy(() -> ODD.holidaysIn(1500))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but the year was 1500");
  }

  @Test
  void isWorkingDay_anyYearWithoutEasterHolidays() {
    WorkingCalendar calendar = Calendars.generic();
    assertThat(calendar.isWorkingDay(LocalDate.of(1000, 1, 1))).isTrue(); // proleptic Wednesday
    assertThat(calendar.holidaysIn(-5)).isEmpty();
    assertThat(calendar.isHoliday(LocalDate.MAX)).isFalse();
    assertThat(calendar.isHoliday(LocalDate.MIN)).isFalse();
  }

  // --- properties ---

  @Test
  void holidaysIn_agreesWithIsHolidayDayByDay() {
    qt().forAll(workingCalendars(), Generate.range(2000, 2049))
        .checkAssert(
            (calendar, year) -> {
              List<LocalDate> expected = new ArrayList<>();
              for (LocalDate day = LocalDate.of(year, 1, 1);
                  day.getYear() == year;
                  day = day.plusDays(1)) {
                if (calendar.isHoliday(day)) {
                  expected.add(day);
                }
                assertThat(calendar.isWorkingDay(day))
                    .as("%s", day)
                    .isEqualTo(
                        calendar.workingDays().contains(day.getDayOfWeek())
                            && !calendar.isHoliday(day));
              }
              assertThat(calendar.holidaysIn(year)).isEqualTo(expected);
            });
  }

  @Test
  void build_holdsItsParts() {
    qt().forAll(workingCalendarParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void build_copiedThroughBuilder() {
    qt().forAll(workingCalendars())
        .checkAssert(
            calendar ->
                assertEqualCopy(WorkingCalendar.builder().from(calendar).build(), calendar));
  }

  @Test
  void build_equalPartsEqualValues() {
    qt().forAll(workingCalendarParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void build_collectionsFixedAtBuild() {
    qt().forAll(workingCalendarParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
