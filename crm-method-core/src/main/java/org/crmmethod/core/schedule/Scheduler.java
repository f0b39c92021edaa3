package org.crmmethod.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkTimes;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Schedules plans by the critical-path method.
 *
 * <p>The scheduler takes one point of each activity's three-point estimate ({@link
 * EstimatePoint#MOST_LIKELY} unless told otherwise), honours the four dependency types with their
 * lags (negative lags overlap), every activity's start-no-earlier-than date and the project's start
 * date, and lays the result on the plan's working calendar, found by the id in its context. It is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Schedule schedule = Scheduler.standard().schedule(plan);
 * schedule.finishDate();
 * schedule.criticalPath();
 * }</pre>
 */
public final class Scheduler {
  private static final Scheduler STANDARD = builder().build();

  private final EstimatePoint estimatePoint;
  private final Function<String, Optional<WorkingCalendar>> calendars;

  private Scheduler(EstimatePoint estimatePoint, Function<String, Optional<WorkingCalendar>> calendars) {
    this.estimatePoint = estimatePoint;
    this.calendars = calendars;
  }

  /**
   * Returns the scheduler of most likely durations on the built-in calendars ({@link Calendars}).
   *
   * @return the standard scheduler
   */
  public static Scheduler standard() {
    return STANDARD;
  }

  /**
   * Starts building a scheduler.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Schedules a plan on the calendar its context names.
   *
   * @param plan the plan
   * @return the schedule
   * @throws SchedulingException when the calendar is unknown, two activities share an id, or the
   *     dependencies form a cycle (the message names the cycle)
   */
  public Schedule schedule(ProjectPlan plan) {
    Objects.requireNonNull(plan, "plan");
    String id = plan.context().calendar();
    WorkingCalendar calendar =
        calendars
            .apply(id)
            .orElseThrow(
                () -> new SchedulingException(
                    "context.calendar: no working calendar is known by the id '" + id + "'", List.of()));
    return schedule(plan, calendar);
  }

  /**
   * Schedules a plan on a given calendar, whatever its context names.
   *
   * @param plan the plan
   * @param calendar the working calendar
   * @return the schedule
   * @throws SchedulingException when two activities share an id or the dependencies form a cycle
   */
  public Schedule schedule(ProjectPlan plan, WorkingCalendar calendar) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(calendar, "calendar");
    ActivityNetwork network = ActivityNetwork.compile(plan.activities());
    if (!network.duplicateNodes().isEmpty()) {
      String id = network.activity(network.duplicateNodes().get(0)).id();
      throw new SchedulingException(
          "activities: the id '" + id + "' is used by more than one activity; a schedule needs unique ids", List.of());
    }
    if (!network.isAcyclic()) {
      List<String> descriptions = new ArrayList<>();
      for (List<String> cycle : network.cycles()) {
        descriptions.add(String.join(" -> ", cycle));
      }
      throw new SchedulingException(
          "activities: the dependencies form a cycle, so the plan cannot be scheduled: " + String.join("; ", descriptions),
          network.cycles());
    }
    LocalDate start = plan.context().startDate();
    double[] durations = new double[network.size()];
    double[] earliestStarts = null;
    LocalDate latestConstraint = start;
    for (int node = 0; node < network.size(); node++) {
      Activity activity = network.activity(node);
      durations[node] = estimatePoint.of(activity.estimate());
      if (activity.startNoEarlierThan().isPresent() && activity.startNoEarlierThan().get().isAfter(latestConstraint)) {
        latestConstraint = activity.startNoEarlierThan().get();
      }
    }
    if (latestConstraint.isAfter(start)) {
      PreparedCalendar span = calendar.prepare(start, latestConstraint);
      earliestStarts = new double[network.size()];
      for (int node = 0; node < network.size(); node++) {
        Optional<LocalDate> notBefore = network.activity(node).startNoEarlierThan();
        if (notBefore.isPresent() && notBefore.get().isAfter(start)) {
          earliestStarts[node] = span.workingDaysBefore(notBefore.get());
        }
      }
    }
    NetworkTimes times = network.analyse(durations, earliestStarts);
    return new Schedule(plan, estimatePoint, network, durations, times, prepare(calendar, start, times.projectFinish()));
  }

  /**
   * Prepares the calendar over enough days to hold the schedule's last working day: the weeks the
   * working days need, a tenth more for holidays, and a little more again if that fell short.
   */
  private static PreparedCalendar prepare(WorkingCalendar calendar, LocalDate start, double finish) {
    long workingDays = (long) Math.ceil(finish) + 1;
    long span = workingDays * 7 * 11 / (10L * calendar.workingDays().size()) + 60;
    while (true) {
      PreparedCalendar prepared = calendar.prepare(start, start.plusDays(span));
      if (prepared.workingDayCount() > workingDays) {
        return prepared;
      }
      span += span / 4;
    }
  }

  /** Builds {@link Scheduler}s. */
  public static final class Builder {
    private EstimatePoint estimatePoint = EstimatePoint.MOST_LIKELY;
    private Function<String, Optional<WorkingCalendar>> calendars = Calendars::byId;

    private Builder() {}

    /**
     * Sets which point of the estimates to schedule.
     *
     * @param estimatePoint the point; {@link EstimatePoint#MOST_LIKELY} unless set
     * @return this builder
     */
    public Builder estimatePoint(EstimatePoint estimatePoint) {
      this.estimatePoint = Objects.requireNonNull(estimatePoint, "estimatePoint");
      return this;
    }

    /**
     * Sets how calendar ids are resolved, e.g. to add a company's own calendars to the built-ins.
     *
     * @param calendars a lookup from calendar id to calendar; {@link Calendars#byId} unless set
     * @return this builder
     */
    public Builder calendars(Function<String, Optional<WorkingCalendar>> calendars) {
      this.calendars = Objects.requireNonNull(calendars, "calendars");
      return this;
    }

    /**
     * Builds the scheduler.
     *
     * @return the scheduler
     */
    public Scheduler build() {
      return new Scheduler(estimatePoint, calendars);
    }
  }
}
