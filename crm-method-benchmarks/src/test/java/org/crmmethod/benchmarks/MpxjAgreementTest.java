package org.crmmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.junit.jupiter.api.Test;
import org.mpxj.Task;
import org.mpxj.TaskField;

/**
 * Checks that our scheduler and MPXJ's {@link org.mpxj.cpm.MicrosoftScheduler} agree on the same
 * networks (see {@link MpxjPeer} for the conversion): the project's finish date, and for every
 * activity its early and late start and finish dates and its total float.
 *
 * <p><b>What is compared, and with what tolerance.</b> Dates are compared exactly, as days: our
 * start dates are the working day an activity starts on and MPXJ's early and late starts fall at
 * 8:00 on that day; our finish dates are the last working day occupied and MPXJ's finishes fall at
 * 17:00 on that day (the time of day is checked too). The project's finish is our {@code
 * finishDate()} against the date of MPXJ's latest early finish. Total float is compared to within
 * 1e-9 working days: every duration and lag here is a whole number of days, MPXJ counts slack as
 * whole minutes of working time divided by its 480 minutes a day, and our floats are differences of
 * whole numbers, so both are exact and the tolerance only absorbs the representation of doubles.
 *
 * <p><b>What is not comparable: starts before the project's start.</b> Our scheduler starts no
 * activity before the project's start (its forward pass starts every activity at the later of day 0
 * and what its links require). MPXJ's {@code MicrosoftScheduler} applies the project's start only
 * to tasks without predecessors and to the early start an FF link yields; the early start that an
 * SF link, or an SS or FS link with a negative lag, yields is not held back, so such a task may
 * start before the project does. There the two schedules differ by exactly the working days by
 * which the link's bound falls before the project's start: in the early dates, and in the total
 * float (MPXJ's is larger by the same amount, the late dates being the same). {@link
 * #linksThatReachBeforeTheProjectStart_areNotHeldBackByMpxj} pins that difference down; every
 * other network here is built so that no link's bound falls before the project's start (the
 * hand-made network has SF links and negative lags of every type, all within the project), and
 * there the two agree on every figure.
 *
 * <p>MPXJ's scheduler writes its results into the project; scheduling the same project again
 * clears every task's early and late dates first, which drops the total slack MPXJ had cached from
 * them ({@link #reschedulingRecomputesTheSlack}), so the benchmark can schedule one project
 * repeatedly without reading stale figures.
 */
class MpxjAgreementTest {
  private static final LocalTime DAY_END = LocalTime.of(17, 0);
  private static final double FLOAT_TOLERANCE = 1e-9;

  @Test
  void layeredNetworkOf1000_agrees() {
    assertAgreement(SchedulingBenchmark.layered(1_000, 100, new SplittableRandom(42)), Calendars.france());
  }

  @Test
  void layeredNetworkOf10000_agrees() {
    assertAgreement(SchedulingBenchmark.layered(10_000, 100, new SplittableRandom(42)), Calendars.france());
  }

  @Test
  void layeredNetworkOnTheGenericCalendar_agrees() {
    assertAgreement(SchedulingBenchmark.layered(1_000, 100, new SplittableRandom(7)), Calendars.generic());
  }

  @Test
  void chainOf2000_agrees() {
    assertAgreement(SchedulingBenchmark.chain(2_000), Calendars.france());
  }

  @Test
  void handMadeNetworkWithEveryLinkTypeAndNegativeLags_agrees() {
    assertAgreement(handMade(), Calendars.france());
  }

  @Test
  void handMadeNetworkOnTheGenericCalendar_agrees() {
    assertAgreement(handMade(), Calendars.generic());
  }

