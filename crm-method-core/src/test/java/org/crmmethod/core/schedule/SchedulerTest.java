package org.crmmethod.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final ProjectPlan REFERENCE = PharmaReferencePlan.plan();

  private static Activity activity(String id, double optimistic, double likely, double pessimistic, Dependency... dependencies) {
    return Activity.builder().id(id).name("Activity " + id).kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.of(optimistic, likely, pessimistic)).addDependencies(dependencies).build();
  }

  /** A plan of one phase holding the activities, starting on a given day, on a given calendar. */
  private static ProjectPlan plan(LocalDate start, String calendar, Activity... activities) {
    return ProjectPlan.builder()
        .from(REFERENCE)
        .context(ProjectContext.builder().from(REFERENCE.context()).startDate(start).calendar(calendar).targetFinish(Optional.empty()).build())
        .statusDate(Optional.empty())
        .phases(List.of(Phase.builder().id("P").name("The phase").addActivities(activities).build()))
        .lots(List.of())
        .build();
  }

  @Test
  void schedule_datesFollowTheFrenchCalendar() {
    // Monday 2027-05-03; 2027-05-06 (Ascension) and 2027-05-08 (a Saturday) are not worked.
    ProjectPlan plan = plan(LocalDate.of(2027, 5, 3), "FR",
        activity("A", 3, 4, 6),
        activity("B", 1, 2, 2, Dependency.on("A")),
        activity("M", 0, 0, 0, Dependency.on("B")));

    Schedule schedule = Scheduler.standard().schedule(plan);

    ScheduledActivity a = schedule.activity("A").orElseThrow();
    ScheduledActivity b = schedule.activity("B").orElseThrow();
    ScheduledActivity m = schedule.activity("M").orElseThrow();
    assertThat(a.earlyStartDate()).isEqualTo(LocalDate.of(2027, 5, 3));
    assertThat(a.earlyFinishDate()).isEqualTo(LocalDate.of(2027, 5, 7));
    assertThat(b.earlyStartDate()).isEqualTo(LocalDate.of(2027, 5, 10));
    assertThat(b.earlyFinishDate()).isEqualTo(LocalDate.of(2027, 5, 11));
    assertThat(m.earlyStartDate()).isEqualTo(LocalDate.of(2027, 5, 11));
    assertThat(m.earlyFinishDate()).isEqualTo(LocalDate.of(2027, 5, 11));
    assertThat(schedule.finishDate()).isEqualTo(LocalDate.of(2027, 5, 11));
    assertThat(schedule.durationWorkingDays()).isEqualTo(6);
    assertThat(schedule.criticalPath()).extracting(ScheduledActivity::id).containsExactly("A", "B", "M");
  }

  @Test
  void schedule_startOnAHolidayBeginsOnTheNextWorkingDay() {
    Schedule schedule = Scheduler.standard().schedule(plan(LocalDate.of(2027, 1, 1), "FR", activity("A", 1, 1, 1)));

    assertThat(schedule.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(schedule.finishDate()).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void schedule_startNoEarlierThanHoldsAnActivityBack() {
    Activity held = Activity.builder().from(activity("B", 2, 2, 2)).startNoEarlierThan(LocalDate.of(2027, 5, 17)).build();
    ProjectPlan plan = plan(LocalDate.of(2027, 5, 3), "GENERIC", activity("A", 3, 3, 3), held);

    Schedule schedule = Scheduler.standard().schedule(plan);

    assertThat(schedule.activity("B").orElseThrow().earlyStartDate()).isEqualTo(LocalDate.of(2027, 5, 17));
    assertThat(schedule.activity("B").orElseThrow().earlyStart()).isEqualTo(10);
    assertThat(schedule.activity("A").orElseThrow().totalFloat()).isEqualTo(9);
  }

  @Test
  void schedule_estimatePointChoosesTheDurations() {
    ProjectPlan plan = plan(LocalDate.of(2027, 5, 3), "GENERIC", activity("A", 2, 5, 14));

    assertThat(Scheduler.builder().estimatePoint(EstimatePoint.OPTIMISTIC).build().schedule(plan).durationWorkingDays()).isEqualTo(2);
    assertThat(Scheduler.standard().schedule(plan).durationWorkingDays()).isEqualTo(5);
    assertThat(Scheduler.builder().estimatePoint(EstimatePoint.PESSIMISTIC).build().schedule(plan).durationWorkingDays()).isEqualTo(14);
    assertThat(Scheduler.builder().estimatePoint(EstimatePoint.PERT_MEAN).build().schedule(plan).durationWorkingDays()).isEqualTo(6);
  }

  @Test
  void schedule_cycleIsAnErrorNamingIt() {
    ProjectPlan plan = plan(LocalDate.of(2027, 5, 3), "FR",
        activity("A", 1, 1, 1, Dependency.on("C")), activity("B", 1, 1, 1, Dependency.on("A")), activity("C", 1, 1, 1, Dependency.on("B")));

    assertThatThrownBy(() -> Scheduler.standard().schedule(plan))
        .isInstanceOf(SchedulingException.class)
        .hasMessage("activities: the dependencies form a cycle, so the plan cannot be scheduled: A -> B -> C -> A")
        .satisfies(e -> assertThat(((SchedulingException) e).cycles()).containsExactly(List.of("A", "B", "C", "A")));
  }

  @Test
  void schedule_duplicateIdsAndUnknownCalendar() {
    assertThatThrownBy(() -> Scheduler.standard().schedule(plan(LocalDate.of(2027, 5, 3), "FR", activity("A", 1, 1, 1), activity("A", 2, 2, 2))))
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("the id 'A' is used by more than one activity");
    assertThatThrownBy(() -> Scheduler.standard().schedule(plan(LocalDate.of(2027, 5, 3), "MARS", activity("A", 1, 1, 1))))
        .isInstanceOf(SchedulingException.class)
        .hasMessage("context.calendar: no working calendar is known by the id 'MARS'");
  }

  @Test
  void schedule_customCalendarThroughTheBuilder() {
    WorkingCalendar weekends = WorkingCalendar.builder().id("WEEKENDS").name("Weekends only")
        .workingDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).build();
    Scheduler scheduler = Scheduler.builder()
        .calendars(id -> id.equals("WEEKENDS") ? Optional.of(weekends) : Calendars.byId(id)).build();

    Schedule schedule = scheduler.schedule(plan(LocalDate.of(2027, 5, 3), "WEEKENDS", activity("A", 3, 3, 3)));

    assertThat(schedule.startDate()).isEqualTo(LocalDate.of(2027, 5, 8));
    assertThat(schedule.finishDate()).isEqualTo(LocalDate.of(2027, 5, 15));
  }

  @Test
  void schedule_referencePlanTakesAboutAYear() {
    Schedule schedule = Scheduler.standard().schedule(REFERENCE);

    assertThat(schedule.activities()).hasSize(REFERENCE.activities().size());
    assertThat(schedule.durationWorkingDays()).isBetween(10 * 21.0, 14 * 21.0);
    assertThat(schedule.startDate()).isEqualTo(PharmaReferencePlan.START);
    assertThat(schedule.criticalPath()).extracting(ScheduledActivity::id).startsWith("S-OBJ").endsWith("D-GATE");
    assertThat(schedule.criticalPath()).allSatisfy(activity -> assertThat(activity.critical()).isTrue());
    assertThat(schedule.activities()).allSatisfy(activity -> {
      assertThat(activity.totalFloat()).isGreaterThanOrEqualTo(0);
      assertThat(activity.earlyFinishDate()).isAfterOrEqualTo(activity.earlyStartDate());
      assertThat(activity.lateStartDate()).isAfterOrEqualTo(activity.earlyStartDate());
    });
    assertThat(schedule.criticalPaths(5)).isNotEmpty().allSatisfy(path -> assertThat(path.get(path.size() - 1).id()).isEqualTo("D-GATE"));
  }
}
