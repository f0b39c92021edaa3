package org.crmmethod.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkeletonEstimatorTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectContext REFERENCE = PharmaReferencePlan.plan().context();

  private static ProjectContext context(Approach approach, CrmModule... modules) {
    return ProjectContext.builder().from(REFERENCE).approach(approach).modules(Set.of(modules)).build();
  }

  private static TimelineSkeleton estimate(ProjectContext context, int lots) {
    return SkeletonEstimator.standard().estimate(context, METHOD, lots);
  }

  @Test
  @DisplayName("F06-F10: one module, one lot: each phase spans its typical range, phase 2 may run 1.5 times longer")
  void phaseRanges_f06ToF10() {
    TimelineSkeleton skeleton = estimate(context(Approach.DIFFERENTIATING, CrmModule.ANALYTICAL), 1);

    assertThat(skeleton.phases()).containsExactly(
        java.util.Map.entry(StagedMethod.STRATEGY, ThreePointEstimate.of(63, 63, 63)),
        java.util.Map.entry(StagedMethod.AUDIT, ThreePointEstimate.of(21, 31.5, 63)),
        java.util.Map.entry(StagedMethod.SPECIFICATION, ThreePointEstimate.of(42, 52.5, 63)),
        java.util.Map.entry(StagedMethod.DEPLOYMENT, ThreePointEstimate.of(63, 84, 105)));
    assertThat(skeleton.total()).isEqualTo(ThreePointEstimate.of(189, 231, 294));
    assertThat(skeleton.rulesApplied()).containsExactly(
        EstimationRules.PHASE_RANGES, EstimationRules.MODULES, EstimationRules.APPROACH, EstimationRules.LOTS);
  }

  @Test
  @DisplayName("F11: a differentiating project of one or two modules is estimated at about 12 months")
  void total_aboutTwelveMonths_f11() {
    assertThat(estimate(context(Approach.DIFFERENTIATING, CrmModule.ANALYTICAL), 1).mostLikelyMonths()).isBetween(10.0, 14.0);
    assertThat(estimate(REFERENCE, 2).mostLikelyMonths()).isBetween(10.0, 14.0);
  }

  @Test
  @DisplayName("F08, F10: each module beyond the first lengthens specification by 15% and deployment by 10%")
  void modules_f08() {
    TimelineSkeleton three = estimate(context(Approach.DIFFERENTIATING, CrmModule.ANALYTICAL, CrmModule.SFA, CrmModule.EMA), 1);

    assertThat(three.phases().get(StagedMethod.SPECIFICATION).mostLikely()).isCloseTo(52.5 * 1.3, within(1e-9));
    assertThat(three.phases().get(StagedMethod.DEPLOYMENT).mostLikely()).isCloseTo(84 * 1.2, within(1e-9));
    assertThat(three.phases().get(StagedMethod.STRATEGY)).isEqualTo(ThreePointEstimate.of(63, 63, 63));
  }

  @Test
  @DisplayName("F13: a classic project specifies less and deploys faster")
  void approach_f13() {
    TimelineSkeleton classic = estimate(context(Approach.CLASSIC, CrmModule.SFA), 1);

    assertThat(classic.phases().get(StagedMethod.SPECIFICATION).mostLikely()).isCloseTo(52.5 * 0.6, within(1e-9));
    assertThat(classic.phases().get(StagedMethod.DEPLOYMENT).mostLikely()).isCloseTo(84 * 0.8, within(1e-9));
  }

  @Test
  @DisplayName("F13-F20: each lot after the first adds half a lot: workstreams, steps and the weeks of real use")
  void lots_f13ToF20() {
    TimelineSkeleton one = estimate(context(Approach.DIFFERENTIATING, CrmModule.SFA), 1);
    TimelineSkeleton three = estimate(context(Approach.DIFFERENTIATING, CrmModule.SFA), 3);

    // A lot of the differentiating template: workstreams 20-40 days; pre-acceptance 5-10, training
    // 5-10, cut-over 1-3, hypercare 10-20, final acceptance 1 after 20 days of real use.
    ThreePointEstimate before = one.phases().get(StagedMethod.DEPLOYMENT);
    ThreePointEstimate after = three.phases().get(StagedMethod.DEPLOYMENT);
    assertThat(after.optimistic() - before.optimistic()).isCloseTo(62, within(1e-9));
    assertThat(after.mostLikely() - before.mostLikely()).isCloseTo(83, within(1e-9));
    assertThat(after.pessimistic() - before.pessimistic()).isCloseTo(104, within(1e-9));
  }

  @Test
  void estimate_monotoneInModulesAndLots() {
    List<CrmModule> all = List.of(CrmModule.values());
    qt().forAll(integers().between(1, all.size()), integers().between(1, 8), integers().between(0, 1))
        .checkAssert((modules, lots, classic) -> {
          Approach approach = classic == 1 ? Approach.CLASSIC : Approach.DIFFERENTIATING;
          ProjectContext fewer = context(approach, all.subList(0, modules).toArray(CrmModule[]::new));
          double base = estimate(fewer, lots).total().mostLikely();
          assertThat(estimate(fewer, lots + 1).total().mostLikely()).isGreaterThan(base);
          if (modules < all.size()) {
            ProjectContext more = context(approach, all.subList(0, modules + 1).toArray(CrmModule[]::new));
            assertThat(estimate(more, lots).total().mostLikely()).isGreaterThan(base);
          }
          ProjectContext differentiating = context(Approach.DIFFERENTIATING, all.subList(0, modules).toArray(CrmModule[]::new));
          ProjectContext classicContext = context(Approach.CLASSIC, all.subList(0, modules).toArray(CrmModule[]::new));
          assertThat(estimate(classicContext, lots).total().mostLikely())
              .isLessThan(estimate(differentiating, lots).total().mostLikely());
        });
  }

  // ---- Vendors' rules ----

  @Test
  void builder_replacesRemovesAndAddsRules() {
    EstimationRule doubleStrategy = EstimationRules.rule(EstimationRules.APPROACH, "strategy × 2", EnumSet.of(MethodFact.F06),
        draft -> draft.scale(StagedMethod.STRATEGY, 2));
    SkeletonEstimator vendor = SkeletonEstimator.builder()
        .addRules(EstimationRules.standard())
        .replaceRule(doubleStrategy)
        .removeRule(EstimationRules.LOTS)
        .addRule(EstimationRules.rule("ACME-EST-F10-BUFFER", "deployment + 10 days", EnumSet.of(MethodFact.F10),
            draft -> {
              ThreePointEstimate d = draft.estimate(StagedMethod.DEPLOYMENT);
              draft.estimate(StagedMethod.DEPLOYMENT, ThreePointEstimate.of(d.optimistic() + 10, d.mostLikely() + 10, d.pessimistic() + 10));
            }))
        .build();

    TimelineSkeleton skeleton = vendor.estimate(context(Approach.CLASSIC, CrmModule.SFA), METHOD, 4);

    assertThat(vendor.rules()).extracting(EstimationRule::id).containsExactly(
        EstimationRules.PHASE_RANGES, EstimationRules.MODULES, EstimationRules.APPROACH, "ACME-EST-F10-BUFFER");
    assertThat(skeleton.phases().get(StagedMethod.STRATEGY).mostLikely()).isEqualTo(126);
    assertThat(skeleton.phases().get(StagedMethod.DEPLOYMENT).mostLikely()).isEqualTo(94);
    assertThat(EstimationRules.standard()).allSatisfy(rule -> {
      assertThat(rule.formula()).isNotBlank();
      assertThat(rule.facts()).isNotEmpty();
      assertThat(rule.id()).startsWith("CRM-EST-F");
    });
  }

  @Test
  void builder_refusesMistakes() {
    SkeletonEstimator.Builder builder = SkeletonEstimator.builder().addRules(EstimationRules.standard());

    assertThatThrownBy(() -> builder.addRule(EstimationRules.standard().get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rule.id 'CRM-EST-F06-PHASE-RANGES' is already taken by another rule");
    assertThatThrownBy(() -> builder.removeRule("NOPE")).isInstanceOf(IllegalArgumentException.class).hasMessage("id: no rule 'NOPE' to remove");
    assertThatThrownBy(() -> builder.replaceRule(EstimationRules.rule("NOPE", "f", Set.of(), d -> { })))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rule.id: no rule 'NOPE' to replace");
    assertThatThrownBy(() -> SkeletonEstimator.standard().estimate(REFERENCE, METHOD, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lots must be at least 1, but was 0");
  }

  @Test
  void draft_refusesUnknownPhasesAndBadFactors() {
    EstimationRule unknown = EstimationRules.rule("ACME-EST-X", "f", Set.of(), d -> d.estimate("NOPE"));
    EstimationRule negative = EstimationRules.rule("ACME-EST-Y", "f", Set.of(), d -> d.scale(StagedMethod.STRATEGY, -1));

    assertThatThrownBy(() -> SkeletonEstimator.builder().addRule(unknown).build().estimate(REFERENCE, METHOD, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("phaseId: the method has no phase 'NOPE'");
    assertThatThrownBy(() -> SkeletonEstimator.builder().addRule(negative).build().estimate(REFERENCE, METHOD, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("factor must be finite and >= 0, but was -1.0");
  }
}