  /**
   * The one principled difference: a task whose SF link, or whose SS or FS link with a negative
   * lag, puts its early start before the project's start. Ours starts it with the project; MPXJ starts
   * it before, by exactly the link's overshoot in working days, and gives it that much more total
   * float; the late dates agree. An FF link that overshoots is held back by MPXJ too.
   */
  @Test
  void linksThatReachBeforeTheProjectStart_areNotHeldBackByMpxj() {
    List<Activity> activities = List.of(
        activity("A", 5),
        // SF, lag 0: must finish when A starts, so would start 3 working days before the project.
        activity("X", 3, Dependency.of("A", DependencyType.START_TO_FINISH, 0)),
        // SS, lag -2: would start 2 working days before the project.
        activity("Y", 3, Dependency.of("A", DependencyType.START_TO_START, -2)),
        // FF, lag -4: would start 2 working days before the project, but MPXJ holds FF back.
        activity("Z", 3, Dependency.of("A", DependencyType.FINISH_TO_FINISH, -4)),
        // FS, lag -7: would start 2 working days before the project.
        activity("W", 2, Dependency.of("A", DependencyType.FINISH_TO_START, -7)));
    Comparison comparison = compare(activities, Calendars.france());
    Schedule ours = comparison.ours();
    List<Task> tasks = comparison.peer().tasks();

    // The project: Monday 2027-01-04 to Friday 2027-01-08 for both.
    assertThat(ours.finishDate()).isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(comparison.peer().finish()).isEqualTo(LocalDateTime.of(2027, 1, 8, 17, 0));
    for (int i = 1; i <= 3; i++) {
      assertThat(ours.activities().get(i).earlyStartDate()).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(ours.activities().get(i).totalFloat()).isEqualTo(2.0);
      assertThat(tasks.get(i).getLateStart()).isEqualTo(LocalDateTime.of(2027, 1, 6, 8, 0));
    }
    // X: 3 working days before Monday 2027-01-04, Friday 2027-01-01 being a holiday.
    assertThat(tasks.get(1).getEarlyStart()).isEqualTo(LocalDateTime.of(2026, 12, 29, 8, 0));
    assertThat(comparison.peer().totalSlackDays(tasks.get(1))).isEqualTo(2.0 + 3);
    // Y: 2 working days before.
    assertThat(tasks.get(2).getEarlyStart()).isEqualTo(LocalDateTime.of(2026, 12, 30, 8, 0));
    assertThat(comparison.peer().totalSlackDays(tasks.get(2))).isEqualTo(2.0 + 2);
    // Z: held back to the project's start, as ours.
    assertThat(tasks.get(3).getEarlyStart()).isEqualTo(LocalDateTime.of(2027, 1, 4, 8, 0));
    assertThat(comparison.peer().totalSlackDays(tasks.get(3))).isEqualTo(2.0);
    // W: 2 working days before; its late start is Thursday 2027-01-07 for both.
    assertThat(ours.activities().get(4).earlyStartDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(ours.activities().get(4).totalFloat()).isEqualTo(3.0);
    assertThat(tasks.get(4).getLateStart()).isEqualTo(LocalDateTime.of(2027, 1, 7, 8, 0));
    assertThat(tasks.get(4).getEarlyStart()).isEqualTo(LocalDateTime.of(2026, 12, 30, 8, 0));
    assertThat(comparison.peer().totalSlackDays(tasks.get(4))).isEqualTo(3.0 + 2);
    // A, which the difference does not reach, agrees.
    assertThat(comparison.mismatches().stream().filter(m -> m.startsWith("A:"))).isEmpty();
  }

  @Test
  void reschedulingRecomputesTheSlack() {
    MpxjPeer peer = MpxjPeer.of(SchedulingBenchmark.layered(300, 100, new SplittableRandom(1)), LocalDate.of(2027, 1, 4), Calendars.france(), 2028);
    peer.schedule();
    List<Double> first = new ArrayList<>();
    for (Task task : peer.tasks()) {
      first.add(peer.totalSlackDays(task));
      assertThat(task.getCachedValue(TaskField.TOTAL_SLACK)).isNotNull();
    }

    peer.schedule();

    List<Double> second = new ArrayList<>();
    for (Task task : peer.tasks()) {
      assertThat(task.getCachedValue(TaskField.TOTAL_SLACK)).isNull();
      second.add(peer.totalSlackDays(task));
    }
    assertThat(second).isEqualTo(first);
  }

  /**
   * A network of every link type, with positive, zero and negative lags, a start-no-earlier-than
   * date on a Saturday, several links between the same two activities, and a span over the Easter,
   * May and summer holidays of 2027; no link's bound falls before the project's start.
   */
  private static List<Activity> handMade() {
    return List.of(
        activity("A", 5),
        activity("B", 3, Dependency.of("A", DependencyType.FINISH_TO_START, 2)),
        activity("C", 4, Dependency.of("A", DependencyType.START_TO_START, 1)),
        activity("D", 2, Dependency.of("B", DependencyType.FINISH_TO_FINISH, 1)),
        activity("E", 3, Dependency.of("C", DependencyType.START_TO_FINISH, 5)),
        activity("F", 4, Dependency.of("B", DependencyType.FINISH_TO_START, -2)),
        activity("G", 2, Dependency.of("D", DependencyType.START_TO_START, -1)),
        activity("H", 1, Dependency.of("E", DependencyType.FINISH_TO_FINISH, -1)),
        activity("I", 2, Dependency.of("F", DependencyType.START_TO_FINISH, -1)),
        activity("J", 60, Dependency.on("G"), Dependency.on("F"), Dependency.of("F", DependencyType.START_TO_START, 3)),
        Activity.builder().from(activity("K", 10, Dependency.of("J", DependencyType.START_TO_START, 30)))
            .startNoEarlierThan(LocalDate.of(2027, 4, 24))
            .build(),
        activity("L", 15, Dependency.of("J", DependencyType.FINISH_TO_FINISH, -3), Dependency.of("I", DependencyType.FINISH_TO_START, 0)),
        activity("M", 5, Dependency.on("K"), Dependency.on("L"), Dependency.of("H", DependencyType.START_TO_FINISH, 50)),
        activity("N", 20, Dependency.of("M", DependencyType.FINISH_TO_START, -5), Dependency.of("L", DependencyType.FINISH_TO_FINISH, 25)),
        activity("O", 40, Dependency.of("N", DependencyType.START_TO_START, -3), Dependency.of("C", DependencyType.FINISH_TO_START, 1)),
        activity("P", 1, Dependency.of("O", DependencyType.FINISH_TO_START, -1), Dependency.of("N", DependencyType.START_TO_FINISH, 2)),
        activity("Q", 7, Dependency.of("A", DependencyType.FINISH_TO_START, 0)));
  }

  private static Activity activity(String id, double days, Dependency... dependencies) {
    return Activity.builder().id(id).name("Activity " + id).kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.exactly(days)).addDependencies(dependencies).build();
  }

