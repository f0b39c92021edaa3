package org.crmmethod.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of {@link WorkingCalendar}: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value,
 * and every null with a {@link NullPointerException}.
 */
class WorkingCalendarInvariantsTest {

  private static final String EASTER_RULE =
      "must hold offsets from Easter Sunday of -63 to 63 days";

  private static WorkingCalendar.Builder calendar() {
    return WorkingCalendar.builder()
        .id("ACME")
        .name("Acme works")
        .addWorkingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
  }

  @Test
  void fixture_isValid() {
    assertThatCode(() -> calendar().build()).doesNotThrowAnyException();
  }

  @Test
  void build_malformedId() {
    for (String id :
        List.of("", " ", "acme works", "-FR", ".FR", "_FR", "clé", "İK", "x".repeat(65))) {
      assertInvalid(
          () -> calendar().id(id).build(),
          "WorkingCalendar.id " + ID_RULE + ", but was '" + id + "'",
          "WorkingCalendar",
          "id",
          "'" + id + "'");
    }
  }

  @Test
  void build_blankName() {
    for (String name : List.of("", "   ", "\t\n")) {
      assertInvalid(
          () -> calendar().name(name).build(),
          "WorkingCalendar.name must not be blank, but was '" + name + "'",
          "WorkingCalendar",
          "name",
          "'" + name + "'");
    }
  }

  @Test
  void build_noWorkingDay() {
    assertInvalid(
        () -> calendar().workingDays(Set.of()).build(),
        "WorkingCalendar.workingDays must hold at least one element, but was []",
        "WorkingCalendar",
        "workingDays",
        "[]");
  }

  @Test
  void build_easterOffsetOutOfRange() {
    for (int offset : List.of(64, -64, 365, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
      assertInvalid(
          () -> calendar().addEasterHoliday(1).addEasterHoliday(offset).build(),
          "WorkingCalendar.easterHolidays " + EASTER_RULE + ", but was " + offset,
          "WorkingCalendar",
          "easterHolidays",
          String.valueOf(offset));
    }
  }

  @Test
  void build_easterOffsetsAtTheBounds() {
    assertThat(calendar().addEasterHolidays(-63, 0, 63).build().easterHolidays())
        .containsExactly(-63, 0, 63);
  }

  @Test
  void build_missingAttributes() {
    assertMissing(
        () -> WorkingCalendar.builder().build(),
        "Required attribute(s) not set: WorkingCalendar.id, WorkingCalendar.name",
        "WorkingCalendar",
        "id",
        "name");
  }

  @Test
  void builder_nullArguments() {
    assertRejectsNulls(WorkingCalendar::builder);
  }

  @Test
  void queries_nullArguments() {
    WorkingCalendar calendar = calendar().addEasterHoliday(1).build();
    LocalDate day = LocalDate.of(2027, 1, 4);
    assertThatThrownBy(() -> calendar.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calendar.isHoliday(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calendar.prepare(null, day)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calendar.prepare(day, null)).isInstanceOf(NullPointerException.class);
    PreparedCalendar prepared = calendar.prepare(day, day.plusDays(30));
    assertThatThrownBy(() -> prepared.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.workingDaysBefore(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.workingDaysBetween(day, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.workingDaysBetween(null, day))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.nextWorkingDay(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.addWorkingDays(null, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> prepared.addWorkingDays(null, 0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Calendars.byId(null)).isInstanceOf(NullPointerException.class);
  }
}
