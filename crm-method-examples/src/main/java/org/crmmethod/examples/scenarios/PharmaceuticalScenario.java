package org.crmmethod.examples.scenarios;

import static org.crmmethod.core.method.MethodFact.F01;
import static org.crmmethod.core.method.MethodFact.F02;
import static org.crmmethod.core.method.MethodFact.F03;
import static org.crmmethod.core.method.MethodFact.F04;
import static org.crmmethod.core.method.MethodFact.F05;
import static org.crmmethod.core.method.MethodFact.F06;
import static org.crmmethod.core.method.MethodFact.F07;
import static org.crmmethod.core.method.MethodFact.F08;
import static org.crmmethod.core.method.MethodFact.F09;
import static org.crmmethod.core.method.MethodFact.F10;
import static org.crmmethod.core.method.MethodFact.F11;
import static org.crmmethod.core.method.MethodFact.F21;
import static org.crmmethod.core.method.MethodFact.F22;
import static org.crmmethod.core.method.MethodFact.F23;
import static org.crmmethod.core.method.MethodFact.F24;
import static org.crmmethod.core.method.MethodFact.F25;
import static org.crmmethod.core.method.MethodFact.F26;
import static org.crmmethod.core.method.MethodFact.F27;
import static org.crmmethod.core.method.MethodFact.F28;
import static org.crmmethod.core.method.MethodFact.F29;
import static org.crmmethod.core.method.MethodFact.F30;
import static org.crmmethod.core.method.MethodFact.F31;
import static org.crmmethod.core.method.MethodFact.F32;
import static org.crmmethod.core.method.MethodFact.F33;
import static org.crmmethod.examples.scenarios.ScenarioText.days;
import static org.crmmethod.examples.scenarios.ScenarioText.figure;
import static org.crmmethod.examples.scenarios.ScenarioText.finishDate;
import static org.crmmethod.examples.scenarios.ScenarioText.money;
import static org.crmmethod.examples.scenarios.ScenarioText.months;
import static org.crmmethod.examples.scenarios.ScenarioText.percent;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.Gap;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.LotStep;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.examples.TextTable;

/**
 * A pharmaceutical laboratory's CRM project end to end with the staged method: the catalogue's
 * reference plan, its organisation, the readiness assessment, the fit-gap analysis, the choice of
 * the start module, validation, the schedule and a Monte Carlo forecast of the finish date.
 *
 * <p>Every section is headed with the facts of the method it shows (F01-F11, F21-F33). The
 * forecast is seeded, so the text is the same on every run.
 *
 * <pre>
 * mvn -q -pl crm-method-examples -am compile exec:java \
 *     -Dexec.mainClass=org.crmmethod.examples.scenarios.PharmaceuticalScenario
 * </pre>
 */
public final class PharmaceuticalScenario {
  /** The number of Monte Carlo iterations: enough for stable percentiles, quick to run. */
  static final int ITERATIONS = 2_000;
  /** The seed of the forecast, so that every run prints the same figures. */
  static final long SEED = 2027;
  /** The tighter budget the gap-closure optimiser is asked about besides the analysis' own. */
  static final Money TIGHT_BUDGET = Money.of("150000", "EUR");

  private PharmaceuticalScenario() {}

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
    ProjectPlan plan = PharmaReferencePlan.plan();
    Method method = StagedMethod.definition();

    text.title("A pharmaceutical laboratory, end to end with the staged method");
    text.line("%s: \"%s\" (%s)", plan.context().company(), plan.name(), plan.id());
    text.line("Method \"%s\" %s, %s project; starts %s on the %s calendar; budget %s",
        method.name(), method.version(), plan.context().approach().name().toLowerCase(Locale.ROOT),
        plan.context().startDate(), plan.context().calendar(), money(plan.context().budget()));
    text.line("Modules in scope: %s", plan.context().modules().stream().map(CrmModule::label)
        .collect(Collectors.joining(", ")));
    plan.context().legacySystem().ifPresent(legacy -> text.line("Replaces: %s (%s)", legacy.name(), risks(legacy)));

