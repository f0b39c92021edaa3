package org.crmmethod.core.validation.rules;

import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** Lots belong to a phase whose method template rolls out lots (F13). */
final class LotInRolloutPhase extends BuiltInRule {
  LotInRolloutPhase() {
    super(BuiltInRules.LOT_IN_ROLLOUT_PHASE, Severity.ERROR, "Lots run in the phase that rolls out lots", MethodFact.F13);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      Optional<PhaseTemplate> template = context.plan().phase(lot.phase()).flatMap(context::templateOf);
      if (template.isPresent() && !template.get().runsLots()) {
        findings.report(
            PlanPath.lot(lot.id()) + ".phase",
            "Lot '" + lot.id() + "' runs in phase '" + lot.phase() + "', which does not roll out lots in the method",
            "Attach the lot to the phase whose template rolls out lots"
                + context.method().rolloutPhase().map(t -> " ('" + t.id() + "')").orElse("")
                + ".");
      }
    }
  }
}
