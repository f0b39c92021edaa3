package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each phase lasts about as long as the method says (F06-F10): phase 1 about 3 months, phase 2 one
 * to two months or longer, phase 3 two to three months, phase 4 three to five months.
 *
 * <p>A phase's length is the span from the earliest early start to the latest early finish of its
 * activities and of the lots that run in it, in working days (21 a month). It is flagged when it
 * falls below the template's minimum or above its maximum by more than the settings' tolerance
 * (20% by default); a phase the method calls extensible (phase 2: "take the time") is never too
 * long.
 */
final class PhaseDurationsInRange extends BuiltInRule {
  PhaseDurationsInRange() {
    super(BuiltInRules.PHASE_DURATIONS, Severity.WARNING, "Each phase lasts about as long as the method says",
        MethodFact.F06, MethodFact.F07, MethodFact.F08, MethodFact.F10);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (!context.isScheduled()) {
      return;
    }
    double tolerance = context.settings().phaseDurationTolerance();
    double[] first = new double[context.plan().phases().size()];
    double[] last = new double[first.length];
    Arrays.fill(first, Double.POSITIVE_INFINITY);
    Arrays.fill(last, Double.NEGATIVE_INFINITY);
    List<Phase> phases = context.plan().phases();
    for (int i = 0; i < context.activities().size(); i++) {
      int p = context.phaseIndexAt(i);
      if (p >= 0) {
        first[p] = Math.min(first[p], context.earlyStartAt(i));
        last[p] = Math.max(last[p], context.earlyFinishAt(i));
      }
    }
    for (int p = 0; p < phases.size(); p++) {
      Optional<PhaseTemplate> template = context.templateOf(phases.get(p));
      if (template.isEmpty() || last[p] < first[p]) {
        continue;
      }
      DurationRange range = template.get().typicalDuration();
      double length = last[p] - first[p];
      double shortest = range.minimumWorkingDays() * (1 - tolerance);
      double longest = range.maximumWorkingDays() * (1 + tolerance);
      boolean tooShort = length < shortest;
      boolean tooLong = !template.get().extensible() && length > longest;
      if (tooShort || tooLong) {
        findings.report(
            PlanPath.phase(phases.get(p).id()),
            "Phase '" + phases.get(p).id() + "' lasts " + plain(length) + " working days (about "
                + plain(Math.round(length / DurationUnit.MONTHS.workingDays() * 10) / 10.0) + " months), "
                + (tooShort ? "shorter" : "longer") + " than the method's " + range.describe() + " for it",
            tooShort
                ? "Check the phase's estimates: the method gives this work more time."
                : "Check the phase's estimates, or split its work (lots, for deployment).");
      }
    }
  }
}