    planSection(text, plan, method);
    organisationSection(text, plan);
    readinessSection(text, plan);
    fitGapSection(text, plan);
    startModuleSection(text, plan);
    validationSection(text, plan, method);
    Schedule schedule = scheduleSection(text, plan, method);
    forecastSection(text, plan, schedule);
  }

  // ---- 1. The plan ----

  private static void planSection(ScenarioText text, ProjectPlan plan, Method method) {
    text.section(1, "The staged plan from the catalogue", F05, F06, F07, F08, F09, F10);
    text.line("PharmaReferencePlan follows the staged method: four phases, each closed by a quality gate (F05).");
    TextTable phases = TextTable.withHeaders("#", "Phase", "Method's duration", "Activities", "Closed by", "Decided by");
    int position = 1;
    for (Phase phase : plan.phases()) {
      PhaseTemplate template = method.phase(phase.template().orElseThrow()).orElseThrow();
      QualityGate gate = method.gate(template.exitGate().orElseThrow()).orElseThrow();
      int lotActivities = plan.lots().stream().filter(lot -> lot.phase().equals(phase.id()))
          .mapToInt(lot -> lot.activities().size()).sum();
      phases.addRow(position++, phase.name(),
          template.typicalDuration().describe() + (template.extensible() ? " or more" : ""),
          phase.activities().size() + lotActivities, gate.name(),
          method.role(gate.approvingRole()).orElseThrow().name());
    }
    text.table(phases);
    PhaseTemplate specification = method.phase(StagedMethod.SPECIFICATION).orElseThrow();
    text.line("Phase 2 is the decisive one and may take longer (F07). Phase 3 may loop back to %s;"
            + " a reopened decision is reported to %s (F09).",
        specification.mayLoopBackTo().orElseThrow(),
        method.role(specification.reopeningsReportTo().orElseThrow()).orElseThrow().name());
    text.line();
    text.line("Phase 4 rolls out in lots, each with its workstreams in parallel, then its steps:");
    TextTable lots = TextTable.withHeaders("Lot", "Name", "Workstreams", "Steps");
    for (Lot lot : plan.lots()) {
      lots.addRow(lot.id(), lot.name(), lot.workstreams().size(),
          lot.steps().stream().map(LotStep::activity).map(a -> a.kind().name()).collect(Collectors.joining(" > ")));
    }
    text.table(lots);
  }

  // ---- 2. Organisation ----

  private static void organisationSection(ScenarioText text, ProjectPlan plan) {
    text.section(2, "Organisation and the customer view", F21, F22, F23, F24, F25, F26, F27);
    List<Department> facing = plan.departments().stream().filter(Department::customerFacing).toList();
    text.line("No single customer department: %d of the %d departments deal with customers (F24),"
        + " and each is represented in a team, for a 360-degree view (F23):", facing.size(), plan.departments().size());
    TextTable departments = TextTable.withHeaders("Department", "What it does for customers");
    for (Department department : facing) {
      departments.addRow(department.name(), String.join(", ", department.customerDuties()));
    }
    text.table(departments);
    text.line("Customer segments, by priority (F25): %s", plan.customerSegments().stream()
        .sorted(Comparator.comparingInt(CustomerSegment::priority))
        .map(CustomerSegment::name).collect(Collectors.joining(", ")));
    text.line();
    text.line("The laboratory's own CRM objectives, set before the specification (F22, F26):");
    for (CrmObjective objective : plan.objectives()) {
      text.bullet("%s %s", objective.id(), objective.statement());
      text.line("      quality the customer sees: %s", objective.customerPerceivedQuality());
      text.line("      flows back: %s, through %s",
          ScenarioText.lowerFirst(objective.informationToFeedBack()), ScenarioText.lowerFirst(objective.feedbackChannel()));
    }
    ChampionsTeam champions = plan.championsTeam().orElseThrow();
    text.line();
    text.line("Champions team (F27): %d members from %d departments, with all %d duties, and no end date: %s",
        champions.members().size(), champions.departments().size(), champions.duties().size(),
        champions.duties().stream().map(ChampionDuty::name).map(PharmaceuticalScenario::words)
            .collect(Collectors.joining(", ")));
    text.line("Performance indicators, each with an owner, to measure the new processes (F21):");
    TextTable kpis = TextTable.withHeaders("KPI", "Target", "Owner");
    for (Kpi kpi : plan.kpis()) {
      kpis.addRow(kpi.name(), kpi.target().map(t -> t.toPlainString() + " " + kpi.unit()).orElse("-"),
          kpi.owner().orElse("-"));
    }
    text.table(kpis);
  }

  // ---- 3. Readiness ----

  private static void readinessSection(ScenarioText text, ProjectPlan plan) {
    text.section(3, "Readiness before IT", F28, F29, F30, F31, F32, F33);
    ReadinessQuestionnaire questionnaire = ReadinessCatalogue.questionnaire();
    ReadinessReport readiness = ReadinessScorer.standard().score(questionnaire, plan.readiness().orElseThrow());
    ReadinessScore overall = readiness.overall();
    text.line("A CRM project starts with strategy and ends with IT (F28). Assessed on %s: overall %s,"
            + " %d of %d points (%s); amber from %d%%, green from %d%%.",
        readiness.assessedOn(), overall.status(), overall.points(), overall.possible(),
        percent(overall.percent() / 100, 0), readiness.thresholds().amberFrom(), readiness.thresholds().greenFrom());
    TextTable groups = TextTable.withHeaders("Group", "Fact", "Status", "Points", "Questions", "Answered", "Settled");
    for (Map.Entry<ReadinessGroup, ReadinessScore> group : readiness.groups().entrySet()) {
      ReadinessScore score = group.getValue();
      groups.addRow(group.getKey().name(), group.getKey().fact().name(), score.status(),
          score.points() + "/" + score.possible(), score.questions(), score.answered(), score.settled());
    }
    text.table(groups);
    Map<String, ReadinessQuestion> questions = new HashMap<>();
    questionnaire.questions().forEach(q -> questions.put(q.id(), q));
    plan.readiness().orElseThrow().customQuestions().forEach(q -> questions.put(q.id(), q));
    text.line("Open questions that hold work back until they are settled or due:");
    TextTable blockers = TextTable.withHeaders("Question", "Status", "Owner", "Due", "Holds back");
    for (ReadinessBlocker blocker : readiness.blockers()) {
      blockers.addRow(blocker.question(), blocker.status(), blocker.owner().orElse("-"),
          blocker.dueOn().map(LocalDate::toString).orElse("-"),
          blocker.blocks().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    text.table(blockers);
    ReadinessQuestion personalData = questions.get(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE);
    text.line("For instance %s (F30): \"%s\"", personalData.id(), personalData.text());
    Set<String> owners = plan.readiness().orElseThrow().answers().stream().map(a -> a.owner())
        .collect(Collectors.toCollection(TreeSet::new));
    long leaders = plan.stakeholders().stream()
        .filter(s -> owners.contains(s.id()))
        .filter(s -> s.roles().stream().anyMatch(questionnaire.respondents()::contains))
        .count();
    text.line("Answers are owned by %d people, %d of them executives or key managers (F33).", owners.size(), leaders);
  }

  // ---- 4. Fit-gap ----

  private static void fitGapSection(ScenarioText text, ProjectPlan plan) {
    text.section(4, "Requirements against the package and the budget", F08);
    FitGapAnalysis analysis = plan.fitGap().orElseThrow();
    FitGapReport report = FitGapAnalyser.standard().analyse(analysis);
    text.line("Degree of fit: %s.", report.degreeOfFit().describe());
    TextTable byPriority = TextTable.withHeaders("Priority", "Requirements", "Package covers", "Gaps to close", "Open gaps");
    for (Map.Entry<Priority, Coverage> entry : report.byPriority().entrySet()) {
      Coverage coverage = entry.getValue();
      byPriority.addRow(entry.getKey().label(), coverage.requirements(), coverage.coveredByPackage(),
          coverage.gapsToClose(), coverage.openGaps());
    }
    text.table(byPriority);
    text.line("The gaps:");
    TextTable gaps = TextTable.withHeaders("Requirement", "Priority", "Module", "Fit", "Effort", "Cost", "Planned");
    for (Gap gap : report.gaps()) {
      gaps.addRow(gap.requirement().id(), gap.requirement().priority().label(), gap.requirement().module().label(),
          gap.assessment().fit().label(), days(gap.assessment().effortDays()) + " d", money(gap.assessment().cost()),
          gap.toClose() ? "close" : gap.closable() ? "leave open" : "cannot close");
    }
    text.table(gaps);
    text.line("Fitting the package costs %s; the gap plan adds %s, %s in all against a budget of %s%s.",
        money(report.fitCost()), money(Money.of(report.plannedCost().amount().subtract(report.fitCost().amount()), report.budget().currency())), money(report.plannedCost()),
        money(report.budget()), report.gapPlanOverBudget() ? " (over budget)" : " (within budget)");
    text.line("Closing every closable gap would cost %s%s.", money(report.totalCost()),
        report.overBudget() ? ", more than the budget" : "");
    text.line("Must-haves left uncovered by the plan: %s.", report.uncoveredMustHaves().isEmpty() ? "none" : report.uncoveredMustHaves());
    for (Money budget : List.of(report.budget(), TIGHT_BUDGET)) {
      GapClosurePlan best = GapClosureOptimiser.standard().recommend(analysis, budget);
      text.bullet("Within %s the optimiser closes %s for %s (weighted coverage %s, %s); must-haves left open: %s",
          money(budget), best.gapsToClose(), money(best.cost()), percent(best.weightedCoverage(), 0),
          best.provenBest() ? "proven best" : "within its bound",
          best.openMustHaves().isEmpty() ? "none" : best.openMustHaves());
    }
  }

  // ---- 5. Start module ----

  private static void startModuleSection(ScenarioText text, ProjectPlan plan) {
    text.section(5, "Where to start", F01, F02, F03, F04);
    Activity objective = activity(plan, "S-OBJ");
    Activity priorities = activity(plan, "S-PRIO");
    Activity choice = activity(plan, "S-START");
    text.line("The global objective comes first (F01): '%s' depends on '%s', which depends on '%s'.",
        choice.name(), priorities.name(), objective.name());
    StartModuleRecommendation advice = StartModuleRecommender.standard().recommend(plan.context());
    List<String> headers = new ArrayList<>(List.of("Criterion", "Weight"));
    advice.ranking().forEach(ranked -> headers.add(ranked.module().label()));
    TextTable criteria = TextTable.withHeaders(headers.toArray(String[]::new));
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      List<Object> row = new ArrayList<>();
      row.add(criterion.label() + (criterion.isPrimary() ? " *" : ""));
      row.add(days(advice.weights().weight(criterion)));
      advice.ranking().forEach(ranked -> row.add(days(ranked.contribution(criterion).rating())));
      criteria.addRow(row.toArray());
    }
    List<Object> scores = new ArrayList<>(List.of("Score (weighted mean, of 5)", ""));
    advice.ranking().forEach(ranked -> scores.add(figure(ranked.score())));
    criteria.addRow(scores.toArray());
    text.table(criteria);
    text.line("* a primary criterion (F02): return on investment weighs less than each of them.");
    RankedModule first = advice.first();
    text.line("Recommended start module: %s, ranked first with %s of 5. Its reasons:", first.module().label(), figure(first.score()));
    first.reasons().forEach(reason -> text.bullet("%s", reason));
    advice.ranking().stream().skip(1).forEach(ranked -> {
      text.line("Then %s with %s of 5:", ranked.module().label(), figure(ranked.score()));
      ranked.reasons().stream().filter(reason -> reason.startsWith("Against")).forEach(reason -> text.bullet("%s", reason));
    });
    Lot firstLot = plan.lots().get(0);
    text.line("The plan follows the advice: its first lot, %s, rolls out %s.", firstLot.id(),
        firstLot.modules().stream().map(CrmModule::label).collect(Collectors.joining(", ")));
  }

  // ---- 6. Validation ----

  private static void validationSection(ScenarioText text, ProjectPlan plan, Method method) {
    Validator validator = Validator.standard();
    text.section(6, "Validation against the method",
        validator.rules().stream().flatMap(rule -> rule.facts().stream()).collect(Collectors.toSet()));
    ValidationReport report = validator.validate(plan, method);
    text.line("%s", report.render().lines().findFirst().orElseThrow());
    long structural = report.rulesRun().stream().filter(id -> id.startsWith("CRM-STRUCT-")).count();
    Map<String, Long> byFactGroup = new TreeMap<>();
    for (String rule : report.rulesRun()) {
      if (!rule.startsWith("CRM-STRUCT-")) {
        byFactGroup.merge(rule.substring(4, 7), 1L, Long::sum);
      }
    }
    text.line("Rules run: %d structural (ids, references, cycles, dates) and %d named after a fact: %s.",
        structural, report.rulesRun().size() - structural,
        byFactGroup.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
    TextTable counts = TextTable.withHeaders("Severity", "Findings");
    for (Severity severity : Severity.values()) {
      counts.addRow(severity, report.count(severity));
    }
    text.table(counts);
    for (Finding finding : report.findings()) {
      text.bullet("%s", finding.render());
    }
    if (report.findings().isEmpty()) {
      text.line("No finding: the reference plan follows every rule of the method.");
    }
  }

  // ---- 7. Schedule ----

  private static Schedule scheduleSection(ScenarioText text, ProjectPlan plan, Method method) {
    text.section(7, "Critical-path schedule", F05, F06, F07, F08, F10, F11);
    Schedule schedule = Scheduler.standard().schedule(plan);
    text.line("On the %s calendar (weekends and public holidays off), most likely durations:", plan.context().calendar());
    text.line("Starts %s, finishes %s: %s working days, about %s months.", schedule.startDate(), schedule.finishDate(),
        days(schedule.durationWorkingDays()), months(schedule.durationWorkingDays()));
    Map<String, String> phaseOf = new HashMap<>();
    for (Phase phase : plan.phases()) {
      phase.activities().forEach(a -> phaseOf.put(a.id(), phase.id()));
    }
    for (Lot lot : plan.lots()) {
      lot.activities().forEach(a -> phaseOf.put(a.id(), lot.phase()));
    }
    TextTable phases = TextTable.withHeaders("Phase", "Starts", "Finishes", "Working days", "Months", "Method's duration");
    for (Phase phase : plan.phases()) {
      List<ScheduledActivity> work = schedule.activities().stream()
          .filter(a -> phase.id().equals(phaseOf.get(a.id()))).toList();
      double start = work.stream().mapToDouble(ScheduledActivity::earlyStart).min().orElseThrow();
      double finish = work.stream().mapToDouble(ScheduledActivity::earlyFinish).max().orElseThrow();
      PhaseTemplate template = method.phase(phase.template().orElseThrow()).orElseThrow();
      phases.addRow(phase.id(),
          work.stream().map(ScheduledActivity::earlyStartDate).min(Comparator.naturalOrder()).orElseThrow(),
          work.stream().map(ScheduledActivity::earlyFinishDate).max(Comparator.naturalOrder()).orElseThrow(),
          days(finish - start), months(finish - start), template.typicalDuration().describe());
    }
    text.table(phases);
    TextTable lots = TextTable.withHeaders("Lot", "Work starts", "Pre-acceptance", "Training", "Go-live", "Final acceptance");
    for (Lot lot : plan.lots()) {
      lots.addRow(lot.id() + " " + lot.name(),
          lot.workstreams().stream().map(a -> scheduled(schedule, a).earlyStartDate()).min(Comparator.naturalOrder()).orElseThrow(),
          scheduled(schedule, lot.preAcceptance().orElseThrow().activity()).earlyStartDate(),
          scheduled(schedule, lot.training().orElseThrow().activity()).earlyStartDate(),
          scheduled(schedule, lot.cutOver().orElseThrow().activity()).earlyFinishDate(),
          scheduled(schedule, lot.finalAcceptance().orElseThrow().activity()).earlyFinishDate());
    }
    text.table(lots);
    text.line("Critical path: %s", schedule.criticalPath().stream().map(ScheduledActivity::id)
        .collect(Collectors.joining(" > ")));
    return schedule;
  }

  // ---- 8. Forecast ----

  private static void forecastSection(ScenarioText text, ProjectPlan plan, Schedule schedule) {
    text.section(8, "Monte Carlo forecast of the finish", F11);
    MonteCarloSimulator simulator = MonteCarloSimulator.builder().iterations(ITERATIONS).seed(SEED).build();
    Forecast forecast = simulator.forecast(plan);
    PertAnalysis pert = PertAnalysis.of(plan);
    text.line("%,d iterations, seed %d, %s durations drawn from each three-point estimate.",
        forecast.iterations(), forecast.seed(), forecast.distribution());
    TextTable percentiles = TextTable.withHeaders("Percentile", "Working days", "Months", "Finish date", "PERT normal");
    for (int p : new int[] {10, 50, 80, 90}) {
      double value = forecast.percentile(p);
      percentiles.addRow("P" + p, days(value), months(value), finishDate(plan, value), days(pert.percentile(p)));
    }
    text.table(percentiles);
    text.line("The critical-path schedule's %s days (most likely estimates) are reached in %s of the iterations:"
            + " estimates lean towards overruns.",
        days(schedule.durationWorkingDays()), percent(forecast.probabilityWithin(schedule.durationWorkingDays()), 0));
    text.line("What drives the finish most (correlation with the project's duration, share of iterations critical):");
    TextTable drivers = TextTable.withHeaders("Activity", "Correlation", "Critical in");
    for (FinishDriver driver : forecast.sensitivity().subList(0, 5)) {
      drivers.addRow(driver.activityId() + " " + activity(plan, driver.activityId()).name(),
          figure(driver.correlation()), percent(driver.criticalityIndex(), 0));
    }
    text.table(drivers);
    TimelineNorms norms = StagedMethod.TIMELINE_NORMS;
    text.line("P50 %s and P80 %s: about %s months, as the method expects of a full implementation"
            + " (about %s months, not under %s; F11).",
        finishDate(plan, forecast.p50()), finishDate(plan, forecast.p80()), months(forecast.p80()),
        days(norms.nominalMonths()), days(norms.credibleMinimumMonths()));
    LocalDate promise = plan.context().startDate().plusDays(norms.physicalDeploymentOnlyDays());
    text.line("A vendor's %d days (by %s) would be met in %s of the iterations: see VendorPromiseScenario.",
        norms.physicalDeploymentOnlyDays(), promise,
        percent(forecast.probabilityWithin(ScenarioText.workingDaysThrough(plan, promise)), 1));
  }

  // ---- Helpers ----

  private static Activity activity(ProjectPlan plan, String id) {
    return plan.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static ScheduledActivity scheduled(Schedule schedule, Activity activity) {
    return schedule.activity(activity.id()).orElseThrow();
  }

  private static String risks(LegacySystem legacy) {
    List<String> risks = new ArrayList<>();
    if (legacy.obsolete()) {
      risks.add("obsolete");
    }
    if (legacy.pastFailures()) {
      risks.add("an earlier replacement failed");
    }
    if (legacy.settledHabits()) {
      risks.add("users have settled habits");
    }
    return String.join(", ", risks);
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
