package org.crmmethod.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;

/**
 * The schedule's part of the page: a sentence on the schedule and its critical path, the Gantt
 * chart, and every activity's dates and floats in a table folded under the chart.
 */
final class ScheduleSection {

  private ScheduleSection() {}

  /**
   * Writes the section.
   *
   * @param page where to write
   * @param report the report
   */
  static void write(Markup page, PlanReport report) {
    ProjectPlan plan = report.plan();
    page.open("section", "id", "schedule", "class", "part");
    page.element("h2", "Schedule");
    if (report.schedule().value().isEmpty()) {
      page.element("p", "The plan cannot be scheduled: " + report.schedule().problem(), "class", "problem");
      page.close("section");
      return;
    }
    Schedule schedule = report.schedule().value().get();
    List<String> path = new ArrayList<>();
    for (ScheduledActivity activity : schedule.criticalPath()) {
      path.add(activity.id());
    }
    long critical = schedule.activities().stream().filter(ScheduledActivity::critical).count();
    page.element("p", "Critical-path schedule of " + schedule.activities().size() + " activities with their most likely"
        + " durations, on calendar " + plan.context().calendar() + ": from " + schedule.startDate() + " to "
        + schedule.finishDate() + ", " + Figures.workingDays(schedule.durationWorkingDays()) + " working days. "
        + critical + " activities have no float; the critical path runs " + String.join(" → ", path) + ".",
        "class", "lead");
    page.open("div", "class", "scroll");
    GanttChart.draw(page, "Gantt chart of " + plan.name(), PlanOutline.of(plan, schedule), schedule, plan.statusDate(),
        report.target());
    page.close("div");
    activityTable(page, schedule);
    page.close("section");
  }

  private static void activityTable(Markup page, Schedule schedule) {
    page.open("details");
    page.element("summary", "Dates and floats of the " + schedule.activities().size() + " activities");
    page.open("table", "class", "activities");
    page.open("thead").open("tr");
    page.element("th", "Activity").element("th", "Name").element("th", "Kind");
    page.element("th", "Early start").element("th", "Early finish").element("th", "Late start").element("th", "Late finish");
    page.element("th", "Duration (wd)", "class", "number").element("th", "Total float (wd)", "class", "number");
    page.element("th", "Free float (wd)", "class", "number").element("th", "Critical");
    page.close("tr").close("thead");
    page.open("tbody");
    for (ScheduledActivity activity : schedule.activities()) {
      page.open("tr", "class", activity.critical() ? "critical" : "float", "data-activity", activity.id());
      page.open("td").element("code", activity.id()).close("td");
      page.element("td", activity.activity().name());
      page.element("td", Figures.words(activity.activity().kind()));
      page.element("td", activity.earlyStartDate().toString(), "class", "date");
      page.element("td", activity.earlyFinishDate().toString(), "class", "date");
      page.element("td", activity.lateStartDate().toString(), "class", "date");
      page.element("td", activity.lateFinishDate().toString(), "class", "date");
      page.element("td", Figures.workingDays(activity.duration()), "class", "number");
      page.element("td", Figures.workingDays(activity.totalFloat()), "class", "number");
      page.element("td", Figures.workingDays(activity.freeFloat()), "class", "number");
      page.open("td");
      if (activity.critical()) {
        page.element("span", "critical", "class", "badge critical");
      }
      page.close("td");
      page.close("tr");
    }
    page.close("tbody");
    page.close("table");
    page.close("details");
  }
}
