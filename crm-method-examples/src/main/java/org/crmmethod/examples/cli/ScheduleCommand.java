package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.examples.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schedule}: the plan's critical-path schedule on its working calendar. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Schedules a plan: dates and critical path.",
    description = {
      "Schedules a plan by the critical-path method on the working calendar its context names, "
          + "and prints its dates and its critical path (--all: every activity).",
      "--format json writes the Schedule result document."
    })
final class ScheduleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PlanInput input;
  @Mixin OutputFormat.Choice output;

  @Option(
      names = "--estimate",
      paramLabel = "POINT",
      defaultValue = "most-likely",
      description = "Which point of each three-point estimate to schedule: optimistic, "
          + "most-likely, pessimistic or pert-mean (default: ${DEFAULT-VALUE}).")
  EstimatePoint estimate = EstimatePoint.MOST_LIKELY;

  @Option(names = "--all", description = "List every activity, not only the critical path.")
  boolean all;

  @Override
  public Integer call() {
    ProjectPlan plan = input.plan();
    Schedule schedule =
        Engines.run(input.planFile, () -> Scheduler.builder().estimatePoint(estimate).build().schedule(plan));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.print(Documents.document(schedule));
    } else {
      out.printf(
          "%s: %s to %s, %s working days on the %s calendar (%s estimates)%n%n",
          plan.name(),
          schedule.startDate(),
          schedule.finishDate(),
          Figures.days(schedule.durationWorkingDays()),
          schedule.calendar().id(),
          EnumNames.name(estimate));
      List<ScheduledActivity> rows = all ? schedule.activities() : schedule.criticalPath();
      out.println(all ? "Activities" : "Critical path");
      TextTable table = TextTable.withHeaders("Activity", "Name", "Start", "Finish", "Days", "Float", "Critical");
      for (ScheduledActivity activity : rows) {
        table.addRow(
            activity.id(),
            activity.activity().name(),
            activity.earlyStartDate(),
            activity.earlyFinishDate(),
            Figures.days(activity.duration()),
            Figures.days(activity.totalFloat()),
            activity.critical() ? "yes" : "");
      }
      out.print(table.render());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
