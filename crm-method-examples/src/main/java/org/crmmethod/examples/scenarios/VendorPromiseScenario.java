package org.crmmethod.examples.scenarios;

import static org.crmmethod.core.method.MethodFact.F06;
import static org.crmmethod.core.method.MethodFact.F11;
import static org.crmmethod.core.method.MethodFact.F20;
import static org.crmmethod.core.method.MethodFact.F28;
import static org.crmmethod.examples.scenarios.ScenarioText.days;
import static org.crmmethod.examples.scenarios.ScenarioText.finishDate;
import static org.crmmethod.examples.scenarios.ScenarioText.months;
import static org.crmmethod.examples.scenarios.ScenarioText.percent;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ProjectScope;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.examples.TextTable;

/**
 * "Your CRM live in 90 days": a vendor's promise held against the method (F11). The reference plan
 * of the pharmaceutical laboratory is given the promised date as its target; the validator's F11
 * rules say what such a date can cover, the forecast says how likely it is (Monte Carlo and PERT),
 * and a plan squeezed to fit the promise shows what gives way.
 *
 * <pre>
 * mvn -q -pl crm-method-examples -am compile exec:java \
 *     -Dexec.mainClass=org.crmmethod.examples.scenarios.VendorPromiseScenario
 * </pre>
 */
public final class VendorPromiseScenario {
  /** The number of Monte Carlo iterations of each forecast. */
  static final int ITERATIONS = 2_000;
  /** The seed of the forecasts. */
  static final long SEED = 90;
  /** The vendor's promise, in calendar days from the start. */
  static final int PROMISED_DAYS = 90;

  private VendorPromiseScenario() {}