  private static void assertAgreement(List<Activity> activities, WorkingCalendar calendar) {
    Comparison comparison = compare(activities, calendar);
    assertThat(comparison.peer().finish().toLocalDate()).as("project finish date").isEqualTo(comparison.ours().finishDate());
    assertThat(comparison.peer().finish().toLocalTime()).as("project finish time").isEqualTo(DAY_END);
    assertThat(comparison.mismatches()).as("activities where MPXJ and we disagree").isEmpty();
  }

  /** Schedules the activities with both schedulers and lists every figure on which they differ. */
  private static Comparison compare(List<Activity> activities, WorkingCalendar calendar) {
    ProjectPlan plan = SchedulingBenchmark.plan(activities);
    Schedule ours = Scheduler.standard().schedule(plan, calendar);
    MpxjPeer peer = MpxjPeer.of(plan, calendar, ours.finishDate().getYear() + 1);
    peer.schedule();

    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      ScheduledActivity activity = ours.activities().get(i);
      Task task = peer.tasks().get(i);
      check(mismatches, activity, "early start", activity.earlyStartDate(), MpxjPeer.DAY_START, task.getEarlyStart());
      check(mismatches, activity, "early finish", activity.earlyFinishDate(), DAY_END, task.getEarlyFinish());
      check(mismatches, activity, "late start", activity.lateStartDate(), MpxjPeer.DAY_START, task.getLateStart());
      check(mismatches, activity, "late finish", activity.lateFinishDate(), DAY_END, task.getLateFinish());
      double slack = peer.totalSlackDays(task);
      if (Math.abs(slack - activity.totalFloat()) > FLOAT_TOLERANCE) {
        mismatches.add(activity.id() + ": total float " + activity.totalFloat() + " but MPXJ's total slack " + slack);
      }
    }
    return new Comparison(ours, peer, mismatches);
  }

  private static void check(List<String> mismatches, ScheduledActivity activity, String what, LocalDate ours, LocalTime time, LocalDateTime theirs) {
    if (theirs == null || !theirs.equals(ours.atTime(time))) {
      mismatches.add(activity.id() + ": " + what + " " + ours + " but MPXJ's " + theirs);
    }
  }

  private record Comparison(Schedule ours, MpxjPeer peer, List<String> mismatches) {}
}
