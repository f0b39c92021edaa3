package org.crmmethod.core.schedule;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkTimes;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * A plan scheduled by the critical-path method on its working calendar.
 *
 * <p>The schedule keeps its figures in flat arrays; {@link #activities()} and the other views
 * build {@link ScheduledActivity} values as they are read, so that a schedule of a million
 * activities costs little until it is looked at. A schedule is immutable and thread-safe.
 *
 * <p>A schedule is determined by its plan, its estimate point and its calendar: two schedules are
 * equal when these are, and {@link #restore} rebuilds a stored schedule from them.
 */
public final class Schedule {
  private static final double EPSILON = 1e-9;

  /** The components of a scheduled activity, by name, in the record's order. */
  private static final List<Map.Entry<String, Function<ScheduledActivity, Object>>> COMPONENTS =
      List.of(
          Map.entry("activity", ScheduledActivity::activity),
          Map.entry("duration", ScheduledActivity::duration),
          Map.entry("earlyStart", ScheduledActivity::earlyStart),
          Map.entry("earlyFinish", ScheduledActivity::earlyFinish),
          Map.entry("lateStart", ScheduledActivity::lateStart),
          Map.entry("lateFinish", ScheduledActivity::lateFinish),
          Map.entry("totalFloat", ScheduledActivity::totalFloat),
          Map.entry("freeFloat", ScheduledActivity::freeFloat),
          Map.entry("critical", ScheduledActivity::critical),
          Map.entry("earlyStartDate", ScheduledActivity::earlyStartDate),
          Map.entry("earlyFinishDate", ScheduledActivity::earlyFinishDate),
          Map.entry("lateStartDate", ScheduledActivity::lateStartDate),
          Map.entry("lateFinishDate", ScheduledActivity::lateFinishDate));

  private final ProjectPlan plan;
  private final EstimatePoint estimatePoint;
  private final ActivityNetwork network;
  private final double[] durations;
  private final NetworkTimes times;
  private final PreparedCalendar calendar;

  Schedule(
      ProjectPlan plan,
      EstimatePoint estimatePoint,
      ActivityNetwork network,
      double[] durations,
      NetworkTimes times,
      PreparedCalendar calendar) {
    this.plan = plan;
    this.estimatePoint = estimatePoint;
    this.network = network;
    this.durations = durations;
    this.times = times;
    this.calendar = calendar;
  }

  /**
   * Restores a stored schedule: schedules the plan again on the calendar at the estimate point, and
   * checks that the stored activities are exactly what that gives.
   *
   * <p>A schedule is a pure function of its plan, estimate point and calendar, so these three parts
   * are enough to rebuild it. The scheduled activities are what a stored schedule is read for
   * (their dates and floats), so they are stored too; checking them against the schedule computed
   * again means a stored schedule can neither drift from its plan nor be edited by hand into one
   * the plan does not give.
   *
   * @param plan the plan scheduled
   * @param estimatePoint the point of the estimates scheduled
   * @param calendar the working calendar the dates follow
   * @param activities the scheduled activities as {@link #activities()} returned them: one per
   *     activity of the plan, in plan order
   * @return the schedule, equal to the one whose parts were stored
   * @throws InvalidModelException when a part is missing, the plan cannot be scheduled (duplicate
   *     ids, a dependency cycle), or a stored activity differs from the one the plan gives; the
   *     message names the part, e.g. {@code activities.3.earlyStart} (the activity at position 3,
   *     from 0), with both values
   */
  public static Schedule restore(
      ProjectPlan plan,
      EstimatePoint estimatePoint,
      WorkingCalendar calendar,
      List<ScheduledActivity> activities) {
    present("plan", plan);
    present("estimatePoint", estimatePoint);
    present("calendar", calendar);
    present("activities", activities);
    Schedule schedule;
    try {
      schedule = Scheduler.builder().estimatePoint(estimatePoint).build().schedule(plan, calendar);
    } catch (SchedulingException failure) {
      throw new InvalidModelException(
          "Schedule",
          "plan",
          "'" + plan.id() + "'",
          "must be schedulable: " + failure.getMessage());
    }
    List<ScheduledActivity> expected = schedule.activities();
    if (activities.size() != expected.size()) {
      throw new InvalidModelException(
          "Schedule",
          "activities",
          activities.size() + " entries",
          "must hold one entry for each of the plan's " + expected.size() + " activities");
    }
    for (int index = 0; index < expected.size(); index++) {
      ScheduledActivity stored = activities.get(index);
      present("activities." + index, stored);
      ScheduledActivity wanted = expected.get(index);
      if (wanted.equals(stored)) {
        continue;
      }
      for (Map.Entry<String, Function<ScheduledActivity, Object>> component : COMPONENTS) {
        Object want = component.getValue().apply(wanted);
        Object have = component.getValue().apply(stored);
        if (!Objects.equals(want, have)) {
          String attribute = "activities." + index + "." + component.getKey();
          if (have instanceof Activity activity) {
            throw new InvalidModelException(
                "Schedule",
                attribute,
                "'" + activity.id() + "'",
                "must be the plan's activity '" + wanted.id() + "' exactly as the plan holds it");
          }
          throw new InvalidModelException(
              "Schedule",
              attribute,
              String.valueOf(have),
              "must be " + want + ", as the plan schedules activity '" + wanted.id() + "'");
        }
      }
    }
    return schedule;
  }

  private static void present(String attribute, Object value) {
    if (value == null) {
      throw new InvalidModelException("Schedule", attribute, "null", "must be given");
    }
  }

  /**
   * Returns the plan scheduled.
   *
   * @return the plan
   */
  public ProjectPlan plan() {
    return plan;
  }

  /**
   * Returns which point of the three-point estimates was scheduled.
   *
   * @return the estimate point
   */
  public EstimatePoint estimatePoint() {
    return estimatePoint;
  }

  /**
   * Returns the working calendar the schedule's dates follow.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar.calendar();
  }

  /**
   * Returns the day work starts: the first working day on or after the plan's start date.
   *
   * @return the start date
   */
  public LocalDate startDate() {
    return calendar.workingDay(0);
  }

  /**
   * Returns the project's length: the latest early finish.
   *
   * @return the duration, in working days
   */
  public double durationWorkingDays() {
    return times.projectFinish();
  }

  /**
   * Returns the last working day of the project.
   *
   * @return the finish date; the start date for a plan with no work
   */
  public LocalDate finishDate() {
    return finishDate(times.projectFinish());
  }

  /**
   * Returns every activity, in plan order (each phase's, then each lot's).
   *
   * @return the scheduled activities, built as they are read
   */
  public List<ScheduledActivity> activities() {
    return new AbstractList<>() {
      @Override
      public ScheduledActivity get(int index) {
        return scheduled(Objects.checkIndex(index, network.size()));
      }

      @Override
      public int size() {
        return network.size();
      }
    };
  }

  /**
   * Finds an activity by id.
   *
   * @param id the activity id
   * @return the scheduled activity, or empty when the plan has no activity with that id
   */
  public Optional<ScheduledActivity> activity(String id) {
    int node = network.node(id);
    return node < 0 ? Optional.empty() : Optional.of(scheduled(node));
  }

  /**
   * Returns the critical path: from the critical activity that finishes last back, through the
   * links that drive each start, to an activity nothing drives.
   *
   * @return the path, first activity to last
   */
  public List<ScheduledActivity> criticalPath() {
    return path(times.criticalPath());
  }

  /**
   * Returns up to a number of critical paths, when several chains of critical activities run side
   * by side.
   *
   * @param limit the most paths to return, at least 1
   * @return the paths, each first activity to last
   * @throws IllegalArgumentException when the limit is below 1
   */
  public List<List<ScheduledActivity>> criticalPaths(int limit) {
    List<List<ScheduledActivity>> paths = new ArrayList<>();
    for (int[] path : times.criticalPaths(limit)) {
      paths.add(path(path));
    }
    return paths;
  }

  private List<ScheduledActivity> path(int[] nodes) {
    List<ScheduledActivity> path = new ArrayList<>(nodes.length);
    for (int node : nodes) {
      path.add(scheduled(node));
    }
    return List.copyOf(path);
  }

  private ScheduledActivity scheduled(int node) {
    double duration = durations[node];
    return new ScheduledActivity(
        network.activity(node),
        duration,
        times.earlyStart(node),
        times.earlyFinish(node),
        times.lateStart(node),
        times.lateFinish(node),
        times.totalFloat(node),
        times.freeFloat(node),
        times.isCritical(node),
        duration > 0 ? startDate(times.earlyStart(node)) : finishDate(times.earlyFinish(node)),
        finishDate(times.earlyFinish(node)),
        duration > 0 ? startDate(times.lateStart(node)) : finishDate(times.lateFinish(node)),
        finishDate(times.lateFinish(node)));
  }

  /** The working day a start falls on: a fractional start belongs to the day it falls in. */
  private LocalDate startDate(double start) {
    return calendar.workingDay((int) Math.floor(start + EPSILON));
  }

  /**
   * The last working day occupied by something finishing at {@code finish}; a milestone (or a
   * finish at day 0) falls on the working day before its finish offset, as the day it is reached.
   */
  private LocalDate finishDate(double finish) {
    int last = (int) Math.ceil(finish - EPSILON) - 1;
    return calendar.workingDay(Math.max(0, last));
  }

  /**
   * Tells whether another schedule has the same plan, estimate point and calendar, and hence the
   * same figures.
   *
   * @param other the object compared
   * @return true when it is an equal schedule
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Schedule that
        && estimatePoint == that.estimatePoint
        && plan.equals(that.plan)
        && calendar().equals(that.calendar());
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, estimatePoint, calendar());
  }

  @Override
  public String toString() {
    return "Schedule[" + plan.id() + ", " + network.size() + " activities, " + durationWorkingDays()
        + " working days, " + startDate() + " to " + finishDate() + "]";
  }
}
