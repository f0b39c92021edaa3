package org.crmmethod.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.json.CrmJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code schedule}, {@code forecast}, {@code gap} and {@code report} on the reference plan: their
 * text shows the engines' figures, and their JSON reads back as the engines' own results.
 */
class CliCommandsTest {
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final CrmJson JSON = CrmJson.standard();

  @TempDir Path directory;
  private Path plan;

  @BeforeEach
  void writePlan() {
    plan = directory.resolve("plan.json");
    assertThat(PlannerRun.of("new", "--out", plan).exitCode()).isZero();
  }

  // ---- schedule ----

  @Test
  void schedule_text_showsTheDatesAndTheCriticalPath() {
    Schedule schedule = Scheduler.standard().schedule(PLAN);

    PlannerRun run = PlannerRun.of("schedule", plan);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(PLAN.name() + ": " + schedule.startDate() + " to " + schedule.finishDate() + ", "
            + Figures.days(schedule.durationWorkingDays()) + " working days on the FR calendar (most-likely estimates)")
        .contains("Critical path");
    for (ScheduledActivity critical : schedule.criticalPath()) {
      assertThat(run.out()).contains(critical.id() + " ", critical.activity().name());
    }
    assertThat(run.out()).doesNotContain("S-READY"); // not critical
  }

  @Test
  void schedule_all_listsEveryActivity() {
    PlannerRun run = PlannerRun.of("schedule", plan, "--all");

    assertThat(run.exitCode()).isZero();
    PLAN.activities().forEach(activity -> assertThat(run.out()).contains(activity.id() + " "));
  }

