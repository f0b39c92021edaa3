package org.crmmethod.core.validation.rules;

import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A decision reopened in a phase whose method template reports reopenings (the specification, F09)
 * is reported to general management.
 */
final class ReopeningReported extends BuiltInRule {
  ReopeningReported() {
    super(BuiltInRules.REOPENING_REPORTED, Severity.ERROR, "A reopened decision is reported to general management", MethodFact.F09);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (ProjectDecision decision : context.plan().decisions()) {
      for (int i = 0; i < decision.reopenings().size(); i++) {
        Reopening reopening = decision.reopenings().get(i);
        Optional<PhaseTemplate> template = context.plan().phase(reopening.phase()).flatMap(context::templateOf);
        Optional<String> reportTo = template.flatMap(PhaseTemplate::reopeningsReportTo);
        if (reportTo.isPresent() && reopening.generalManagementInformedOn().isEmpty()) {
          findings.report(
              PlanPath.decision(decision.id()) + "." + PlanPath.element("reopenings", i),
              "Decision '" + decision.id() + "' was reopened in phase '" + reopening.phase() + "' on " + reopening.date()
                  + " without informing " + reportTo.get(),
              "Inform general management and record the day in generalManagementInformedOn.");
        }
      }
    }
  }
}
