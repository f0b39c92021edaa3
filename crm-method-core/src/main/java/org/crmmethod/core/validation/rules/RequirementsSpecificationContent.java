package org.crmmethod.core.validation.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The requirements specification holds the gap analysis between users' wishes, the package and
 * the budget, the interface specifications and the data-migration scope (F08), besides any other
 * section its type requires.
 */
final class RequirementsSpecificationContent extends BuiltInRule {
  private static final List<String> F08_SECTIONS =
      List.of(
          MethodDeliverables.SECTION_GAP_ANALYSIS,
          MethodDeliverables.SECTION_INTERFACE_SPECIFICATIONS,
          MethodDeliverables.SECTION_DATA_MIGRATION_SCOPE);

  RequirementsSpecificationContent() {
    super(BuiltInRules.REQUIREMENTS_SPECIFICATION_CONTENT, Severity.ERROR, "The requirements specification holds the gap analysis, interfaces and migration scope", MethodFact.F08);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Deliverable specification : context.deliverablesOfType(MethodDeliverables.REQUIREMENTS_SPECIFICATION)) {
      Set<String> required = new LinkedHashSet<>();
      context.method().deliverableType(specification.type()).ifPresent(type -> required.addAll(type.requiredSections()));
      required.addAll(F08_SECTIONS);
      required.removeAll(specification.sections());
      if (!required.isEmpty()) {
        findings.report(
            PlanPath.deliverable(specification.id()) + ".sections",
            "The requirements specification '" + specification.id() + "' lacks the section(s) " + required,
            "Add the sections " + required + ".");
      }
    }
  }
}
