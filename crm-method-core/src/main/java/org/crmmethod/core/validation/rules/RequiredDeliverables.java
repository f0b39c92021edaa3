package org.crmmethod.core.validation.rules;

import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** Each phase plans every deliverable its method template requires (F05). */
final class RequiredDeliverables extends BuiltInRule {
  RequiredDeliverables() {
    super(BuiltInRules.REQUIRED_DELIVERABLES, Severity.ERROR, "Each phase plans the deliverables the method requires of it", MethodFact.F05);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Phase phase : context.plan().phases()) {
      Optional<PhaseTemplate> template = context.templateOf(phase);
      if (template.isEmpty()) {
        continue;
      }
      for (String type : template.get().requiredDeliverables()) {
        boolean planned =
            context.deliverablesOfType(type).stream().anyMatch(d -> d.phase().equals(phase.id()));
        if (!planned) {
          findings.report(
              PlanPath.phase(phase.id()),
              "Phase '" + phase.id() + "' plans no deliverable of type " + type + ", which the method requires of it",
              "Add a deliverable of type " + type + " to phase '" + phase.id() + "'.");
        }
      }
    }
  }
}
