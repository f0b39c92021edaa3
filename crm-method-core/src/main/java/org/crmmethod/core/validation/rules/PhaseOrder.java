package org.crmmethod.core.validation.rules;

import java.util.OptionalInt;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** The plan's phases come in the order of the method's phases (F05). */
final class PhaseOrder extends BuiltInRule {
  PhaseOrder() {
    super(BuiltInRules.PHASE_ORDER, Severity.ERROR, "Phases follow the method's order", MethodFact.F05);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    int latest = -1;
    String latestPhase = null;
    for (Phase phase : context.plan().phases()) {
      if (phase.template().isEmpty()) {
        continue;
      }
      OptionalInt position = context.method().phasePosition(phase.template().get());
      if (position.isEmpty()) {
        continue;
      }
      if (position.getAsInt() < latest) {
        findings.report(
            PlanPath.phase(phase.id()),
            "Phase '" + phase.id() + "' (method phase " + (position.getAsInt() + 1)
                + ") comes after phase '" + latestPhase + "' (method phase " + (latest + 1)
                + "); the method runs its phases in order",
            "List the plan's phases in the method's order.");
      } else {
        latest = position.getAsInt();
        latestPhase = phase.id();
      }
    }
  }
}