  @Test
  void schedule_json_isTheScheduleResultDocument() {
    PlannerRun run = PlannerRun.of("schedule", plan, "--format", "json", "--estimate", "pessimistic");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.read(run.out(), Schedule.class))
        .isEqualTo(Scheduler.builder().estimatePoint(EstimatePoint.PESSIMISTIC).build().schedule(PLAN));
  }

  @Test
  void schedule_dependencyCycle_isNotSound_andPointsToValidate() {
    PlannerRun.edit(plan, "\"dependencies\" : [ ]", "\"dependencies\" : [ { \"predecessor\" : \"S-GATE\" } ]");

    PlannerRun run = PlannerRun.of("schedule", plan);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(plan + ": ").contains("cycle", "crm-planner validate " + plan);
  }

  // ---- forecast ----

  @Test
  void forecast_text_showsThePercentilesAsDaysAndDates() {
    Forecast forecast = MonteCarloSimulator.builder().iterations(500).seed(1).build().forecast(PLAN);

    PlannerRun run = PlannerRun.of("forecast", plan, "--iterations", 500, "--seed", 1);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("500 iterations, seed 1, pert-beta durations")
        .containsPattern("P50 +" + Figures.days(forecast.p50()) + " +" + Figures.finishDate(PLAN, forecast.p50()))
        .containsPattern("P80 +" + Figures.days(forecast.p80()) + " ")
        .contains("What drives the finish", forecast.sensitivity().get(0).activityId());
    assertThat(run.err()).isEmpty(); // no console here, so no ticker
  }

  @Test
  void forecast_json_isTheForecastOfOneRunWithTheSeed() {
    PlannerRun run = PlannerRun.of("forecast", plan, "--iterations", 500, "--seed", 1, "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.read(run.out(), Forecast.class))
        .isEqualTo(MonteCarloSimulator.builder().iterations(500).seed(1).build().forecast(PLAN));
  }

  @Test
  void forecast_target_givesTheCredibility_inTextAndJson() {
    LocalDate target = LocalDate.of(2027, 12, 31);
    Credibility expected =
        Credibility.of(PLAN, target, MonteCarloSimulator.builder().iterations(500).seed(1).build());

    PlannerRun text = PlannerRun.of("forecast", plan, "-n", 500, "-s", 1, "--target", target);
    PlannerRun json = PlannerRun.of("forecast", plan, "-n", 500, "-s", 1, "--target", target, "--format", "json");

    assertThat(text.out())
        .contains("Target 2027-12-31: " + expected.workingDaysAvailable() + " working days available; "
            + "chance of finishing by then " + Figures.percent(expected.monteCarloProbability())
            + " by simulation, " + Figures.percent(expected.pertProbability()) + " by PERT.");
    assertThat(JSON.read(json.out(), Credibility.class)).isEqualTo(expected);
  }

  @Test
  void forecast_progress_reportsTheTimeOnStandardErrorOnly_andChangesNoFigure() {
    PlannerRun with = PlannerRun.of("forecast", plan, "-n", 500, "--progress", "--format", "json");
    PlannerRun without = PlannerRun.of("forecast", plan, "-n", 500, "--no-progress", "--format", "json");

    assertThat(with.err()).contains(plan + ": 500 iterations in ").endsWith(" s" + System.lineSeparator());
    assertThat(without.err()).isEmpty();
    assertThat(with.out()).isEqualTo(without.out());
  }

  @Test
  void forecast_badOptionValues_areUsageErrors() {
    PlannerRun none = PlannerRun.of("forecast", plan, "--iterations", 0);
    PlannerRun early = PlannerRun.of("forecast", plan, "--target", PharmaReferencePlan.START);
    PlannerRun notADate = PlannerRun.of("forecast", plan, "--target", "next year");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--iterations must be at least 1, but was 0");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("--target must be after the plan's start date (2027-01-04)");
    assertThat(notADate.exitCode()).isEqualTo(2);
    assertThat(notADate.err()).contains("'next year'");
  }

  // ---- gap ----

  @Test
  void gap_text_reportsTheAnalysisAndRecommendsGapsWithinTheBudget() {
    FitGapReport report = FitGapAnalyser.standard().analyse(PLAN.fitGap().orElseThrow());
    GapClosurePlan closure = GapClosureOptimiser.standard().recommend(PLAN.fitGap().orElseThrow());

    PlannerRun run = PlannerRun.of("gap", plan);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(report.degreeOfFit().describe())
        .contains("Must have", "Won't have this time", "R-KOL", "Specific development", "cannot be closed")
        .contains("Recommended within " + closure.budget() + ": close " + String.join(", ", closure.gapsToClose())
            + " for " + closure.cost());
  }

  @Test
  void gap_json_holdsTheFitGapReportAndTheGapClosurePlan() {
    PlannerRun run = PlannerRun.of("gap", plan, "--format", "json", "--budget", "150000");

    JsonNode both = JSON.mapper().readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(both.propertyNames()).containsExactly("fitGapReport", "gapClosurePlan");
    assertThat(JSON.read(both.get("fitGapReport").toString(), FitGapReport.class))
        .isEqualTo(FitGapAnalyser.standard().analyse(PLAN.fitGap().orElseThrow()));
    assertThat(JSON.read(both.get("gapClosurePlan").toString(), GapClosurePlan.class))
        .isEqualTo(GapClosureOptimiser.standard().recommend(PLAN.fitGap().orElseThrow(), Money.of(new BigDecimal("150000"), PLAN.fitGap().orElseThrow().budget().currency())));
  }

  @Test
  void gap_planWithoutAnalysis_isBadInputForThisCommand() {
    Path drawn = directory.resolve("retail.json");
    assertThat(PlannerRun.of("new", "--industry", "retail", "--out", drawn).exitCode()).isZero();

    PlannerRun run = PlannerRun.of("gap", drawn);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(drawn + ": the plan holds no fit-gap analysis");
  }

  // ---- report ----

  @Test
  void report_writesTheHtmlPageAndTheMermaidChart() throws IOException {
    Path html = directory.resolve("report.html");
    Path gantt = directory.resolve("gantt.mmd");

    PlannerRun run = PlannerRun.of("report", plan, "--out", html, "--mermaid", gantt, "-n", 500);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote " + html + ": open it in a browser.", "Wrote " + gantt);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains(PLAN.name()).endsWith("</html>\n");
    assertThat(Files.readString(gantt, StandardCharsets.UTF_8)).startsWith("gantt\n");
  }

  @Test
  void report_withoutOut_writesThePageToStandardOutput() {
    PlannerRun run = PlannerRun.of("report", plan, "-n", 500);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void report_unwritableOut_isBadInput() {
    Path html = directory.resolve("no-such-directory").resolve("report.html");

    PlannerRun run = PlannerRun.of("report", plan, "--out", html, "-n", 500);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(html + ": cannot be written");
  }
}
