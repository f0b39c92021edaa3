package org.crmmethod.core.estimation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * The built-in estimation rules, applied in this order by {@link SkeletonEstimator#standard()}.
 *
 * <ol>
 *   <li>{@value #PHASE_RANGES} (F06-F10): each phase starts from its typical duration: optimistic
 *       = the range's minimum, most likely = its middle, pessimistic = its maximum; a phase the
 *       method lets run longer (F07, "take the time") gets a pessimistic estimate of 1.5 times its
 *       maximum.
 *   <li>{@value #MODULES} (F08, F10): more modules in scope mean more to specify and deploy: the
 *       specification phase × (1 + 0.15 × (modules − 1)), the rollout phase × (1 + 0.10 ×
 *       (modules − 1)). The coefficients are this library's calibration; the method gives none.
 *   <li>{@value #APPROACH} (F13): a classic project studies no target organisation and mostly
 *       trains users: specification × 0.6 and rollout × 0.8. The coefficients are this library's
 *       calibration.
 *   <li>{@value #LOTS} (F13-F20): each lot after the first adds to the rollout phase the part of a
 *       lot that does not overlap the previous one: 0.5 × (the lot template's workstream duration +
 *       its steps' durations), each point taken from the same point of the ranges (minimum,
 *       middle, maximum), the final acceptance counted with the minimum period of real use (F20).
 * </ol>
 */
public final class EstimationRules {
  /** Id of the phase-range rule (F06-F10). */
  public static final String PHASE_RANGES = "CRM-EST-F06-PHASE-RANGES";
  /** Id of the modules-in-scope rule (F08, F10). */
  public static final String MODULES = "CRM-EST-F08-MODULES";
  /** Id of the approach rule (F13). */
  public static final String APPROACH = "CRM-EST-F13-APPROACH";
  /** Id of the lots rule (F13-F20). */
  public static final String LOTS = "CRM-EST-F13-LOTS";

  private static final List<EstimationRule> STANDARD =
      List.of(
          rule(PHASE_RANGES, "each phase: its typical range's minimum, middle and maximum; extensible phases × 1.5 at worst",
              EnumSet.of(MethodFact.F06, MethodFact.F07, MethodFact.F08, MethodFact.F10), EstimationRules::phaseRanges),
          rule(MODULES, "specification × (1 + 0.15 × (modules − 1)); rollout × (1 + 0.10 × (modules − 1))",
              EnumSet.of(MethodFact.F08, MethodFact.F10), EstimationRules::modules),
          rule(APPROACH, "CLASSIC: specification × 0.6 and rollout × 0.8",
              EnumSet.of(MethodFact.F13), EstimationRules::approach),
          rule(LOTS, "rollout + (lots − 1) × 0.5 × (a lot's workstreams + steps)",
              EnumSet.of(MethodFact.F13, MethodFact.F14, MethodFact.F16, MethodFact.F17, MethodFact.F18, MethodFact.F19, MethodFact.F20),
              EstimationRules::lots));

  private EstimationRules() {}

  /**
   * Returns the built-in rules, in the order they apply.
   *
   * @return the rules
   */
  public static List<EstimationRule> standard() {
    return STANDARD;
  }

  /**
   * Creates a rule from its parts, for vendors who write theirs as a lambda.
   *
   * @param id the rule's id
   * @param formula the formula, in a line a person can read
   * @param facts the facts it rests on
   * @param apply what it does to the estimates
   * @return the rule
   */
  public static EstimationRule rule(String id, String formula, Set<MethodFact> facts, Consumer<SkeletonDraft> apply) {
    Set<MethodFact> copy = Set.copyOf(facts);
    return new EstimationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Set<MethodFact> facts() {
        return copy;
      }

      @Override
      public String formula() {
        return formula;
      }

      @Override
      public void apply(SkeletonDraft skeleton) {
        apply.accept(skeleton);
      }

      @Override
      public String toString() {
        return id + ": " + formula;
      }
    };
  }

  private static void phaseRanges(SkeletonDraft skeleton) {
    for (PhaseTemplate phase : skeleton.phases()) {
      DurationRange range = phase.typicalDuration();
      double minimum = range.minimumWorkingDays();
      double maximum = range.maximumWorkingDays();
      skeleton.estimate(phase.id(), ThreePointEstimate.of(
          minimum, (minimum + maximum) / 2, phase.extensible() ? maximum * 1.5 : maximum));
    }
  }

  private static void modules(SkeletonDraft skeleton) {
    int extra = skeleton.context().modules().size() - 1;
    skeleton.method().phasePlanning(ActivityKind.FUNCTIONAL_SPECIFICATION).ifPresent(phase -> skeleton.scale(phase.id(), 1 + 0.15 * extra));
    skeleton.method().rolloutPhase().ifPresent(phase -> skeleton.scale(phase.id(), 1 + 0.10 * extra));
  }

  private static void approach(SkeletonDraft skeleton) {
    if (skeleton.context().approach() != Approach.CLASSIC) {
      return;
    }
    skeleton.method().phasePlanning(ActivityKind.FUNCTIONAL_SPECIFICATION).ifPresent(phase -> skeleton.scale(phase.id(), 0.6));
    skeleton.method().rolloutPhase().ifPresent(phase -> skeleton.scale(phase.id(), 0.8));
  }

  private static void lots(SkeletonDraft skeleton) {
    if (skeleton.lots() <= 1 || skeleton.method().rolloutPhase().isEmpty() || skeleton.method().lotTemplate().isEmpty()) {
      return;
    }
    LotTemplate template = skeleton.method().lotTemplate().get();
    double[] lot = {template.workstreamDuration().minimumWorkingDays(),
        (template.workstreamDuration().minimumWorkingDays() + template.workstreamDuration().maximumWorkingDays()) / 2,
        template.workstreamDuration().maximumWorkingDays()};
    for (var step : template.steps()) {
      DurationRange range = step.typicalDuration();
      boolean acceptance = step.kind() == ActivityKind.FINAL_ACCEPTANCE;
      double realUse = acceptance ? template.minimumRealUseWeeks() * 5.0 : 0;
      lot[0] += range.minimumWorkingDays() + realUse;
      lot[1] += (range.minimumWorkingDays() + range.maximumWorkingDays()) / 2 + realUse;
      lot[2] += range.maximumWorkingDays() + realUse;
    }
    String rollout = skeleton.method().rolloutPhase().get().id();
    ThreePointEstimate current = skeleton.estimate(rollout);
    double extra = 0.5 * (skeleton.lots() - 1);
    skeleton.estimate(rollout, ThreePointEstimate.of(
        current.optimistic() + extra * lot[0], current.mostLikely() + extra * lot[1], current.pessimistic() + extra * lot[2]));
  }
}
