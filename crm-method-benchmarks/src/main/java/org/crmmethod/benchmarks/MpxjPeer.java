package org.crmmethod.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.EstimatePoint;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * The peer of our scheduler in the benchmarks: the same activities as an MPXJ {@link ProjectFile},
 * scheduled by MPXJ's own critical-path scheduler, {@link MicrosoftScheduler}, which mimics
 * Microsoft Project.
 *
 * <p>The conversion keeps the network as it is:
 *
 * <ul>
 *   <li>one auto-scheduled, fixed-duration task per activity, in plan order, named by the
 *       activity's id, with the most likely point of its estimate as its duration in days (actual
 *       duration 0, remaining duration the whole duration, as the scheduler requires);
 *   <li>one relation per dependency, of the same type (FS, SS, FF, SF) and lag, in working days;
 *   <li>a start-no-earlier-than date as a {@link ConstraintType#START_NO_EARLIER_THAN} constraint at
 *       8:00 on the first working day on or after it;
 *   <li>a project calendar equal to ours: the same working days of the week with 8 working hours
 *       (8:00-12:00 and 13:00-17:00, MPXJ's default 480 minutes a day, so that a day of duration or
 *       lag is one working day), and every holiday of the years the schedule spans as a non-working
 *       calendar exception; the generic calendar has none;
 *   <li>the project start at 8:00 on the plan's start date.
 * </ul>
 *
 * <p>Everything is a {@link LocalDateTime}: MPXJ's scheduler works in local date-times and reads no
 * default time zone or locale.
 *
 * <p>{@link #schedule()} runs a new {@link MicrosoftScheduler} on the project; MPXJ writes the early
 * and late dates into the tasks and computes each task's total slack (the smaller of its start and
 * finish slack, counted in working time on the calendar) when it is first read. Scheduling again
 * first clears every task's dates, which also drops the slack MPXJ had cached from them.
 */
public final class MpxjPeer {
  /** The time a working day starts in the MPXJ calendar. */
  public static final LocalTime DAY_START = LocalTime.of(8, 0);

  private final ProjectFile file;
  private final ProjectCalendar calendar;
  private final List<Task> tasks;
  private final LocalDateTime start;

  private MpxjPeer(ProjectFile file, ProjectCalendar calendar, List<Task> tasks, LocalDateTime start) {
    this.file = file;
    this.calendar = calendar;
    this.tasks = Collections.unmodifiableList(tasks);
    this.start = start;
  }

  /**
   * Converts a plan's activities, starting on the plan's start date.
   *
   * @param plan the plan
   * @param workingCalendar the working calendar the plan is scheduled on
   * @param lastYear the last year whose holidays the MPXJ calendar holds; at least the year of the
   *     schedule's finish
   * @return the peer, not yet scheduled
   */
  public static MpxjPeer of(ProjectPlan plan, WorkingCalendar workingCalendar, int lastYear) {
    return of(plan.activities(), plan.context().startDate(), workingCalendar, lastYear);
  }

  /**
   * Converts activities into an MPXJ project.
   *
   * @param activities the activities, with unique ids
   * @param startDate the project's start date
   * @param workingCalendar the working calendar to copy into MPXJ
   * @param lastYear the last year whose holidays the MPXJ calendar holds; at least the year of the
   *     schedule's finish
   * @return the peer, not yet scheduled
   * @throws IllegalArgumentException when a dependency names an unknown activity or two activities
   *     share an id
   */
  public static MpxjPeer of(List<Activity> activities, LocalDate startDate, WorkingCalendar workingCalendar, int lastYear) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(workingCalendar, "workingCalendar");
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = calendar(file, workingCalendar, startDate.getYear(), lastYear);
    file.setDefaultCalendar(calendar);
    LocalDateTime start = startDate.atTime(DAY_START);
    file.getProjectProperties().setStartDate(start);

    List<Task> tasks = new ArrayList<>(activities.size());
    Map<String, Task> byId = new HashMap<>(activities.size() * 2);
    for (Activity activity : activities) {
      Task task = file.addTask();
      task.setName(activity.id());
      task.setType(TaskType.FIXED_DURATION);
      Duration duration = Duration.getInstance(EstimatePoint.MOST_LIKELY.of(activity.estimate()), TimeUnit.DAYS);
      task.setDuration(duration);
      task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
      task.setRemainingDuration(duration);
      if (activity.startNoEarlierThan().isPresent()) {
        task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        task.setConstraintDate(calendar.getNextWorkStart(activity.startNoEarlierThan().get().atStartOfDay()));
      }
      if (byId.put(activity.id(), task) != null) {
        throw new IllegalArgumentException("two activities have the id " + activity.id());
      }
      tasks.add(task);
    }
    for (int i = 0; i < activities.size(); i++) {
      Task successor = tasks.get(i);
      for (Dependency dependency : activities.get(i).dependencies()) {
        Task predecessor = byId.get(dependency.predecessor());
        if (predecessor == null) {
          throw new IllegalArgumentException(
              activities.get(i).id() + " depends on the unknown activity " + dependency.predecessor());
        }
        successor.addPredecessor(
            new Relation.Builder()
                .predecessorTask(predecessor)
                .type(relationType(dependency.type()))
                .lag(Duration.getInstance(dependency.lagDays(), TimeUnit.DAYS)));
      }
    }
    return new MpxjPeer(file, calendar, tasks, start);
  }

  /**
   * Schedules the project with MPXJ's {@link MicrosoftScheduler}, from the project start.
   *
   * @throws IllegalStateException when MPXJ cannot schedule the project (a cycle, a task without
   *     duration)
   */
  public void schedule() {
    try {
      new MicrosoftScheduler().schedule(file, start);
    } catch (CpmException e) {
      throw new IllegalStateException("MPXJ could not schedule the project: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the MPXJ project.
   *
   * @return the project file
   */
  public ProjectFile file() {
    return file;
  }

  /**
   * Returns the MPXJ calendar every task is scheduled on (the project's default calendar).
   *
   * @return the calendar
   */
  public ProjectCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the tasks, one per activity, in the order of the activities.
   *
   * @return the tasks
   */
  public List<Task> tasks() {
    return tasks;
  }

  /**
   * Returns the project start given to the scheduler.
   *
   * @return the start, at {@link #DAY_START}
   */
  public LocalDateTime start() {
    return start;
  }

  /**
   * Returns the project's finish once scheduled: the latest early finish of its tasks.
   *
   * @return the finish, a date-time at the end of the last working period occupied
   * @throws IllegalStateException when the project has not been scheduled
   */
  public LocalDateTime finish() {
    LocalDateTime finish = null;
    for (Task task : tasks) {
      LocalDateTime earlyFinish = task.getEarlyFinish();
      if (earlyFinish == null) {
        throw new IllegalStateException("the project has not been scheduled: " + task.getName() + " has no early finish");
      }
      if (finish == null || earlyFinish.isAfter(finish)) {
        finish = earlyFinish;
      }
    }
    return finish == null ? start : finish;
  }

  /**
   * Returns a task's total slack, as MPXJ computes it, in working days.
   *
   * @param task a task of this project, scheduled
   * @return the total slack, in days of the project's 480 working minutes
   */
  public double totalSlackDays(Task task) {
    Duration slack = task.getTotalSlack();
    if (slack.getUnits() != TimeUnit.DAYS) {
      slack = slack.convertUnits(TimeUnit.DAYS, file.getProjectProperties());
    }
    return slack.getDuration();
  }

  /**
   * Builds the MPXJ calendar: the working days of the week with MPXJ's default 8-hour day, the
   * other days without hours, and each holiday of the years from {@code firstYear} to {@code
   * lastYear} as a non-working exception (a calendar exception without working hours).
   */
  private static ProjectCalendar calendar(ProjectFile file, WorkingCalendar workingCalendar, int firstYear, int lastYear) {
    ProjectCalendar calendar = file.addCalendar();
    calendar.setName(workingCalendar.name());
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean working = workingCalendar.workingDays().contains(day);
      calendar.setWorkingDay(day, working);
      ProjectCalendarHours hours = calendar.addCalendarHours(day);
      if (working) {
        hours.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
        hours.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
      }
    }
    for (int year = firstYear; year <= lastYear; year++) {
      for (LocalDate holiday : workingCalendar.holidaysIn(year)) {
        calendar.addCalendarException(holiday);
      }
    }
    return calendar;
  }

  private static RelationType relationType(DependencyType type) {
    return switch (type) {
      case FINISH_TO_START -> RelationType.FINISH_START;
      case START_TO_START -> RelationType.START_START;
      case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
      case START_TO_FINISH -> RelationType.START_FINISH;
    };
  }
}