  /**
   * Prints the scenario to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    ScenarioText text = ScenarioText.to(out);
    Method method = StagedMethod.definition();
    ProjectPlan reference = PharmaReferencePlan.plan();
    LocalDate start = reference.context().startDate();
    LocalDate promised = start.plusDays(PROMISED_DAYS);
    ProjectPlan plan = withTarget(reference, promised);
    MonteCarloSimulator simulator = MonteCarloSimulator.builder().iterations(ITERATIONS).seed(SEED).build();
    TimelineNorms norms = method.timelineNorms().orElseThrow();

    text.title("\"Your CRM live in 90 days\": a vendor's promise against the method");
    text.line("%s starts its CRM programme on %s. A vendor promises it live in %d days: by %s.",
        plan.context().company(), start, PROMISED_DAYS, promised);
    text.line("The plan the method builds is the catalogue's reference plan (%s), with the promise as its target finish.",
        plan.id());

    text.section(1, "What the method says", F11);
    text.line("\"%s\" %s states these norms for a full implementation:", method.name(), method.version());
    text.bullet("about %s months in all", days(norms.nominalMonths()));
    text.bullet("not credibly under %s months", days(norms.credibleMinimumMonths()));
    text.bullet("within %d days, a plan covers at most the physical deployment of the package with a pre-configured integration",
        norms.physicalDeploymentOnlyDays());
    Schedule schedule = Scheduler.standard().schedule(plan);
    text.line("The reference plan's critical path, at the most likely estimates: %s to %s, %s working days (%s months).",
        schedule.startDate(), schedule.finishDate(), days(schedule.durationWorkingDays()), months(schedule.durationWorkingDays()));

    validationSection(text, plan, method, start);
    probabilitySection(text, plan, simulator, schedule, promised);
    coverageSection(text, plan, method, schedule, promised);
    squeezedSection(text, reference, method, simulator, schedule, promised);
  }

  // ---- 2. Validation ----

  private static void validationSection(ScenarioText text, ProjectPlan plan, Method method, LocalDate start) {
    text.section(2, "The validator on the promised date", F11);
    ValidationReport report = Validator.standard().validate(plan, method);
    text.line("%s", report.render().lines().findFirst().orElseThrow());
    for (Finding finding : report.byFact(MethodFact.F11)) {
      text.bullet("%s", finding.render().replace(System.lineSeparator(), System.lineSeparator() + "  "));
    }
    text.line("The same plan with other target dates, and what the two F11 rules say of each:");
    TextTable targets = TextTable.withHeaders("Target finish", "Calendar days", "F11 findings");
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("90 days", start.plusDays(PROMISED_DAYS));
    dates.put("6 months", start.plusMonths(6));
    dates.put("9 months", start.plusMonths(9));
    dates.put("12 months", start.plusMonths(12));
    for (Map.Entry<String, LocalDate> target : dates.entrySet()) {
      List<Finding> f11 = Validator.standard().validate(withTarget(plan, target.getValue()), method).byFact(MethodFact.F11);
      targets.addRow(target.getKey() + " (" + target.getValue() + ")", ChronoUnit.DAYS.between(start, target.getValue()),
          f11.isEmpty() ? "none" : f11.stream().map(f -> f.severity() + " " + f.ruleId()).collect(Collectors.joining(", ")));
    }
    text.table(targets);
  }

  // ---- 3. Probability ----

  private static void probabilitySection(
      ScenarioText text, ProjectPlan plan, MonteCarloSimulator simulator, Schedule schedule, LocalDate promised) {
    text.section(3, "How likely is the date?", F11);
    Credibility promise = Credibility.of(plan, promised, simulator);
    text.line("Up to %s the %s calendar holds %d working days; the plan's work needs %s at the most likely estimates.",
        promised, plan.context().calendar(), promise.workingDaysAvailable(), days(schedule.durationWorkingDays()));
    text.line("Chance to finish by %s: %s by Monte Carlo (%,d iterations, seed %d), %s by PERT's normal approximation.",
        promised, percent(promise.monteCarloProbability(), 2), promise.forecast().iterations(), promise.forecast().seed(),
        percent(promise.pertProbability(), 2));
    text.line("The shortest of the %,d simulated projects took %s working days, %s times the days the promise leaves.",
        promise.forecast().iterations(), days(promise.forecast().minimum()),
        String.format(Locale.ROOT, "%.1f", promise.forecast().minimum() / promise.workingDaysAvailable()));
    LocalDate start = plan.context().startDate();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("the promise", promised);
    dates.put("6 months", start.plusMonths(6));
    dates.put("9 months", start.plusMonths(9));
    dates.put("the forecast's P80", finishDate(plan, promise.forecast().p80()));
    dates.put("12 months", start.plusMonths(12));
    TextTable table = TextTable.withHeaders("Target finish", "Working days", "Monte Carlo", "PERT");
    for (Map.Entry<String, LocalDate> date : dates.entrySet()) {
      Credibility credibility = date.getValue().equals(promised) ? promise : Credibility.of(plan, date.getValue(), simulator);
      table.addRow(date.getValue() + " (" + date.getKey() + ")", credibility.workingDaysAvailable(),
          percent(credibility.monteCarloProbability(), 1), percent(credibility.pertProbability(), 1));
    }
    text.table(table);
    text.line("The forecast's P80 falls on %s: about %s months, as the method's %s months lead one to expect.",
        finishDate(plan, promise.forecast().p80()), months(promise.forecast().p80()),
        days(StagedMethod.TIMELINE_NORMS.nominalMonths()));
  }

  // ---- 4. What 90 days cover ----

  private static void coverageSection(
      ScenarioText text, ProjectPlan plan, Method method, Schedule schedule, LocalDate promised) {
    text.section(4, "What the plan has reached by the promised date", F11, F28);
    for (Phase phase : plan.phases()) {
      List<ScheduledActivity> work = phaseWork(plan, schedule, phase);
      LocalDate first = work.stream().map(ScheduledActivity::earlyStartDate).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = work.stream().map(ScheduledActivity::earlyFinishDate).max(LocalDate::compareTo).orElseThrow();
      String state = !last.isAfter(promised) ? "done by then"
          : first.isAfter(promised) ? "not started" : "under way";
      text.bullet("%s (%s to %s): %s", phase.name(), first, last, state);
    }
    Optional<ScheduledActivity> firstIt = schedule.activities().stream()
        .filter(a -> a.activity().kind().isItWork())
        .min((a, b) -> Double.compare(a.earlyStart(), b.earlyStart()));
    firstIt.ifPresent(it -> text.line("The first IT work, %s '%s', starts on %s: the project starts with strategy and ends with IT (F28).",
        it.id(), it.activity().name(), it.earlyStartDate()));
    Lot lot = plan.lots().get(0);
    ScheduledActivity configuration = schedule.activity(lot.workstreams().get(0).id()).orElseThrow();
    ScheduledActivity goLive = schedule.activity(lot.cutOver().orElseThrow().activity().id()).orElseThrow();
    double deployment = goLive.earlyFinish() - configuration.earlyStart();
    text.line("The physical deployment of the first lot alone, from configuration to go-live, takes %s working days"
            + " (about %s calendar days).", days(deployment), Math.round(deployment * 7 / 5));
    text.line("That is what %d days can buy (F11). A plan that covers only that says so with its scope:", PROMISED_DAYS);
    ProjectPlan deploymentOnly = ProjectPlan.builder().from(plan)
        .context(ProjectContext.builder().from(plan.context()).scope(ProjectScope.PHYSICAL_DEPLOYMENT_ONLY).build())
        .build();
    List<Finding> f11 = Validator.standard().validate(deploymentOnly, method).byFact(MethodFact.F11);
    text.bullet("scope %s, target %s: %d F11 finding(s)", ProjectScope.PHYSICAL_DEPLOYMENT_ONLY, promised, f11.size());
  }

  // ---- 5. A plan squeezed into 90 days ----

  private static void squeezedSection(
      ScenarioText text, ProjectPlan reference, Method method, MonteCarloSimulator simulator, Schedule schedule,
      LocalDate promised) {
    text.section(5, "The vendor's plan: the same work squeezed into 90 days", F06, F11, F20, F28);
    int available = ScenarioText.workingDaysThrough(reference, promised);
    double factor = Math.floor(100.0 * (available - 1) / schedule.durationWorkingDays()) / 100;
    ProjectPlan squeezed = squeeze(withTarget(reference, promised), factor);
    Schedule squeezedSchedule = Scheduler.standard().schedule(squeezed);
    text.line("Every estimate and every lag times %s: %s to %s, %s working days, within the %d available.",
        factor, squeezedSchedule.startDate(), squeezedSchedule.finishDate(),
        days(squeezedSchedule.durationWorkingDays()), available);
    ValidationReport report = Validator.standard().validate(squeezed, method);
    text.line("%s", report.render().lines().findFirst().orElseThrow());
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
    TextTable table = TextTable.withHeaders("Rule", "Severity", "Facts", "Findings", "First of them");
    for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
      Finding first = rule.getValue().get(0);
      table.addRow(rule.getKey(), first.severity(), first.facts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
          rule.getValue().size(), first.path());
    }
    text.table(table);
    for (Finding finding : report.byFact(MethodFact.F11)) {
      text.bullet("%s at %s: %s", finding.ruleId(), finding.path(), finding.message());
    }
    Credibility squeezedPromise = Credibility.of(squeezed, promised, simulator);
    text.line("On paper the squeezed plan meets the date in %s of the simulations; but its phases are far shorter than",
        percent(squeezedPromise.monteCarloProbability(), 0));
    text.line("the method's (F06-F10), its IT work starts before the readiness questions that hold it back are settled");
    text.line("(F28) and its lots are accepted before four weeks of real use (F20): it is not the same project.");
  }

  // ---- Helpers ----

  private static ProjectPlan withTarget(ProjectPlan plan, LocalDate target) {
    return ProjectPlan.builder().from(plan)
        .context(ProjectContext.builder().from(plan.context()).targetFinish(target).build())
        .build();
  }

  private static List<ScheduledActivity> phaseWork(ProjectPlan plan, Schedule schedule, Phase phase) {
    List<String> ids = new ArrayList<>();
    phase.activities().forEach(a -> ids.add(a.id()));
    plan.lots().stream().filter(l -> l.phase().equals(phase.id())).forEach(l -> l.activities().forEach(a -> ids.add(a.id())));
    return schedule.activities().stream().filter(a -> ids.contains(a.id())).toList();
  }

  /** The plan with every estimate and every dependency lag multiplied by a factor. */
  private static ProjectPlan squeeze(ProjectPlan plan, double factor) {
    List<Phase> phases = new ArrayList<>();
    for (Phase phase : plan.phases()) {
      phases.add(Phase.builder().from(phase).activities(phase.activities().stream().map(a -> squeeze(a, factor)).toList()).build());
    }
    List<Lot> lots = new ArrayList<>();
    for (Lot lot : plan.lots()) {
      Lot.Builder squeezed = Lot.builder().from(lot)
          .workstreams(lot.workstreams().stream().map(a -> squeeze(a, factor)).toList());
      lot.preAcceptance().ifPresent(s -> squeezed.preAcceptance(PreAcceptance.builder().from(s).activity(squeeze(s.activity(), factor)).build()));
      lot.training().ifPresent(s -> squeezed.training(Training.builder().from(s).activity(squeeze(s.activity(), factor)).build()));
      lot.cutOver().ifPresent(s -> squeezed.cutOver(CutOver.builder().from(s).activity(squeeze(s.activity(), factor)).build()));
      lot.hypercare().ifPresent(s -> squeezed.hypercare(Hypercare.builder().from(s).activity(squeeze(s.activity(), factor)).build()));
      lot.finalAcceptance().ifPresent(s -> squeezed.finalAcceptance(FinalAcceptance.builder().from(s).activity(squeeze(s.activity(), factor)).build()));
      lots.add(squeezed.build());
    }
    return ProjectPlan.builder().from(plan).id(plan.id() + "-90-days").phases(phases).lots(lots).build();
  }

  private static Activity squeeze(Activity activity, double factor) {
    ThreePointEstimate estimate = activity.estimate();
    List<Dependency> dependencies = activity.dependencies().stream()
        .map(d -> Dependency.of(d.predecessor(), d.type(), d.lagDays() * factor)).toList();
    return Activity.builder().from(activity)
        .estimate(ThreePointEstimate.of(estimate.optimistic() * factor, estimate.mostLikely() * factor, estimate.pessimistic() * factor))
        .dependencies(dependencies)
        .build();
  }
}
