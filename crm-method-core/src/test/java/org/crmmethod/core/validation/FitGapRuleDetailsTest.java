package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.validation.PlanEdits.edit;
import static org.crmmethod.core.validation.rules.BuiltInRules.GAP_ANALYSIS_PRESENT;
import static org.crmmethod.core.validation.rules.BuiltInRules.GAP_PLAN_BUDGET;
import static org.crmmethod.core.validation.rules.BuiltInRules.MUST_HAVE_COVERED;
import static org.crmmethod.core.validation.rules.BuiltInRules.REFERENCES_RESOLVE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmmethod.core.catalogue.MethodGates;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The finer cases of the fit-gap rules (F08), beyond the one break per rule of {@link
 * BuiltInRulesTest}: the ways each rule is broken, where it points, and the near misses it must let
 * pass. Every plan is the reference plan with one change.
 */
class FitGapRuleDetailsTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final FitGapAnalysis ANALYSIS = PLAN.fitGap().orElseThrow();
  private static final LocalDate START = PLAN.context().startDate();

  private static List<Finding> findings(ProjectPlan plan, String ruleId) {
    return Validator.standard().validate(plan, METHOD).byRule(ruleId);
  }

  private static ProjectPlan withAnalysis(UnaryOperator<FitGapAnalysis.Builder> change) {
    return edit(PLAN).fitGap(change.apply(FitGapAnalysis.builder().from(ANALYSIS)).build()).build();
  }

  private static ProjectPlan reassessed(String requirement, PackageFit fit) {
    return withAnalysis(analysis -> analysis
        .assessments(ANALYSIS.assessments().stream()
            .map(a -> a.requirement().equals(requirement) ? FitAssessment.builder().from(a).fit(fit).build() : a)
            .toList())
        .gapsToClose(ANALYSIS.gapsToClose().stream().filter(id -> !id.equals(requirement)).toList()));
  }

  /** The reference plan once its specification phase was planned to finish, by the status date. */
  private static ProjectPlan specificationOver(ProjectPlan plan, LocalDate finish, LocalDate status) {
    List<Phase> phases = plan.phases().stream()
        .map(p -> p.id().equals(StagedMethod.SPECIFICATION) ? Phase.builder().from(p).plannedFinish(finish).build() : p)
        .toList();
    return edit(plan).phases(phases).statusDate(status).build();
  }

  private static ProjectPlan specificationGate(ProjectPlan plan, GateOutcome outcome) {
    GateDecision.Builder decision = GateDecision.builder().gate(MethodGates.SPECIFICATION_APPROVED).outcome(outcome)
        .decidedBy("SALES-DIR").decidedOn(START).rationale("Reviewed");
    if (outcome == GateOutcome.GO_WITH_CONDITIONS) {
      decision.addConditions("Cost the consent screens again");
    }
    return edit(plan).addGateDecisions(decision.build()).build();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  // ---- CRM-F08-GAP-ANALYSIS-PRESENT ----

  @Test
  @DisplayName("F08: a plan at kick-off needs no gap analysis yet")
  void f08_gapAnalysisPresent_notBeforeTheSpecificationEnds() {
    assertThat(findings(edit(PLAN).fitGap(Optional.empty()).build(), GAP_ANALYSIS_PRESENT)).isEmpty();
  }

  @Test
  @DisplayName("F08: once the specification phase is planned to be over, the gap analysis must exist")
  void f08_gapAnalysisPresent_afterThePlannedFinish() {
    LocalDate finish = START.plusDays(200);
    ProjectPlan plan = specificationOver(edit(PLAN).fitGap(Optional.empty()).build(), finish, finish);

    assertThat(findings(plan, GAP_ANALYSIS_PRESENT))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap");
          assertThat(f.message()).isEqualTo("Phase 'SPECIFICATION' was planned to finish on 2027-07-23, by the status date 2027-07-23,"
              + " but the plan holds no gap analysis of users' requirements against the package and the budget");
        });
  }

  @Test
  @DisplayName("F08: a status date the day before the planned finish is a near miss")
  void f08_gapAnalysisPresent_dayBeforeThePlannedFinish() {
    LocalDate finish = START.plusDays(200);
    ProjectPlan plan = specificationOver(edit(PLAN).fitGap(Optional.empty()).build(), finish, finish.minusDays(1));

    assertThat(findings(plan, GAP_ANALYSIS_PRESENT)).isEmpty();
  }

  @Test
  @DisplayName("F08: a specification gate passed, even with conditions, needs the gap analysis; a no-go does not")
  void f08_gapAnalysisPresent_byTheGate() {
    ProjectPlan without = edit(PLAN).fitGap(Optional.empty()).build();

    assertThat(findings(specificationGate(without, GateOutcome.GO_WITH_CONDITIONS), GAP_ANALYSIS_PRESENT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Phase 'SPECIFICATION' passed its gate SPECIFICATION_APPROVED on 2027-01-04"));
    assertThat(findings(specificationGate(without, GateOutcome.NO_GO), GAP_ANALYSIS_PRESENT)).isEmpty();
    assertThat(findings(specificationGate(PLAN, GateOutcome.GO), GAP_ANALYSIS_PRESENT)).isEmpty();
  }

  @Test
  @DisplayName("F08: once the specification is over, every requirement is assessed")
  void f08_gapAnalysisPresent_unassessedRequirements() {
    ProjectPlan plan = specificationGate(withAnalysis(analysis -> analysis
        .addRequirements(Requirement.of("R-PORTAL", "A portal for pharmacists", "LOGISTICS", CrmModule.WEB_AND_E_CRM, Priority.COULD))), GateOutcome.GO);

    assertThat(findings(plan, GAP_ANALYSIS_PRESENT))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.requirements[R-PORTAL]");
          assertThat(f.message()).endsWith("but requirement 'R-PORTAL' (COULD) was never assessed against the package");
        });
  }

  @Test
  @DisplayName("F08: a gap analysis without requirements is no gap analysis")
  void f08_gapAnalysisPresent_noRequirement() {
    ProjectPlan plan = specificationGate(
        edit(PLAN).fitGap(FitGapAnalysis.builder().budget(eur("220000")).build()).build(), GateOutcome.GO);

    assertThat(findings(plan, GAP_ANALYSIS_PRESENT)).extracting(Finding::path).containsExactly("fitGap.requirements");
  }

  // ---- CRM-F08-MUST-HAVE-COVERED ----

  @Test
  @DisplayName("F08: a must-have gap the gap plan leaves open is reported with its options")
  void f08_mustHaveCovered_gapLeftOpen() {
    ProjectPlan plan = withAnalysis(analysis -> analysis.gapsToClose(List.of("R-SAMPLES", "R-RX-FEED", "R-TENDERS")));

    assertThat(findings(plan, MUST_HAVE_COVERED))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.requirements[R-KOL]");
          assertThat(f.message()).isEqualTo("Must-have 'R-KOL' is a gap (SPECIFIC_DEVELOPMENT, 45000 EUR) that the gap plan leaves open");
          assertThat(f.hints()).singleElement().asString()
              .contains("F09")
              .endsWith("Options recorded: [An add-on for medical affairs from the package's marketplace].");
        });
  }

  @Test
  @DisplayName("F08: a must-have the package does not support is reported")
  void f08_mustHaveCovered_notSupported() {
    assertThat(findings(reassessed("R-CONSENT", PackageFit.NOT_SUPPORTED), MUST_HAVE_COVERED))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.requirements[R-CONSENT]");
          assertThat(f.message()).isEqualTo("Must-have 'R-CONSENT' is not supported by the package, so the solution will lack it");
        });
  }

  @Test
  @DisplayName("F08: near misses: an open should-have gap, an unassessed must-have, a must-have workaround in the plan")
  void f08_mustHaveCovered_nearMisses() {
    assertThat(findings(withAnalysis(a -> a.gapsToClose(List.of("R-KOL", "R-SAMPLES", "R-TENDERS"))), MUST_HAVE_COVERED)).isEmpty();
    assertThat(findings(withAnalysis(a -> a
        .addRequirements(Requirement.of("R-NEW", "Something new", "SALES", CrmModule.SFA, Priority.MUST))), MUST_HAVE_COVERED)).isEmpty();
    ProjectPlan workaround = withAnalysis(a -> a
        .assessments(ANALYSIS.assessments().stream()
            .map(x -> x.requirement().equals("R-KOL") ? FitAssessment.builder().from(x).fit(PackageFit.WORKAROUND).build() : x)
            .toList()));
    assertThat(findings(workaround, MUST_HAVE_COVERED)).isEmpty();
    assertThat(findings(edit(PLAN).fitGap(Optional.empty()).build(), MUST_HAVE_COVERED)).isEmpty();
  }

  // ---- CRM-F08-GAP-PLAN-BUDGET ----

  @Test
  @DisplayName("F08: a gap plan costing exactly its budget is within it; a cent less is over")
  void f08_gapPlanBudget_toTheCent() {
    assertThat(findings(withAnalysis(a -> a.budget(eur("179000.00"))), GAP_PLAN_BUDGET)).isEmpty();

    assertThat(findings(withAnalysis(a -> a.budget(eur("178999.99"))), GAP_PLAN_BUDGET))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.gapsToClose");
          assertThat(f.message()).isEqualTo("The gap plan costs 179000.00 EUR (60000.00 EUR to fit the package, 4 gap(s) to close)"
              + " against a budget of 178999.99 EUR");
          assertThat(f.hints()).singleElement().asString().contains("GapClosureOptimiser");
        });
  }

  @Test
  @DisplayName("F08: when fitting the package alone exceeds the budget, the budget is pointed at")
  void f08_gapPlanBudget_fitAlone() {
    assertThat(findings(withAnalysis(a -> a.budget(eur("59999")).gapsToClose(List.of())), GAP_PLAN_BUDGET))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.budget");
          assertThat(f.message()).endsWith("against a budget of 59999 EUR; fitting the package alone exceeds it");
        });
  }

  @Test
  @DisplayName("F08: the gap plan's budget is a share of the project's budget (F06), never more")
  void f08_gapPlanBudget_aboveTheProjectsBudget() {
    assertThat(findings(withAnalysis(a -> a.budget(eur("1200000"))), GAP_PLAN_BUDGET)).isEmpty();
    assertThat(findings(withAnalysis(a -> a.budget(eur("1200000.01"))), GAP_PLAN_BUDGET))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.budget");
          assertThat(f.message()).isEqualTo("The gap analysis counts on 1200000.01 EUR, more than the project's whole budget of 1200000 EUR");
        });
  }

  @Test
  @DisplayName("F08: a gap analysis in another currency than the project's budget is not compared with it")
  void f08_gapPlanBudget_otherCurrency() {
    FitGapAnalysis dollars = FitGapAnalysis.builder()
        .addRequirements(Requirement.of("R-1", "Visit reports", "SALES", CrmModule.SFA, Priority.MUST))
        .addAssessments(FitAssessment.of("R-1", PackageFit.STANDARD, 1, Money.of("1000", "USD")))
        .budget(Money.of("5000000", "USD"))
        .build();

    assertThat(findings(edit(PLAN).fitGap(dollars).build(), GAP_PLAN_BUDGET)).isEmpty();
  }

  // ---- Sources resolve ----

  @Test
  @DisplayName("F08: a requirement comes from a department or a stakeholder of the plan")
  void f08_requirementSourcesResolve() {
    ProjectPlan plan = withAnalysis(a -> a.addRequirements(Requirement.of("R-X", "Something", "GHOST", CrmModule.SFA, Priority.COULD)));

    assertThat(findings(plan, REFERENCES_RESOLVE))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("fitGap.requirements[R-X].source");
          assertThat(f.message()).isEqualTo("'GHOST' names no department or stakeholder");
        });
    assertThat(ANALYSIS.requirements()).extracting(Requirement::source).contains("SALES", "KU-MR", "DPO");
  }
}
