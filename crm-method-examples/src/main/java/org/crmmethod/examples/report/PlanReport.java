package org.crmmethod.examples.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;

/**
 * A plan's report: a self-contained HTML page and a Mermaid Gantt chart of its schedule.
 *
 * <p>This first version is a placeholder that fixes the API the command-line planner calls: the
 * page lists the activities with their early dates and the chart draws them. The full report
 * (validation, forecast, fit-gap) replaces it without changing the signatures.
 */
public final class PlanReport {
  private final ProjectPlan plan;
  private final Method method;
  private final Schedule schedule;

  private PlanReport(ProjectPlan plan, Method method, Schedule schedule) {
    this.plan = plan;
    this.method = method;
    this.schedule = schedule;
  }

  /**
   * Prepares the report of a plan.
   *
   * @param plan the plan
   * @param method the method the plan follows
   * @param iterations the Monte Carlo iterations of the report's forecast, at least 1
   * @param seed the forecast's seed
   * @param target a target finish date whose credibility the report assesses, if any
   * @return the report
   * @throws IllegalArgumentException when the plan cannot be scheduled (a dependency cycle, a
   *     reference to no activity, an unknown calendar) or {@code iterations} is below 1
   */
  public static PlanReport of(
      ProjectPlan plan, Method method, int iterations, long seed, Optional<LocalDate> target) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, but was " + iterations);
    }
    return new PlanReport(plan, method, Scheduler.standard().schedule(plan));
  }

  /**
   * Renders the report as one HTML page that needs nothing else: no script, style sheet or image
   * is loaded from elsewhere.
   *
   * @return the HTML text
   */
  public String html() {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(plan.name()))
        .append("</title>\n</head>\n<body>\n<h1>")
        .append(escape(plan.name()))
        .append("</h1>\n<p>")
        .append(escape(plan.context().company()))
        .append(", following ")
        .append(escape(method.name()))
        .append(": ")
        .append(schedule.startDate())
        .append(" to ")
        .append(schedule.finishDate())
        .append("</p>\n<table>\n<tr><th>Activity</th><th>Name</th><th>Start</th><th>Finish</th></tr>\n");
    for (ScheduledActivity activity : schedule.activities()) {
      page.append("<tr><td>")
          .append(escape(activity.id()))
          .append("</td><td>")
          .append(escape(activity.activity().name()))
          .append("</td><td>")
          .append(activity.earlyStartDate())
          .append("</td><td>")
          .append(activity.earlyFinishDate())
          .append("</td></tr>\n");
    }
    return page.append("</table>\n</body>\n</html>\n").toString();
  }

  /**
   * Renders the schedule as a Mermaid Gantt chart, one task per activity at its early dates.
   *
   * @return the chart's text, starting with {@code gantt}
   */
  public String mermaidGantt() {
    StringBuilder chart = new StringBuilder("gantt\n");
    chart.append("  title ").append(mermaidText(plan.name())).append('\n');
    chart.append("  dateFormat YYYY-MM-DD\n");
    chart.append("  section Activities\n");
    for (ScheduledActivity activity : schedule.activities()) {
      chart.append("  ").append(mermaidText(activity.activity().name())).append(" :");
      if (activity.duration() == 0) {
        chart.append("milestone, ").append(activity.earlyStartDate()).append(", 0d\n");
      } else {
        // Mermaid's end date is exclusive; the schedule's finish is the last working day.
        chart.append(activity.earlyStartDate()).append(", ").append(activity.earlyFinishDate().plusDays(1)).append('\n');
      }
    }
    return chart.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // A colon ends a task's name and a '#' starts an entity or comment in Mermaid.
  private static String mermaidText(String text) {
    return text.replace(':', ' ').replace('#', ' ').replace(';', ',').strip();
  }
}
