package org.crmmethod.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.calendar.CalendarGenerators.queries;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The conversions of a {@link PreparedCalendar}, checked on known calendars and, as properties,
 * against day-by-day counts over random calendars and spans.
 */
class PreparedCalendarTest {

  private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
  private static final LocalDate TO = LocalDate.of(2027, 12, 31);
  private static final PreparedCalendar FRANCE_2027 = Calendars.france().prepare(FROM, TO);
  private static final String SPAN = "[2027-01-01, 2027-12-31] prepared for calendar FR";

  private static void assertRefused(ThrowingCallable query, String message) {
    assertThatThrownBy(query)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // --- conventions on a known calendar ---

  @Test
  void workingDaysBefore_countsTheDaysBeforeTheDate() {
    assertThat(FRANCE_2027.workingDaysBefore(FROM)).isZero();
    assertThat(FRANCE_2027.workingDaysBefore(LocalDate.of(2027, 1, 4))).isZero();
    assertThat(FRANCE_2027.workingDaysBefore(LocalDate.of(2027, 1, 5))).isEqualTo(1);
    assertThat(FRANCE_2027.workingDaysBefore(TO)).isEqualTo(253);
    assertThat(FRANCE_2027.workingDaysBefore(TO.plusDays(1))).isEqualTo(254);
  }

  @Test
  void workingDaysBetween_endExcludedAndSigned() {
    LocalDate monday = LocalDate.of(2027, 1, 4);
    LocalDate nextMonday = LocalDate.of(2027, 1, 11);
    assertThat(FRANCE_2027.workingDaysBetween(monday, nextMonday)).isEqualTo(5);
    assertThat(FRANCE_2027.workingDaysBetween(nextMonday, monday)).isEqualTo(-5);
    assertThat(FRANCE_2027.workingDaysBetween(monday, monday)).isZero();
    assertThat(FRANCE_2027.workingDaysBetween(FROM, TO.plusDays(1))).isEqualTo(254);
  }

  @Test
  void nextWorkingDay_theDayItselfOrLater() {
    assertThat(FRANCE_2027.nextWorkingDay(FROM)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(FRANCE_2027.nextWorkingDay(LocalDate.of(2027, 1, 4)))
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(FRANCE_2027.nextWorkingDay(LocalDate.of(2027, 5, 15)))
        .as("Saturday before Whit Monday")
        .isEqualTo(LocalDate.of(2027, 5, 18));
  }

  @Test
  void addWorkingDays_fromADayOff() {
    LocalDate saturday = LocalDate.of(2027, 5, 15);
    assertThat(FRANCE_2027.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2027, 5, 18));
    assertThat(FRANCE_2027.addWorkingDays(saturday, 2)).isEqualTo(LocalDate.of(2027, 5, 19));
    assertThat(FRANCE_2027.addWorkingDays(saturday, -1)).isEqualTo(LocalDate.of(2027, 5, 14));
    assertThat(FRANCE_2027.addWorkingDays(saturday, 0)).isEqualTo(saturday);
  }

  @Test
  void addWorkingDays_fromAWorkingDay() {
    LocalDate friday = LocalDate.of(2027, 5, 14);
    assertThat(FRANCE_2027.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2027, 5, 18));
    assertThat(FRANCE_2027.addWorkingDays(friday, -1)).isEqualTo(LocalDate.of(2027, 5, 13));
    assertThat(FRANCE_2027.addWorkingDays(friday, 0)).isEqualTo(friday);
    assertThat(FRANCE_2027.addWorkingDays(LocalDate.of(2027, 1, 4), 253)).isEqualTo(TO);
  }

  @Test
  void accessors_describeTheSpan() {
    assertThat(FRANCE_2027.calendar()).isSameAs(Calendars.france());
    assertThat(FRANCE_2027.from()).isEqualTo(FROM);
    assertThat(FRANCE_2027.to()).isEqualTo(TO);
    assertThat(FRANCE_2027)
        .hasToString(
            "PreparedCalendar{calendar=FR, from=2027-01-01, to=2027-12-31, workingDays=254}");
  }

  // --- refused queries ---

