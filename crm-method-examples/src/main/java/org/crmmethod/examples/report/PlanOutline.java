package org.crmmethod.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;

/**
 * The scheduled activities grouped as both Gantt charts show them: by phase, and within a phase in
 * sections, one for the phase's own activities and one for each lot rolled out in it.
 *
 * <p>Within a phase, sections come in the order they start (the phase's own section first on a
 * tie), so that a phase whose closing gate follows its lots shows it below them; within a section,
 * activities keep the plan's order. A lot that names no phase of the plan gets a group of its own,
 * after the plan's phases, so that no activity is left out of the chart.
 */
final class PlanOutline {
  private final List<PhaseGroup> phases;

  private PlanOutline(List<PhaseGroup> phases) {
    this.phases = phases;
  }

  /**
   * Groups a scheduled plan.
   *
   * @param plan the plan
   * @param schedule its schedule
   * @return the outline
   */
  static PlanOutline of(ProjectPlan plan, Schedule schedule) {
    Map<String, List<Section>> sectionsByPhase = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Phase phase : plan.phases()) {
      names.putIfAbsent(phase.id(), phase.name());
      List<Section> sections = sectionsByPhase.computeIfAbsent(phase.id(), id -> new ArrayList<>());
      if (!phase.activities().isEmpty()) {
        sections.add(new Section(phase.id(), phase.name(), false, scheduled(phase.activities(), schedule)));
      }
    }
    for (Lot lot : plan.lots()) {
      names.putIfAbsent(lot.phase(), "Phase '" + lot.phase() + "', which the plan does not hold");
      sectionsByPhase
          .computeIfAbsent(lot.phase(), id -> new ArrayList<>())
          .add(new Section(lot.id(), lot.name(), true, scheduled(lot.activities(), schedule)));
    }
    List<PhaseGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Section>> entry : sectionsByPhase.entrySet()) {
      List<Section> sections = new ArrayList<>(entry.getValue());
      // A stable sort: sections starting together keep the plan's order, the phase's own first.
      sections.sort(Comparator.comparingDouble(Section::earlyStart));
      groups.add(new PhaseGroup(entry.getKey(), names.get(entry.getKey()), List.copyOf(sections)));
    }
    return new PlanOutline(List.copyOf(groups));
  }

  /**
   * Tells whether both charts show an activity as a milestone, on the day it is reached: a gate
   * review, whatever its duration, or any activity of no duration.
   *
   * @param activity the scheduled activity
   * @return true for a milestone
   */
  static boolean isMilestone(ScheduledActivity activity) {
    return activity.duration() == 0 || activity.activity().kind() == ActivityKind.GATE_REVIEW;
  }

  private static List<ScheduledActivity> scheduled(List<Activity> activities, Schedule schedule) {
    List<ScheduledActivity> scheduled = new ArrayList<>(activities.size());
    for (Activity activity : activities) {
      schedule.activity(activity.id()).ifPresent(scheduled::add);
    }
    return List.copyOf(scheduled);
  }

  /**
   * Returns the phase groups, in the plan's order.
   *
   * @return the groups
   */
  List<PhaseGroup> phases() {
    return phases;
  }

  /**
   * The activities of one phase, in sections.
   *
   * @param id the phase's id
   * @param name the phase's name
   * @param sections the phase's own section, if it has activities, and one per lot, by start
   */
  record PhaseGroup(String id, String name, List<Section> sections) {

    /**
     * Returns the day the group's first activity starts.
     *
     * @return the earliest start date, or empty when the group has no activity
     */
    Optional<LocalDate> start() {
      return sections.stream().flatMap(section -> section.start().stream()).min(Comparator.naturalOrder());
    }

    /**
     * Returns the day the group's last activity finishes.
     *
     * @return the latest finish date, or empty when the group has no activity
     */
    Optional<LocalDate> finish() {
      return sections.stream().flatMap(section -> section.finish().stream()).max(Comparator.naturalOrder());
    }
  }

  /**
   * A phase's own activities, or a lot's.
   *
   * @param id the phase's or the lot's id
   * @param name its name
   * @param lot whether the section is a lot
   * @param activities its scheduled activities, in the plan's order
   */
  record Section(String id, String name, boolean lot, List<ScheduledActivity> activities) {

    /** The earliest start in working days, for ordering; sections with no work come last. */
    double earlyStart() {
      return activities.stream().mapToDouble(ScheduledActivity::earlyStart).min().orElse(Double.MAX_VALUE);
    }

    /**
     * Returns the day the section's first activity starts.
     *
     * @return the earliest start date, or empty when the section has no activity
     */
    Optional<LocalDate> start() {
      return activities.stream().map(ScheduledActivity::earlyStartDate).min(Comparator.naturalOrder());
    }

    /**
     * Returns the day the section's last activity finishes.
     *
     * @return the latest finish date, or empty when the section has no activity
     */
    Optional<LocalDate> finish() {
      return activities.stream().map(ScheduledActivity::earlyFinishDate).max(Comparator.naturalOrder());
    }
  }
}
