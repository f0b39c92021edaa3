package org.crmmethod.core.validation.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each lot runs every workstream of the method's lot template (F14): configuration, tests, data
 * migration and user presentations, plus specific development where the template allows it and
 * never in a lot where the package is only configured.
 */
final class LotWorkstreams extends BuiltInRule {
  LotWorkstreams() {
    super(BuiltInRules.LOT_WORKSTREAMS, Severity.ERROR, "Each lot runs the method's workstreams", MethodFact.F14);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<LotTemplate> template = context.method().lotTemplate();
    if (template.isEmpty()) {
      return;
    }
    for (Lot lot : context.plan().lots()) {
      Set<WorkstreamKind> present = EnumSet.noneOf(WorkstreamKind.class);
      for (Activity workstream : lot.workstreams()) {
        workstream.kind().workstream().ifPresent(present::add);
        if (lot.configuredOnly() && workstream.kind().workstream().equals(Optional.of(WorkstreamKind.SPECIFIC_DEVELOPMENT))) {
          findings.report(
              context.pathOf(workstream.id()),
              "Lot '" + lot.id() + "' only configures the package, yet plans specific development '" + workstream.id() + "'",
              "Drop the development, or clear the lot's configuredOnly flag.");
        }
      }
      Set<WorkstreamKind> missing = EnumSet.noneOf(WorkstreamKind.class);
      missing.addAll(template.get().parallelWorkstreams());
      missing.removeAll(template.get().optionalWorkstreams());
      missing.removeAll(present);
      if (!missing.isEmpty()) {
        findings.report(
            PlanPath.lot(lot.id()) + ".workstreams",
            "Lot '" + lot.id() + "' runs no " + missing + " workstream; every lot runs them side by side",
            "Add workstream activities of the missing kinds.");
      }
    }
  }
}
