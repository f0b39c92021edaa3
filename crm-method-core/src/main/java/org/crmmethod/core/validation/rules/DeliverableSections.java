package org.crmmethod.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each deliverable holds the sections its type requires. The requirements specification has a rule
 * of its own (F08) and is left to it.
 */
final class DeliverableSections extends BuiltInRule {
  DeliverableSections() {
    super(BuiltInRules.DELIVERABLE_SECTIONS, Severity.ERROR, "Deliverables hold the sections their type requires");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Deliverable deliverable : context.plan().deliverables()) {
      if (deliverable.type().equals(MethodDeliverables.REQUIREMENTS_SPECIFICATION)) {
        continue;
      }
      DeliverableType type = context.method().deliverableType(deliverable.type()).orElse(null);
      if (type == null) {
        continue;
      }
      List<String> missing = new ArrayList<>(type.requiredSections());
      missing.removeAll(deliverable.sections());
      if (!missing.isEmpty()) {
        findings.report(
            PlanPath.deliverable(deliverable.id()) + ".sections",
            "Deliverable '" + deliverable.id() + "' (" + type.id() + ") lacks the section(s) " + missing,
            "Add the sections " + missing + " to the deliverable.");
      }
    }
  }
}
