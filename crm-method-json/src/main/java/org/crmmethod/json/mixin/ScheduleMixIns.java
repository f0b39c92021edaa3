package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import tools.jackson.databind.JacksonModule.SetupContext;

/**
 * The wire format of schedules: {@code org.crmmethod.core.schedule}.
 *
 * <ul>
 *   <li>A {@link Schedule} is a document: {@code schemaVersion} first, then what determines it,
 *       {@code plan}, {@code estimatePoint} and {@code calendar} (the plan and the calendar nested
 *       in their own formats, the plan with its own version), followed by its {@code activities}:
 *       the scheduled activities a stored schedule is read for, one per activity of the plan, in
 *       plan order. Reading schedules the plan again ({@link
 *       Schedule#restore}) and refuses the document if a stored activity is not exactly the one the
 *       plan gives, naming it, e.g. {@code /activities/3/earlyStart}. The start and finish dates,
 *       the duration and the critical paths are derived and not written.
 *   <li>A {@link ScheduledActivity} is written by its record components, its planned activity
 *       nested in full; the id it answers is that activity's and not written again. Times are
 *       finite numbers of working days, dates ISO-8601 strings.
 * </ul>
 */
final class ScheduleMixIns {
  private ScheduleMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(Schedule.class, ScheduleMixIn.class);
    context.setMixIn(ScheduledActivity.class, ScheduledActivityMixIn.class);
  }

  @VersionedDocument
  @JsonPropertyOrder({"plan", "estimatePoint", "calendar", "activities"})
  abstract static class ScheduleMixIn extends ValueMixIn {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Schedule restore(
        @JsonProperty("plan") ProjectPlan plan,
        @JsonProperty("estimatePoint") EstimatePoint estimatePoint,
        @JsonProperty("calendar") WorkingCalendar calendar,
        @JsonProperty("activities") @JsonSetter(contentNulls = Nulls.FAIL)
            List<ScheduledActivity> activities) {
      throw new AssertionError("a mix-in is never called");
    }

    @JsonProperty("plan")
    abstract ProjectPlan plan();

    @JsonProperty("estimatePoint")
    abstract EstimatePoint estimatePoint();

    @JsonProperty("calendar")
    abstract WorkingCalendar calendar();

    @JsonProperty("activities")
    abstract List<ScheduledActivity> activities();
  }

  @JsonPropertyOrder({
    "activity",
    "duration",
    "earlyStart",
    "earlyFinish",
    "lateStart",
    "lateFinish",
    "totalFloat",
    "freeFloat",
    "critical",
    "earlyStartDate",
    "earlyFinishDate",
    "lateStartDate",
    "lateFinishDate"
  })
  abstract static class ScheduledActivityMixIn extends RecordMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("duration")
    @FiniteDouble
    abstract double duration();

    @JsonProperty("earlyStart")
    @FiniteDouble
    abstract double earlyStart();

    @JsonProperty("earlyFinish")
    @FiniteDouble
    abstract double earlyFinish();

    @JsonProperty("lateStart")
    @FiniteDouble
    abstract double lateStart();

    @JsonProperty("lateFinish")
    @FiniteDouble
    abstract double lateFinish();

    @JsonProperty("totalFloat")
    @FiniteDouble
    abstract double totalFloat();

    @JsonProperty("freeFloat")
    @FiniteDouble
    abstract double freeFloat();

    @JsonProperty("critical")
    abstract boolean critical();

    @JsonProperty("earlyStartDate")
    abstract LocalDate earlyStartDate();

    @JsonProperty("earlyFinishDate")
    abstract LocalDate earlyFinishDate();

    @JsonProperty("lateStartDate")
    abstract LocalDate lateStartDate();

    @JsonProperty("lateFinishDate")
    abstract LocalDate lateFinishDate();
  }
}
