package org.crmmethod.examples.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;

/**
 * A plan's report: what the library's engines say of the plan, as one self-contained HTML page and
 * as a Mermaid Gantt chart.
 *
 * <p>{@link #of} runs the engines once: the standard validator against the method, the standard
 * scheduler (most likely durations, on the plan's calendar), a seeded Monte Carlo simulation, and,
 * when the plan holds them, the readiness scorer and the fit-gap analyser with the gap-closure
 * optimiser. A plan under edit may not be schedulable (a dependency cycle, an unknown calendar); its
 * report then says why instead of showing the schedule and the forecast, and still shows the
 * findings that name the fault.
 *
 * <pre>{@code
 * PlanReport report = PlanReport.of(plan, method, 10_000, 1, Optional.empty());
 * Files.writeString(Path.of("report.html"), report.html());
 * Files.writeString(Path.of("gantt.mmd"), report.mermaidGantt());
 * }</pre>
 *
 * <p>The output depends only on the plan, the method, the iterations, the seed and the target: the
 * page holds no time of generation, so that the same inputs give the same bytes. A report is
 * immutable and thread-safe.
 */
public final class PlanReport {
  private final ProjectPlan plan;
  private final Method method;
  private final int iterations;
  private final long seed;
  private final Optional<LocalDate> target;
  private final ValidationReport validation;
  private final Attempt<Schedule> schedule;
  private final Attempt<Forecast> forecast;
  private final Optional<FinishDates> dates;
  private final Optional<TargetOdds> odds;
  private final Optional<ReadinessQuestionnaire> questionnaire;
  private final Optional<Attempt<ReadinessReport>> readiness;
  private final Optional<Attempt<FitGapReport>> fitGap;
  private final Optional<Attempt<GapClosurePlan>> closure;

  private PlanReport(ProjectPlan plan, Method method, int iterations, long seed, Optional<LocalDate> target) {
    this.plan = plan;
    this.method = method;
    this.iterations = iterations;
    this.seed = seed;
    this.target = target;
    MonteCarloSimulator simulator = MonteCarloSimulator.builder().iterations(iterations).seed(seed).build();
    this.validation = Validator.standard().validate(plan, method);
    this.schedule = Attempt.of(() -> Scheduler.standard().schedule(plan));
    this.forecast = schedule.value().isPresent()
        ? Attempt.of(() -> simulator.forecast(plan))
        : Attempt.failed("The plan cannot be forecast because it cannot be scheduled.");
    if (schedule.value().isPresent() && forecast.value().isPresent()) {
      Schedule scheduled = schedule.value().get();
      Forecast simulated = forecast.value().get();
      LocalDate start = plan.context().startDate();
      FinishDates finishDates = FinishDates.of(
          scheduled.calendar(),
          start,
          Math.max(simulated.maximum(), scheduled.durationWorkingDays()),
          target.orElse(start));
      this.dates = Optional.of(finishDates);
      this.odds = target.filter(finishDates::covers).map(date -> {
        int available = finishDates.workingDaysThrough(date);
        return new TargetOdds(date, available, simulated.probabilityWithin(available));
      });
    } else {
      this.dates = Optional.empty();
      this.odds = Optional.empty();
    }
    Optional<ReadinessAssessment> assessment = plan.readiness();
    this.questionnaire = assessment.flatMap(answers -> ReadinessCatalogue.byId(answers.questionnaire()));
    this.readiness = assessment.map(answers -> questionnaire
        .map(known -> Attempt.of(() -> ReadinessScorer.standard().score(known, answers)))
        .orElseGet(() -> Attempt.failed("The assessment names the questionnaire '" + answers.questionnaire()
            + "', which the library does not hold, so it cannot be scored.")));
    Optional<FitGapAnalysis> analysis = plan.fitGap();
    this.fitGap = analysis.map(gaps -> Attempt.of(() -> FitGapAnalyser.standard().analyse(gaps)));
    this.closure = analysis.map(gaps -> Attempt.of(() -> GapClosureOptimiser.standard().recommend(gaps)));
  }

  /**
   * Computes a plan's report.
   *
   * @param plan the plan
   * @param method the method the plan is validated against
   * @param iterations the number of Monte Carlo iterations, at least 1
   * @param seed the seed of the simulation
   * @param target a target finish date whose probability to show; when empty, the plan's own
   *     {@code context().targetFinish()}, if it has one
   * @return the report
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code iterations} is below 1
   */
  public static PlanReport of(
      ProjectPlan plan, Method method, int iterations, long seed, Optional<LocalDate> target) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1 but was " + iterations);
    }
    return new PlanReport(plan, method, iterations, seed, target.or(() -> plan.context().targetFinish()));
  }

  /**
   * Returns the report as one HTML page that needs nothing else: styles and charts (SVG) are
   * inline, there is no script, and nothing is fetched from the network. The markup is also
   * well-formed XML.
   *
   * @return the page, in UTF-8 characters, from {@code <!DOCTYPE html>} on
   */
  public String html() {
    return ReportPage.of(this);
  }

  /**
   * Returns the schedule as a Mermaid Gantt chart: sections per phase and lot, one task per
   * activity with its id and dates, {@code crit} on the critical ones, gates as milestones.
   *
   * @return the Mermaid text, starting {@code gantt}; for a plan that cannot be scheduled, a chart
   *     with its title and a comment saying why
   */
  public String mermaidGantt() {
    if (schedule.value().isEmpty()) {
      return "gantt\n    title " + MermaidGantt.sanitise(plan.name()) + "\n    dateFormat YYYY-MM-DD\n    %% "
          + MermaidGantt.sanitise(schedule.problem()) + "\n";
    }
    return MermaidGantt.of(plan, PlanOutline.of(plan, schedule.value().get()));
  }

  // ---- What the page's parts read ----

  ProjectPlan plan() {
    return plan;
  }

  Method method() {
    return method;
  }

  int iterations() {
    return iterations;
  }

  long seed() {
    return seed;
  }

  Optional<LocalDate> target() {
    return target;
  }

  ValidationReport validation() {
    return validation;
  }

  Attempt<Schedule> schedule() {
    return schedule;
  }

  Attempt<Forecast> forecast() {
    return forecast;
  }

  Optional<FinishDates> dates() {
    return dates;
  }

  Optional<TargetOdds> odds() {
    return odds;
  }

  Optional<ReadinessQuestionnaire> questionnaire() {
    return questionnaire;
  }

  Optional<Attempt<ReadinessReport>> readiness() {
    return readiness;
  }

  Optional<Attempt<FitGapReport>> fitGap() {
    return fitGap;
  }

  Optional<Attempt<GapClosurePlan>> closure() {
    return closure;
  }

  @Override
  public String toString() {
    return "PlanReport[" + plan.id() + ", " + iterations + " iterations, seed " + seed + "]";
  }
}