  @Test
  void queries_dayOutsideTheSpan() {
    LocalDate before = FROM.minusDays(1);
    LocalDate after = TO.plusDays(1);
    String outside = " is outside the span " + SPAN;
    assertRefused(() -> FRANCE_2027.isWorkingDay(before), "date 2026-12-31" + outside);
    assertRefused(() -> FRANCE_2027.isWorkingDay(after), "date 2028-01-01" + outside);
    assertRefused(() -> FRANCE_2027.nextWorkingDay(after), "date 2028-01-01" + outside);
    assertRefused(() -> FRANCE_2027.addWorkingDays(before, 1), "date 2026-12-31" + outside);
    assertRefused(() -> FRANCE_2027.addWorkingDays(after, 0), "date 2028-01-01" + outside);
    assertRefused(
        () -> FRANCE_2027.addWorkingDays(LocalDate.MIN, -1), "date " + LocalDate.MIN + outside);
  }

  @Test
  void queries_boundOutsideTheSpan() {
    String outside = " is outside the span " + SPAN + " and the day after its end";
    assertRefused(
        () -> FRANCE_2027.workingDaysBefore(FROM.minusDays(1)), "bound 2026-12-31" + outside);
    assertRefused(
        () -> FRANCE_2027.workingDaysBefore(TO.plusDays(2)), "bound 2028-01-02" + outside);
    assertRefused(
        () -> FRANCE_2027.workingDaysBetween(FROM.minusDays(1), TO), "bound 2026-12-31" + outside);
    assertRefused(
        () -> FRANCE_2027.workingDaysBetween(FROM, LocalDate.MAX),
        "bound " + LocalDate.MAX + outside);
  }

  @Test
  void workingDay_offsetOutsideTheSpan() {
    String holds = "): the span " + SPAN + " holds 254 working days";
    assertRefused(
        () -> FRANCE_2027.workingDay(-1), "working-day offset -1 is not in [0, 254" + holds);
    assertRefused(
        () -> FRANCE_2027.workingDay(254), "working-day offset 254 is not in [0, 254" + holds);
    assertRefused(
        () -> FRANCE_2027.workingDay(Integer.MIN_VALUE),
        "working-day offset -2147483648 is not in [0, 254" + holds);
  }

