package org.crmmethod.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EasterTest {

  @Test
  void sunday_knownDates() {
    assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(Easter.sunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(Easter.sunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    assertThat(Easter.sunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(Easter.sunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
  }

  @Test
  void sunday_firstAndLastYears() {
    assertThat(Easter.sunday(Easter.FIRST_YEAR)).isEqualTo(LocalDate.of(1583, 4, 10));
    assertThat(Easter.sunday(Easter.LAST_YEAR)).isEqualTo(LocalDate.of(9999, 3, 28));
  }

  @Test
  void sunday_everyYearASundayFromMarch22ToApril25() {
    Set<MonthDay> seen = new HashSet<>();
    for (int year = Easter.FIRST_YEAR; year <= Easter.LAST_YEAR; year++) {
      LocalDate easter = Easter.sunday(year);
      assertThat(easter.getYear()).as("year of %s", year).isEqualTo(year);
      assertThat(easter.getDayOfWeek()).as("Easter %s", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("Easter %s", year)
          .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
      seen.add(MonthDay.from(easter));
    }
    // Every one of the 35 possible dates occurs in these eight thousand years.
    assertThat(seen).hasSize(35);
  }

  @Test
  void sunday_yearBeforeGregorianCalendar() {
    assertThatThrownBy(() -> Easter.sunday(1582))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Easter is computed for the Gregorian years 1583 to 9999, but the year was 1582");
  }

  @Test
  void sunday_yearAfterLast() {
    assertThatThrownBy(() -> Easter.sunday(10_000))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Easter is computed for the Gregorian years 1583 to 9999, but the year was 10000");
    assertThatThrownBy(() -> Easter.sunday(Integer.MIN_VALUE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but the year was -2147483648");
  }
}
