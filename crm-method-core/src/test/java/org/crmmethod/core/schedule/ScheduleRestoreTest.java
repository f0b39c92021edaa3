package org.crmmethod.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;

class ScheduleRestoreTest {
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final WorkingCalendar CALENDAR =
      Calendars.byId(PLAN.context().calendar()).orElseThrow();
  private static final Schedule SCHEDULE =
      Scheduler.builder().estimatePoint(EstimatePoint.PERT_MEAN).build().schedule(PLAN);

  @Test
  void schedulesOfTheSamePlanPointAndCalendar_areEqual() {
    Schedule again = Scheduler.builder().estimatePoint(EstimatePoint.PERT_MEAN).build().schedule(PLAN, CALENDAR);

    assertThat(again).isEqualTo(SCHEDULE).hasSameHashCodeAs(SCHEDULE);
    assertThat(Scheduler.standard().schedule(PLAN)).isNotEqualTo(SCHEDULE);
  }

  @Test
  void restore_fromItsParts() {
    Schedule restored =
        Schedule.restore(PLAN, EstimatePoint.PERT_MEAN, CALENDAR, List.copyOf(SCHEDULE.activities()));

    assertThat(restored).isEqualTo(SCHEDULE);
    assertThat(restored.activities()).containsExactlyElementsOf(SCHEDULE.activities());
    assertThat(restored.finishDate()).isEqualTo(SCHEDULE.finishDate());
  }

  @Test
  void restore_refusesAnActivityThePlanDoesNotSchedule() {
    List<ScheduledActivity> activities = new ArrayList<>(SCHEDULE.activities());
    ScheduledActivity third = activities.get(3);
    activities.set(
        3,
        new ScheduledActivity(third.activity(), third.duration(), third.earlyStart() + 1, third.earlyFinish(),
            third.lateStart(), third.lateFinish(), third.totalFloat(), third.freeFloat(), third.critical(),
            third.earlyStartDate(), third.earlyFinishDate(), third.lateStartDate(), third.lateFinishDate()));

    assertThatThrownBy(() -> Schedule.restore(PLAN, EstimatePoint.PERT_MEAN, CALENDAR, activities))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Schedule.activities.3.earlyStart must be " + third.earlyStart() + ", as the plan schedules activity '"
            + third.id() + "', but was " + (third.earlyStart() + 1))
        .satisfies(e -> assertThat(((InvalidModelException) e).attributes()).containsExactly("activities.3.earlyStart"));
  }

  @Test
  void restore_refusesActivitiesOfAnotherPlan() {
    List<ScheduledActivity> activities = new ArrayList<>(SCHEDULE.activities());
    ScheduledActivity first = activities.get(0);
    Activity changed = Activity.builder().from(first.activity()).estimate(ThreePointEstimate.of(1, 2, 3)).build();
    activities.set(
        0,
        new ScheduledActivity(changed, first.duration(), first.earlyStart(), first.earlyFinish(),
            first.lateStart(), first.lateFinish(), first.totalFloat(), first.freeFloat(), first.critical(),
            first.earlyStartDate(), first.earlyFinishDate(), first.lateStartDate(), first.lateFinishDate()));

    assertThatThrownBy(() -> Schedule.restore(PLAN, EstimatePoint.PERT_MEAN, CALENDAR, activities))
        .hasMessageStartingWith("Schedule.activities.0.activity must be the plan's activity '" + first.id() + "'");
    assertThatThrownBy(
            () -> Schedule.restore(PLAN, EstimatePoint.PERT_MEAN, CALENDAR, SCHEDULE.activities().subList(1, 5)))
        .hasMessage("Schedule.activities must hold one entry for each of the plan's " + PLAN.activities().size()
            + " activities, but was 4 entries");
    assertThatThrownBy(
            () -> Schedule.restore(PLAN, EstimatePoint.MOST_LIKELY, CALENDAR, SCHEDULE.activities()))
        .hasMessageContaining("Schedule.activities.")
        .hasMessageContaining("as the plan schedules activity");
  }

  @Test
  void restore_refusesMissingParts() {
    assertThatThrownBy(() -> Schedule.restore(PLAN, null, CALENDAR, List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Schedule.estimatePoint must be given, but was null");
  }

  @Test
  void restore_refusesAPlanThatCannotBeScheduled() {
    Activity a = Activity.builder().id("A").name("A").kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.of(1, 2, 3)).addDependencies(Dependency.on("B")).build();
    Activity b = Activity.builder().from(a).id("B").name("B").dependencies(List.of(Dependency.on("A"))).build();
    ProjectPlan cycle = ProjectPlan.builder().from(PLAN)
        .phases(List.of(Phase.builder().id("P").name("The phase").addActivities(a, b).build()))
        .lots(List.of())
        .build();

    assertThatThrownBy(() -> Schedule.restore(cycle, EstimatePoint.MOST_LIKELY, CALENDAR, List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Schedule.plan must be schedulable: ")
        .hasMessageContaining("cycle")
        .satisfies(e -> assertThat(((InvalidModelException) e).attributes()).containsExactly("plan"));
  }
}
