package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.examples.report.ReportPlans.reference;
import static org.crmmethod.examples.report.ReportPlans.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.junit.jupiter.api.Test;

/** Reads the Mermaid chart back line by line with a small grammar of the statements it may hold. */
class MermaidGanttTest {
  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final Pattern TITLE = Pattern.compile(" {4}title [^#;\\n]+");
  private static final Pattern SECTION = Pattern.compile(" {4}section [^:#;\\n]+");
  private static final Pattern TASK = Pattern.compile(
      " {4}(?<name>[^:#;\\n]+) :(?<crit>crit, )?(?<milestone>milestone, )?(?<id>[A-Za-z0-9][A-Za-z0-9._-]*), "
          + "(?<start>" + DATE + "), (?<end>" + DATE + "|0d)");
  private static final Pattern COMMENT = Pattern.compile(" {4}%% [^\\n]*");

  @Test
  void mermaid_everyLineIsAStatementOfTheGrammar() {
    List<String> lines = report(reference()).mermaidGantt().lines().toList();

    assertThat(lines.get(0)).isEqualTo("gantt");
    assertThat(lines.get(1)).matches(TITLE);
    assertThat(lines.subList(2, 5)).containsExactly("    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m", "    inclusiveEndDates");
    for (String line : lines.subList(5, lines.size())) {
      assertThat(SECTION.matcher(line).matches() || TASK.matcher(line).matches()).as(line).isTrue();
    }
    assertThat(lines.get(5)).matches(SECTION);
  }

  @Test
  void mermaid_oneTaskPerActivityWithTheSchedulesDatesAndCritExactlyOnCriticalOnes() {
    ProjectPlan plan = reference();
    Schedule schedule = Scheduler.standard().schedule(plan);
    Map<String, Matcher> tasks = tasks(report(plan).mermaidGantt());

    assertThat(tasks.keySet()).containsExactlyInAnyOrderElementsOf(plan.activities().stream().map(Activity::id).toList());
    for (ScheduledActivity activity : schedule.activities()) {
      Matcher task = tasks.get(activity.id());
      assertThat(task.group("crit") != null).as(activity.id()).isEqualTo(activity.critical());
      boolean milestone = activity.duration() == 0;
      assertThat(task.group("milestone") != null).as(activity.id()).isEqualTo(milestone);
      LocalDate start = LocalDate.parse(task.group("start"));
      if (milestone) {
        assertThat(start).isEqualTo(activity.earlyFinishDate());
        assertThat(task.group("end")).isEqualTo("0d");
      } else {
        assertThat(start).isEqualTo(activity.earlyStartDate());
        assertThat(LocalDate.parse(task.group("end"))).isEqualTo(activity.earlyFinishDate()).isAfterOrEqualTo(start);
      }
      assertThat(activity.activity().name()).startsWith(task.group("name").split(" - ")[0]);
    }
  }

  @Test
  void mermaid_sectionsPerPhaseAndLot() {
    List<String> sections = report(reference()).mermaidGantt().lines().filter(line -> line.startsWith("    section ")).toList();

    assertThat(sections).containsExactly(
        "    section Phase 1 - strategy",
        "    section Phase 2 - change management and audit",
        "    section Phase 3 - specifications",
        "    section Analytical CRM (LOT-1)",
        "    section Sales force automation (LOT-2)",
        "    section Phase 4 - deployment");
  }

  @Test
  void mermaid_namesLoseWhatMermaidCannotRead() {
    ProjectPlan plan = ReportPlans.withActivityName("S-BUD", "Budget: lot #2; 50%% done\nnow");
    Map<String, Matcher> tasks = tasks(report(plan).mermaidGantt());

    assertThat(tasks.get("S-BUD").group("name")).isEqualTo("Budget - lot No.2, 50% done now");
  }

  @Test
  void mermaid_ofAPlanThatCannotBeScheduledSaysWhy() {
    List<String> lines = report(ReportPlans.withCycle()).mermaidGantt().lines().toList();

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("gantt");
    assertThat(lines.get(1)).matches(TITLE);
    assertThat(lines.get(3)).matches(COMMENT).contains("cycle");
  }

  @Test
  void sanitise_neverBlank() {
    assertThat(MermaidGantt.sanitise(" ;; ")).isEqualTo(",,");
    assertThat(MermaidGantt.sanitise("\n\t")).isEqualTo("-");
  }

  private static Map<String, Matcher> tasks(String mermaid) {
    Map<String, Matcher> tasks = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : mermaid.lines().toList()) {
      Matcher task = TASK.matcher(line);
      if (task.matches() && tasks.put(task.group("id"), task) != null) {
        duplicates.add(task.group("id"));
      }
    }
    assertThat(duplicates).isEmpty();
    return tasks;
  }
}
