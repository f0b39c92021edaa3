package org.crmmethod.core.schedule;

import java.time.LocalDate;
import org.crmmethod.core.plan.Activity;

/**
 * One activity of a {@link Schedule}: its early and late dates, its floats and whether it is
 * critical.
 *
 * <p>Times are in working days from the project's start: an activity with early start 0 and
 * duration 5 occupies working days 0 to 4 and has early finish 5. Dates are working days of the
 * calendar: a start date is the working day the activity starts on, a finish date the last working
 * day it occupies; a milestone's dates are both the working day it is reached on.
 *
 * @param activity the planned activity
 * @param duration the duration scheduled, in working days
 * @param earlyStart the earliest start, in working days from the project's start
 * @param earlyFinish the earliest finish, in working days from the project's start
 * @param lateStart the latest start that does not delay the project, in working days
 * @param lateFinish the latest finish that does not delay the project, in working days
 * @param totalFloat how far the activity can slip without delaying the project, in working days
 * @param freeFloat how far it can slip without delaying any successor, in working days
 * @param critical whether its total float is zero
 * @param earlyStartDate the day it starts at the earliest
 * @param earlyFinishDate the last day it occupies at the earliest
 * @param lateStartDate the day it starts at the latest
 * @param lateFinishDate the last day it occupies at the latest
 */
public record ScheduledActivity(
    Activity activity,
    double duration,
    double earlyStart,
    double earlyFinish,
    double lateStart,
    double lateFinish,
    double totalFloat,
    double freeFloat,
    boolean critical,
    LocalDate earlyStartDate,
    LocalDate earlyFinishDate,
    LocalDate lateStartDate,
    LocalDate lateFinishDate) {

  /**
   * Returns the activity's id.
   *
   * @return the id
   */
  public String id() {
    return activity.id();
  }
}
