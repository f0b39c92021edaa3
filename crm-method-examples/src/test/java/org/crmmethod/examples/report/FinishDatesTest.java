package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.junit.jupiter.api.Test;

class FinishDatesTest {
  private static final WorkingCalendar FRANCE = Calendars.byId("FR").orElseThrow();
  /** A Monday; Easter Monday 2027 is 29 March, a French public holiday. */
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);

  @Test
  void finishOf_lastWorkingDayOccupied() {
    FinishDates dates = FinishDates.of(FRANCE, MONDAY, 30, MONDAY);

    assertThat(dates.finishOf(0)).isEqualTo(MONDAY);
    assertThat(dates.finishOf(1)).isEqualTo(MONDAY);
    assertThat(dates.finishOf(5)).isEqualTo(LocalDate.of(2027, 3, 26));
    assertThat(dates.finishOf(5.2)).isEqualTo(LocalDate.of(2027, 3, 30)); // the sixth day, after Easter Monday
    assertThat(dates.finishOf(6)).isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void workingDaysThrough_countsTheDayItself() {
    FinishDates dates = FinishDates.of(FRANCE, MONDAY, 30, LocalDate.of(2027, 12, 31));

    assertThat(dates.workingDaysThrough(MONDAY.minusDays(1))).isZero();
    assertThat(dates.workingDaysThrough(MONDAY)).isEqualTo(1);
    assertThat(dates.workingDaysThrough(LocalDate.of(2027, 3, 29))).isEqualTo(5);
    assertThat(dates.workingDaysThrough(LocalDate.of(2027, 3, 30))).isEqualTo(6);
    assertThat(dates.finishOf(dates.workingDaysThrough(LocalDate.of(2027, 12, 31)))).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void finishOf_scheduledDurationIsTheSchedulesFinish() {
    Schedule schedule = Scheduler.standard().schedule(PharmaReferencePlan.plan());
    FinishDates dates = FinishDates.of(schedule.calendar(), PharmaReferencePlan.START, schedule.durationWorkingDays(),
        PharmaReferencePlan.START);

    assertThat(dates.finishOf(schedule.durationWorkingDays())).isEqualTo(schedule.finishDate());
    assertThat(dates.finishOf(0)).isEqualTo(schedule.startDate());
  }

  @Test
  void of_preparesEnoughDaysForLongProjects() {
    FinishDates dates = FinishDates.of(FRANCE, MONDAY, 5_000, MONDAY);

    assertThat(dates.finishOf(5_000)).isAfter(MONDAY.plusYears(19));
  }
}