  @Test
  void nextWorkingDay_noneLeft() {
    PreparedCalendar christmas =
        Calendars.france().prepare(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 26));
    assertThat(christmas.nextWorkingDay(LocalDate.of(2027, 12, 24)))
        .isEqualTo(LocalDate.of(2027, 12, 24));
    assertRefused(
        () -> christmas.nextWorkingDay(LocalDate.of(2027, 12, 25)),
        "no working day falls on or after 2027-12-25 in the span [2027-12-24, 2027-12-26] prepared"
            + " for calendar FR");
  }

  @Test
  void addWorkingDays_leavesTheSpan() {
    assertRefused(
        () -> FRANCE_2027.addWorkingDays(TO, 1),
        "moving 2027-12-31 by 1 working days reaches working-day offset 254, outside the span "
            + SPAN
            + ", which holds 254 working days");
    assertRefused(
        () -> FRANCE_2027.addWorkingDays(FROM, -1),
        "moving 2027-01-01 by -1 working days reaches working-day offset -1, outside the span "
            + SPAN
            + ", which holds 254 working days");
    assertRefused(
        () -> FRANCE_2027.addWorkingDays(TO, Integer.MAX_VALUE),
        "moving 2027-12-31 by 2147483647 working days reaches working-day offset 2147483900,"
            + " outside the span "
            + SPAN
            + ", which holds 254 working days");
  }

  // --- spans ---

  @Test
  void prepare_toBeforeFrom() {
    assertRefused(
        () -> Calendars.france().prepare(TO, FROM),
        "to (2027-01-01) must not be before from (2027-12-31)");
  }

  @Test
  void prepare_oneDay() {
    PreparedCalendar monday =
        Calendars.france().prepare(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4));
    assertThat(monday.workingDayCount()).isEqualTo(1);
    assertThat(monday.workingDay(0)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(monday.workingDaysBefore(LocalDate.of(2027, 1, 5))).isEqualTo(1);
  }

  @Test
  void prepare_spanWithoutWorkingDay() {
    LocalDate saturday = LocalDate.of(2027, 1, 2);
    PreparedCalendar weekend = Calendars.generic().prepare(saturday, saturday.plusDays(1));
    String span = "[2027-01-02, 2027-01-03] prepared for calendar GENERIC";
    assertThat(weekend.workingDayCount()).isZero();
    assertThat(weekend.workingDaysBetween(saturday, saturday.plusDays(2))).isZero();
    assertRefused(
        () -> weekend.workingDay(0),
        "working-day offset 0 is not in [0, 0): the span " + span + " holds 0 working days");
    assertRefused(
        () -> weekend.nextWorkingDay(saturday),
        "no working day falls on or after 2027-01-02 in the span " + span);
    assertThat(weekend.addWorkingDays(saturday, 0)).isEqualTo(saturday);
  }

  @Test
  void prepare_twoHundredYears() {
    LocalDate from = LocalDate.of(2000, 1, 1);
    LocalDate to = LocalDate.of(2199, 12, 31);
    PreparedCalendar france = Calendars.france().prepare(from, to);
    int expected = 0;
    int weekdays = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      expected += Calendars.france().isWorkingDay(day) ? 1 : 0;
      weekdays += Calendars.generic().isWorkingDay(day) ? 1 : 0;
    }
    assertThat(france.workingDayCount()).isEqualTo(expected).isBetween(200 * 249, 200 * 256);
    assertThat(france.workingDay(expected - 1)).isEqualTo(LocalDate.of(2199, 12, 31));
    assertThat(france.addWorkingDays(LocalDate.of(2000, 1, 3), expected - 1))
        .isEqualTo(LocalDate.of(2199, 12, 31));
    assertThat(Calendars.generic().prepare(from, to).workingDayCount()).isEqualTo(weekdays);
  }

  @Test
  void prepare_longerThanFiveThousandYears() {
    assertRefused(
        () -> Calendars.generic().prepare(LocalDate.of(2000, 1, 1), LocalDate.of(7000, 1, 1)),
        "the span [2000-01-01, 7000-01-01] must not be longer than 5000 years: its last day may be"
            + " 6999-12-31 at the latest");
  }

  @Test
  void prepare_atTheEndOfTime() {
    PreparedCalendar end =
        Calendars.generic().prepare(LocalDate.MAX.minusYears(150), LocalDate.MAX);
    assertThat(end.workingDaysBefore(LocalDate.MAX))
        .isEqualTo(end.workingDayCount() - (end.isWorkingDay(LocalDate.MAX) ? 1 : 0));
  }

  @Test
  void prepare_easterHolidaysNeedGregorianYears() {
    assertRefused(
        () -> Calendars.france().prepare(LocalDate.of(1582, 12, 1), LocalDate.of(1583, 1, 31)),
        "Easter is computed for the Gregorian years 1583 to 9999, but the year was 1582");
    // Without Easter holidays, any year will do, even before the Gregorian calendar.
    PreparedCalendar generic =
        Calendars.generic().prepare(LocalDate.of(1582, 12, 1), LocalDate.of(1583, 1, 31));
    assertThat(generic.workingDay(0)).as("a Wednesday").isEqualTo(LocalDate.of(1582, 12, 1));
  }

  @Test
  void prepare_singleWorkingDayPerWeek() {
    WorkingCalendar wednesdays =
        WorkingCalendar.builder()
            .id("WED")
            .name("Wednesdays")
            .addWorkingDay(DayOfWeek.WEDNESDAY)
            .addFixedHoliday(MonthDay.of(7, 14))
            .build();
    PreparedCalendar year = wednesdays.prepare(FROM, TO);
    assertThat(year.workingDayCount()).isEqualTo(51); // 52 Wednesdays, July 14 among them
    assertThat(year.workingDay(0)).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(year.nextWorkingDay(FROM)).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(year.addWorkingDays(LocalDate.of(2027, 1, 6), 1))
        .isEqualTo(LocalDate.of(2027, 1, 13));
    assertThat(year.addWorkingDays(LocalDate.of(2027, 7, 7), 1))
        .isEqualTo(LocalDate.of(2027, 7, 21));
    assertThat(year.addWorkingDays(LocalDate.of(2027, 7, 14), -1))
        .isEqualTo(LocalDate.of(2027, 7, 7));
    assertThat(year.workingDaysBetween(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 1)))
        .isEqualTo(3);
    assertThat(year.workingDay(50)).isEqualTo(LocalDate.of(2027, 12, 29));
  }

  // --- properties over random calendars and spans ---

  @Test
  void workingDay_ofWorkingDaysBeforeIsNextWorkingDay() {
    qt().forAll(queries())
        .checkAssert(
            query -> {
              PreparedCalendar prepared = query.prepared();
              LocalDate day = query.day();
              LocalDate next = day;
              while (!next.isAfter(prepared.to()) && !query.calendar().isWorkingDay(next)) {
                next = next.plusDays(1);
              }
              int offset = prepared.workingDaysBefore(day);
              if (next.isAfter(prepared.to())) {
                assertThat(offset).isEqualTo(prepared.workingDayCount());
                assertThatThrownBy(() -> prepared.nextWorkingDay(day))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> prepared.workingDay(offset))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
              } else {
                assertThat(prepared.nextWorkingDay(day)).isEqualTo(next);
                assertThat(prepared.workingDay(offset)).isEqualTo(next);
              }
            });
  }

  @Test
  void workingDaysBefore_ofWorkingDayIsItsOffset() {
    qt().forAll(queries())
        .assuming(query -> query.offset() < query.prepared().workingDayCount())
        .checkAssert(
            query -> {
              PreparedCalendar prepared = query.prepared();
              LocalDate day = prepared.workingDay(query.offset());
              assertThat(prepared.workingDaysBefore(day)).isEqualTo(query.offset());
              assertThat(query.calendar().isWorkingDay(day)).isTrue();
              assertThat(prepared.nextWorkingDay(day)).isEqualTo(day);
            });
  }

  @Test
  void workingDaysBetween_countsDayByDay() {
    qt().forAll(queries())
        .checkAssert(
            query -> {
              LocalDate start = query.bound();
              LocalDate end = query.otherBound();
              int count = 0;
              for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                count += query.calendar().isWorkingDay(day) ? 1 : 0;
              }
              for (LocalDate day = end; day.isBefore(start); day = day.plusDays(1)) {
                count -= query.calendar().isWorkingDay(day) ? 1 : 0;
              }
              assertThat(query.prepared().workingDaysBetween(start, end)).isEqualTo(count);
            });
  }

  @Test
  void addWorkingDays_thereAndBack() {
    qt().forAll(queries())
        .assuming(query -> query.offset() < query.prepared().workingDayCount())
        .checkAssert(
            query -> {
              PreparedCalendar prepared = query.prepared();
              LocalDate day = prepared.workingDay(query.offset());
              long target = (long) query.offset() + query.days();
              if (target >= 0 && target < prepared.workingDayCount()) {
                LocalDate moved = prepared.addWorkingDays(day, query.days());
                assertThat(moved).isEqualTo(prepared.workingDay((int) target));
                assertThat(prepared.addWorkingDays(moved, -query.days())).isEqualTo(day);
                assertThat(prepared.workingDaysBetween(day, moved)).isEqualTo(query.days());
              } else {
                assertThatThrownBy(() -> prepared.addWorkingDays(day, query.days()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
              }
            });
  }

  @Test
  void addWorkingDays_countsDayByDay() {
    qt().forAll(queries())
        .checkAssert(
            query -> {
              PreparedCalendar prepared = query.prepared();
              LocalDate expected = walk(query.calendar(), prepared, query.day(), query.days());
              if (expected == null) {
                assertThatThrownBy(() -> prepared.addWorkingDays(query.day(), query.days()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
              } else {
                assertThat(prepared.addWorkingDays(query.day(), query.days())).isEqualTo(expected);
              }
            });
  }

  @Test
  void isWorkingDay_agreesWithTheArrays() {
    qt().forAll(queries())
        .checkAssert(
            query -> {
              PreparedCalendar prepared = query.prepared();
              int count = 0;
              for (LocalDate day = prepared.from();
                  !day.isAfter(prepared.to());
                  day = day.plusDays(1)) {
                boolean working = query.calendar().isWorkingDay(day);
                assertThat(prepared.isWorkingDay(day)).as("%s", day).isEqualTo(working);
                assertThat(prepared.workingDaysBetween(day, day.plusDays(1)))
                    .as("%s", day)
                    .isEqualTo(working ? 1 : 0);
                count += working ? 1 : 0;
              }
              assertThat(prepared.workingDayCount()).isEqualTo(count);
            });
  }

  /**
   * The day reached by stepping one day at a time, counting working days strictly after (or before)
   * the start; null when the walk leaves the span first.
   */
  private static LocalDate walk(
      WorkingCalendar calendar, PreparedCalendar prepared, LocalDate start, int days) {
    int step = Integer.signum(days);
    int left = Math.abs(days);
    LocalDate day = start;
    while (left > 0) {
      day = day.plusDays(step);
      if (day.isBefore(prepared.from()) || day.isAfter(prepared.to())) {
        return null;
      }
      left -= calendar.isWorkingDay(day) ? 1 : 0;
    }
    return day;
  }
}
