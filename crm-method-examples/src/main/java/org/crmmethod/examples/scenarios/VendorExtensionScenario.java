package org.crmmethod.examples.scenarios;

import static org.crmmethod.core.method.MethodFact.F01;
import static org.crmmethod.core.method.MethodFact.F02;
import static org.crmmethod.core.method.MethodFact.F03;
import static org.crmmethod.core.method.MethodFact.F04;
import static org.crmmethod.core.method.MethodFact.F05;
import static org.crmmethod.core.method.MethodFact.F06;
import static org.crmmethod.core.method.MethodFact.F08;
import static org.crmmethod.core.method.MethodFact.F10;
import static org.crmmethod.core.method.MethodFact.F11;
import static org.crmmethod.core.method.MethodFact.F13;
import static org.crmmethod.core.method.MethodFact.F19;
import static org.crmmethod.examples.scenarios.ScenarioText.days;
import static org.crmmethod.examples.scenarios.ScenarioText.figure;
import static org.crmmethod.examples.scenarios.ScenarioText.months;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.estimation.EstimationRule;
import org.crmmethod.core.estimation.EstimationRules;
import org.crmmethod.core.estimation.SkeletonEstimator;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.crmmethod.examples.TextTable;
import org.crmmethod.examples.vendor.AcmeRuleProvider;
import org.crmmethod.examples.vendor.HypercareResponseRule;
import org.crmmethod.examples.vendor.KpiOwnerRule;

/**
 * How a tool vendor, Acme, extends the library for its planner: a method of its own built with the
 * method builders (the staged method slimmed for a project of one lot), rules of its own (one
 * contributed through the {@code RuleProvider} service, one added directly), estimation rules with
 * its own coefficients, and its own weights for choosing the start module.
 *
 * <pre>
 * mvn -q -pl crm-method-examples -am compile exec:java \
 *     -Dexec.mainClass=org.crmmethod.examples.scenarios.VendorExtensionScenario
 * </pre>
 */
public final class VendorExtensionScenario {
  /** The id of the vendor's method. */
  public static final String METHOD_ID = "acme-staged-one-lot";
  /** The id of the vendor's estimation rule. */
  public static final String TEMPLATES_RULE = "ACME-EST-F10-TEMPLATES";
  /** The seed of the generated plan the vendor's customer starts from. */
  static final long PLAN_SEED = 183;
  /** The response time, in hours, that the vendor commits to after go-live. */
  static final int RESPONSE_HOURS = 4;
  /** The number of Monte Carlo iterations of each what-if forecast. */
  static final int ITERATIONS = 2_000;

  private VendorExtensionScenario() {}

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
    Method method = method();
    ProjectPlan generated = PlanGenerator.builder().lots(1).build().generate(new SplittableRandom(PLAN_SEED));
    ProjectPlan plan = ProjectPlan.builder().from(generated).method(METHOD_ID).build();

    text.title("A tool vendor's extensions: its method, rules, estimates and weights");
    text.line("Acme builds a CRM planner on crm-method. Its customer here is %s (%s), drawn by PlanGenerator",
        plan.context().company(), plan.context().industry());
    text.line("(seed %d): one lot of %s, starting %s.", PLAN_SEED,
        plan.context().modules().stream().map(CrmModule::label).collect(Collectors.joining(" and ")),
        plan.context().startDate());

