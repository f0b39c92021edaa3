package org.crmmethod.core.schedule;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkTimes;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * A plan scheduled by the critical-path method on its working calendar.
 *
 * <p>The schedule keeps its figures in flat arrays; {@link #activities()} and the other views
 * build {@link ScheduledActivity} values as they are read, so that a schedule of a million
 * activities costs little until it is looked at. A schedule is immutable and thread-safe.
 */
public final class Schedule {
  private static final double EPSILON = 1e-9;

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

  @Override
  public String toString() {
    return "Schedule[" + plan.id() + ", " + network.size() + " activities, " + durationWorkingDays()
        + " working days, " + startDate() + " to " + finishDate() + "]";
  }
}
