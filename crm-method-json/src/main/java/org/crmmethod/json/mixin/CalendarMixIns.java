package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.crmmethod.core.calendar.ImmutableWorkingCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of working calendars: {@code org.crmmethod.core.calendar}.
 *
 * <p>A calendar is written as the rules it is made of, never as the days they produce: a reader
 * gets the same calendar back and computes holidays again. The formats of the parts:
 *
 * <ul>
 *   <li>{@code workingDays}: day-of-week names, e.g. {@code ["MONDAY", "TUESDAY"]};
 *   <li>{@code fixedHolidays}: ISO-8601 month-days without a year, {@code "--MM-dd"}, e.g. {@code
 *       "--05-01"} for May 1;
 *   <li>{@code easterHolidays}: whole numbers of days from Easter Sunday, e.g. {@code [1, 39, 50]};
 *   <li>{@code holidays}: ISO-8601 dates, {@code "yyyy-MM-dd"}.
 * </ul>
 *
 * <p>The holidays are written in the order the calendar holds them, not sorted, and a holiday
 * named twice is read once.
 *
 * <p>A {@link org.crmmethod.core.calendar.PreparedCalendar} is a computed index, not a value, and
 * has no wire format: prepare the calendar again after reading it.
 */
final class CalendarMixIns {
  private CalendarMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(WorkingCalendar.class, WorkingCalendarMixIn.class);
    context.setMixIn(ImmutableWorkingCalendar.Builder.class, WorkingCalendarBuilderMixIn.class);
  }

  @JsonPropertyOrder({"id", "name", "workingDays", "fixedHolidays", "easterHolidays", "holidays"})
  @JsonDeserialize(builder = WorkingCalendar.Builder.class)
  abstract static class WorkingCalendarMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("workingDays")
    abstract Set<DayOfWeek> workingDays();

    @JsonProperty("fixedHolidays")
    abstract Set<MonthDay> fixedHolidays();

    @JsonProperty("easterHolidays")
    abstract Set<Integer> easterHolidays();

    @JsonProperty("holidays")
    abstract Set<LocalDate> holidays();
  }

  abstract static class WorkingCalendarBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("workingDays")
    abstract Object workingDays(Iterable<DayOfWeek> value);

    @JsonProperty("fixedHolidays")
    abstract Object fixedHolidays(Iterable<? extends MonthDay> value);

    @JsonProperty("easterHolidays")
    abstract Object easterHolidays(Iterable<Integer> value);

    @JsonProperty("holidays")
    abstract Object holidays(Iterable<? extends LocalDate> value);
  }
}