    methodSection(text, method);
    rulesSection(text, plan, method);
    estimationSection(text, plan, method);
    weightsSection(text, plan);
  }

  /**
   * Returns the vendor's method: the built-in staged method, slimmed for a project rolled out in a
   * single lot, built with the method builders. Its phases, deliverables, gates and overall norms
   * are the staged method's; only the specification and deployment phases are given shorter ranges
   * (one team to specify one lot, one lot to deploy).
   *
   * @return the method, id {@value #METHOD_ID}
   */
  public static Method method() {
    Method staged = StagedMethod.definition();
    List<PhaseTemplate> phases = new ArrayList<>();
    for (PhaseTemplate phase : staged.phases()) {
      PhaseTemplate.Builder slim = PhaseTemplate.builder().from(phase);
      if (phase.id().equals(StagedMethod.SPECIFICATION)) {
        slim.typicalDuration(DurationRange.of(1.5, 3, DurationUnit.MONTHS));
      } else if (phase.id().equals(StagedMethod.DEPLOYMENT)) {
        slim.typicalDuration(DurationRange.of(2, 4, DurationUnit.MONTHS));
      }
      phases.add(slim.build());
    }
    return Method.builder()
        .from(staged)
        .id(METHOD_ID)
        .name("Acme staged method, one lot")
        .version("2027.1")
        .description("The staged method for a company that rolls its CRM out in a single lot: the same four phases"
            + " and gates, with a shorter specification and deployment.")
        .phases(phases)
        .build();
  }

  // ---- 1. The method ----

  private static void methodSection(ScenarioText text, Method method) {
    text.section(1, "The vendor's method, built with the method builders", F05, F06, F11);
    Method staged = StagedMethod.definition();
    text.line("Method.builder().from(StagedMethod.definition()) with two phase ranges changed; ids, references");
    text.line("and gates are checked when it is built, as for any method:");
    TextTable phases = TextTable.withHeaders("Phase", staged.id(), method.id(), "Exit gate");
    for (PhaseTemplate phase : method.phases()) {
      phases.addRow(phase.name(), staged.phase(phase.id()).orElseThrow().typicalDuration().describe(),
          phase.typicalDuration().describe(), phase.exitGate().orElse("-"));
    }
    phases.addRow("In all", inMonths(staged.typicalDuration()), inMonths(method.typicalDuration()), "");
    text.table(phases);
    var norms = method.timelineNorms().orElseThrow();
    text.line("Its overall norms stay the method's (F11): about %s months, not under %s, and %d days is only a physical deployment.",
        days(norms.nominalMonths()), days(norms.credibleMinimumMonths()), norms.physicalDeploymentOnlyDays());
  }

  // ---- 2. The rules ----

  private static void rulesSection(ScenarioText text, ProjectPlan plan, Method method) {
    text.section(2, "The vendor's rules", F10, F19);
    Validator validator = Validator.builder()
        .addBuiltInRules()
        .addProvidedRules()                                   // ServiceLoader finds AcmeRuleProvider
        .addRule(new HypercareResponseRule(RESPONSE_HOURS))   // and one more, added directly
        .severity(KpiOwnerRule.ID, Severity.ERROR)            // the vendor will not let a KPI go unowned
        .build();
    text.line("Validator.builder().addBuiltInRules().addProvidedRules().addRule(...).severity(...).build():");
    TextTable rules = TextTable.withHeaders("Rule", "From", "Facts", "Severity", "Checks");
    for (Rule rule : validator.rules()) {
      if (!BuiltInRules.all().stream().map(Rule::id).toList().contains(rule.id())) {
        rules.addRow(rule.id(),
            rule instanceof KpiOwnerRule ? AcmeRuleProvider.class.getSimpleName() + " (service)" : "addRule",
            rule.facts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
            validator.severity(rule.id()), rule.title());
      }
    }
    text.table(rules);
    text.line("%d rules in all: the %d built-in ones and the vendor's 2.", validator.rules().size(), BuiltInRules.all().size());

    ValidationReport report = validator.validate(plan, method);
    text.line("The customer's plan against %s:", method.id());
    text.line("%s", report.render().lines().findFirst().orElseThrow());
    report.findings().forEach(finding -> text.bullet("%s %s at %s: %s",
        finding.severity(), finding.ruleId(), finding.path(), finding.message()));

    Kpi first = plan.kpis().get(0);
    ProjectPlan orphaned = ProjectPlan.builder().from(plan)
        .kpis(plan.kpis().stream().map(k -> k.id().equals(first.id()) ? Kpi.builder().from(k).owner(Optional.empty()).build() : k).toList())
        .build();
    ValidationReport orphanedReport = validator.validate(orphaned, method);
    text.line("With the owner of KPI '%s' removed: %s", first.id(),
        orphanedReport.render().lines().findFirst().orElseThrow().replaceFirst("^Plan '[^']*' against method '[^']*': ", ""));
    for (Finding finding : orphanedReport.byRule(KpiOwnerRule.ID)) {
      text.bullet("%s %s at %s: %s", finding.severity(), finding.ruleId(), finding.path(), finding.message());
    }
  }

  // ---- 3. Estimation ----

  private static void estimationSection(ScenarioText text, ProjectPlan plan, Method method) {
    text.section(3, "The vendor's estimation rules", F08, F10, F13);
    SkeletonEstimator vendor = estimator();
    text.line("SkeletonEstimator.builder(): the built-in rules, one replaced, one added:");
    TextTable rules = TextTable.withHeaders("Rule", "Facts", "Formula");
    for (EstimationRule rule : vendor.rules()) {
      rules.addRow(rule.id(), rule.facts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")), rule.formula());
    }
    text.table(rules);
    int lots = plan.lots().size();
    TimelineSkeleton standard = SkeletonEstimator.standard().estimate(plan.context(), method, lots);
    TimelineSkeleton acme = vendor.estimate(plan.context(), method, lots);
    text.line("The customer's context (%s, %d module(s), %d lot) on %s:", plan.context().approach(),
        plan.context().modules().size(), lots, method.id());
    TextTable table = TextTable.withHeaders("Phase", "Standard rules", "Acme's rules");
    for (Map.Entry<String, ThreePointEstimate> phase : standard.phases().entrySet()) {
      table.addRow(phase.getKey(), estimate(phase.getValue()), estimate(acme.phases().get(phase.getKey())));
    }
    table.addRow("Total", estimate(standard.total()), estimate(acme.total()));
    table.addRow("Most likely, months", months(standard.total().mostLikely()), months(acme.total().mostLikely()));
    text.table(table);
    MonteCarloSimulator simulator = MonteCarloSimulator.builder().iterations(ITERATIONS).seed(PLAN_SEED).build();
    WhatIf secondLot = WhatIf.addLot(plan.context(), method, lots, vendor, simulator);
    text.line("What if the customer split its rollout into %d lots? With Acme's rules, %s: P50 %s, P80 %s working days.",
        lots + 1, secondLot.change(), signed(secondLot.p50Difference()), signed(secondLot.p80Difference()));
  }

  /**
   * Returns the vendor's estimator: the built-in rules with the vendor's own coefficients for modules
   * in scope, and a rule of its own for its pre-configured templates.
   *
   * @return the estimator
   */
  public static SkeletonEstimator estimator() {
    EstimationRule modules = EstimationRules.rule(
        EstimationRules.MODULES,
        "specification × (1 + 0.10 × (modules − 1)); rollout × (1 + 0.05 × (modules − 1))",
        EnumSet.of(MethodFact.F08, MethodFact.F10),
        draft -> {
          int extra = draft.context().modules().size() - 1;
          draft.method().phasePlanning(ActivityKind.FUNCTIONAL_SPECIFICATION).ifPresent(p -> draft.scale(p.id(), 1 + 0.10 * extra));
          draft.method().rolloutPhase().ifPresent(p -> draft.scale(p.id(), 1 + 0.05 * extra));
        });
    EstimationRule templates = EstimationRules.rule(
        TEMPLATES_RULE,
        "rollout: optimistic and most likely × 0.9 with Acme's pre-configured templates; pessimistic unchanged",
        EnumSet.of(MethodFact.F10),
        draft -> draft.method().rolloutPhase().ifPresent(phase -> {
          ThreePointEstimate current = draft.estimate(phase.id());
          draft.estimate(phase.id(), ThreePointEstimate.of(
              current.optimistic() * 0.9, current.mostLikely() * 0.9, current.pessimistic()));
        }));
    return SkeletonEstimator.builder()
        .addRules(EstimationRules.standard())
        .replaceRule(modules)
        .addRule(templates)
        .build();
  }

  // ---- 4. Start-module weights ----

  private static void weightsSection(ScenarioText text, ProjectPlan plan) {
    text.section(4, "The vendor's weights for the start module", F01, F02, F03, F04);
    CriterionWeights defaults = CriterionWeights.defaults();
    CriterionWeights acme = weights();
    CriterionWeights roiFirst = defaults.with(StartModuleCriterion.RETURN_ON_INVESTMENT, 4);
    TextTable table = TextTable.withHeaders("Criterion", "Defaults", "Acme", "ROI first");
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      table.addRow(criterion.label() + (criterion.isPrimary() ? " *" : ""), days(defaults.weight(criterion)),
          days(acme.weight(criterion)), days(roiFirst.weight(criterion)));
    }
    table.addRow("Respects F02 (ROI below each primary criterion)", defaults.respectsF02(), acme.respectsF02(), roiFirst.respectsF02());
    text.table(table);
    text.line("Acme's weights count ease of implementation and few, alike people more, from its projects' history;");
    text.line("they keep return on investment below each primary criterion, as the method asks (F02).");
    TextTable ranking = TextTable.withHeaders("Weights", "Ranking of " + plan.context().company() + "'s modules");
    for (Map.Entry<String, CriterionWeights> weights : Map.of("Defaults", defaults, "Acme", acme, "ROI first", roiFirst)
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      StartModuleRecommendation advice = StartModuleRecommender.of(weights.getValue()).recommend(plan.context());
      ranking.addRow(weights.getKey(), advice.ranking().stream()
          .map(r -> r.rank() + ". " + r.module().label() + " " + figure(r.score())).collect(Collectors.joining(", ")));
    }
    text.table(ranking);
    StartModuleRecommendation byDefaults = StartModuleRecommender.of(defaults).recommend(plan.context());
    if (byDefaults.tiedFirst().size() > 1) {
      text.line("Under the defaults %s tie at %s; the primary criteria break the tie (F02).",
          byDefaults.tiedFirst().stream().map(CrmModule::label).collect(Collectors.joining(" and ")),
          figure(byDefaults.first().score()));
    }
    StartModuleRecommendation roi = StartModuleRecommender.of(roiFirst).recommend(plan.context());
    roi.render().lines().filter(line -> line.startsWith("Note:")).forEach(note -> text.line("With ROI first: %s", note));
    RankedModule first = StartModuleRecommender.of(acme).recommend(plan.context()).first();
    CrmModule chosen = StartModuleRecommender.of(defaults).recommend(plan.context()).recommended();
    text.line("With Acme's weights the planner proposes %s (%s of 5). Say the customer had chosen %s, the default",
        first.module().label(), figure(first.score()), chosen.label());
    text.line("ranking's first; Acme's validator ranks with Acme's weights, passed in its settings:");
    ProjectPlan choosing = ProjectPlan.builder().from(plan)
        .startModule(StartModuleChoice.builder()
            .module(chosen)
            .addCriteria(StartModuleCriterion.CUSTOMER_CULTURE_SHIFT, StartModuleCriterion.AWAITED_BY_USERS)
            .decidedOn(plan.context().startDate())
            .build())
        .build();
    Validator validator = Validator.builder().addBuiltInRules()
        .settings(ValidationSettings.builder().startModuleWeights(acme).build()).build();
    text.line("  Validator.builder().addBuiltInRules().settings(ValidationSettings.builder().startModuleWeights(acme).build())");
    List<Finding> byDefault = Validator.standard().validate(choosing, method()).byRule(BuiltInRules.START_MODULE_RECOMMENDED);
    List<Finding> byAcme = validator.validate(choosing, method()).byRule(BuiltInRules.START_MODULE_RECOMMENDED);
    text.bullet("with the default weights, %s: %d finding(s)", BuiltInRules.START_MODULE_RECOMMENDED, byDefault.size());
    text.bullet("with Acme's weights: %d finding(s)", byAcme.size());
    byAcme.forEach(finding -> text.line("      %s %s", finding.severity(), finding.message()));
    ProjectPlan explained = ProjectPlan.builder().from(choosing)
        .startModule(StartModuleChoice.builder().from(choosing.startModule().orElseThrow())
            .rationale("The sales force asked for it in every audit session (F07).").build())
        .build();
    text.bullet("with Acme's weights and a rationale recorded for the choice: %d finding(s)",
        validator.validate(explained, method()).byRule(BuiltInRules.START_MODULE_RECOMMENDED).size());
  }

  /**
   * Returns the vendor's start-module weights: the defaults, with ease of implementation and few,
   * homogeneous people weighing 2 instead of 1.
   *
   * @return the weights, which respect F02
   */
  public static CriterionWeights weights() {
    return CriterionWeights.defaults()
        .with(StartModuleCriterion.EASE_OF_IMPLEMENTATION, 2)
        .with(StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE, 2);
  }

  // ---- Helpers ----

  private static String estimate(ThreePointEstimate estimate) {
    return days(estimate.optimistic()) + " / " + days(estimate.mostLikely()) + " / " + days(estimate.pessimistic());
  }

  private static String inMonths(DurationRange range) {
    double month = DurationUnit.MONTHS.workingDays();
    return days(range.minimumWorkingDays() / month) + " to " + days(range.maximumWorkingDays() / month) + " months";
  }

  private static String signed(double workingDays) {
    return (workingDays >= 0 ? "+" : "-") + days(Math.abs(workingDays));
  }
}
