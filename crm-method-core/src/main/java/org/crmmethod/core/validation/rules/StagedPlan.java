package org.crmmethod.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The project runs in stages (F05): the plan has a phase for every phase of its method, and each
 * phase the method closes with a gate holds a gate review.
 */
final class StagedPlan extends BuiltInRule {
  StagedPlan() {
    super(BuiltInRules.STAGED_PLAN, Severity.ERROR, "The plan runs in the method's stages, each closed by a gate", MethodFact.F05);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    List<String> missing = new ArrayList<>();
    for (PhaseTemplate template : context.method().phases()) {
      if (context.phaseFollowing(template.id()).isEmpty()) {
        missing.add(template.id());
      }
    }
    if (!missing.isEmpty()) {
      findings.report(
          "phases",
          context.plan().phases().isEmpty()
              ? "The plan has no phase: the method runs a project in stages " + missing
              : "The plan has no phase following the method's stage(s) " + missing,
          "Add one phase per stage of the method, each naming its template.");
    }
    for (Phase phase : context.plan().phases()) {
      boolean gated = context.templateOf(phase).flatMap(PhaseTemplate::exitGate).isPresent();
      if (gated && phase.activities().stream().noneMatch(a -> a.kind() == ActivityKind.GATE_REVIEW)) {
        findings.report(
            PlanPath.phase(phase.id()),
            "Phase '" + phase.id() + "' has no gate review, but the method closes it with gate '"
                + context.templateOf(phase).get().exitGate().get() + "'",
            "Add a GATE_REVIEW milestone that depends on the phase's last activities.");
      }
    }
  }
}
