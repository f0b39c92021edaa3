package org.crmmethod.examples.report;

import java.util.regex.Pattern;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.examples.report.PlanOutline.PhaseGroup;
import org.crmmethod.examples.report.PlanOutline.Section;

/**
 * Writes the schedule as a Mermaid Gantt chart: a {@code gantt} block with the plan's name as
 * title, one section per phase's own activities and per lot, in the order of {@link PlanOutline},
 * and one task per activity with its id and its early start and finish dates.
 *
 * <p>The dates are the scheduler's: a task runs from the working day it starts on to the last
 * working day it occupies, which {@code inclusiveEndDates} tells Mermaid to draw as included.
 * Critical activities are tagged {@code crit}; gates and other activities of no duration are
 * {@code milestone}s on the day they are reached. Mermaid reads {@code :} as the end of a task's
 * name and {@code #} and {@code ;} as the start of an entity or of another statement, so names lose
 * them ({@link #sanitise}).
 */
final class MermaidGantt {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MermaidGantt() {}

  /**
   * Writes the chart.
   *
   * @param plan the plan
   * @param outline its scheduled activities by phase and lot
   * @return the Mermaid text, lines ending with a line feed
   */
  static String of(ProjectPlan plan, PlanOutline outline) {
    StringBuilder text = new StringBuilder(4096);
    text.append("gantt\n");
    text.append("    title ").append(sanitise(plan.name())).append('\n');
    text.append("    dateFormat YYYY-MM-DD\n");
    text.append("    axisFormat %Y-%m\n");
    text.append("    inclusiveEndDates\n");
    for (PhaseGroup phase : outline.phases()) {
      for (Section section : phase.sections()) {
        String title = section.lot()
            ? sanitise(section.name()) + " (" + section.id() + ")"
            : sanitise(section.name());
        text.append("    section ").append(title).append('\n');
        for (ScheduledActivity activity : section.activities()) {
          task(activity, text);
        }
      }
    }
    return text.toString();
  }

  private static void task(ScheduledActivity activity, StringBuilder text) {
    boolean milestone = PlanOutline.isMilestone(activity);
    text.append("    ").append(sanitise(activity.activity().name())).append(" :");
    if (activity.critical()) {
      text.append("crit, ");
    }
    if (milestone) {
      text.append("milestone, ").append(activity.id()).append(", ").append(activity.earlyFinishDate()).append(", 0d");
    } else {
      text.append(activity.id()).append(", ").append(activity.earlyStartDate()).append(", ")
          .append(activity.earlyFinishDate());
    }
    text.append('\n');
  }

  /**
   * Makes a name safe for a Mermaid title, section or task: a colon becomes a dash, {@code #}
   * becomes {@code No.}, a semicolon a comma, {@code %%} (a comment) a single {@code %}, and line
   * breaks and runs of white space one space.
   *
   * @param name the name
   * @return the safe name, never blank
   */
  static String sanitise(String name) {
    String safe = name.replace(":", " -").replace("#", "No.").replace(";", ",");
    while (safe.contains("%%")) {
      safe = safe.replace("%%", "%");
    }
    safe = SPACES.matcher(safe).replaceAll(" ").strip();
    return safe.isEmpty() ? "-" : safe;
  }
}
