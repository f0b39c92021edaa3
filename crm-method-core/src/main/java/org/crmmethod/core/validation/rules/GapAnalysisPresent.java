package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The requirements specification holds the gap analysis between what users want, what the package
 * can do and the budget (F08): once the specification phase is over, the plan holds its fit-gap
 * analysis, with requirements, each one assessed.
 *
 * <p>The analysis is a record of phase-3 work, so the rule asks for it only once that work is done:
 * when the phase's exit gate has been passed (a decision other than {@code NO_GO}), or the status
 * date has reached the phase's planned finish. Before then an analysis may be missing or under way.
 * It is an error, as the missing section of the specification is (see {@code
 * CRM-F08-REQUIREMENTS-SPECIFICATION-CONTENT}): without it nobody has weighed the users' wishes
 * against the package and the budget, and the lots are planned blind.
 */
final class GapAnalysisPresent extends BuiltInRule {
  GapAnalysisPresent() {
    super(BuiltInRules.GAP_ANALYSIS_PRESENT, Severity.ERROR, "The specification phase ends with a complete gap analysis", MethodFact.F08);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> specification = context.phasePlanning(ActivityKind.GAP_ANALYSIS);
    if (specification.isEmpty()) {
      return;
    }
    Optional<String> ended = howItEnded(context, specification.get());
    if (ended.isEmpty()) {
      return;
    }
    String phase = "Phase '" + specification.get().id() + "' " + ended.get();
    Optional<FitGapAnalysis> analysis = context.plan().fitGap();
    if (analysis.isEmpty()) {
      findings.report(
          "fitGap",
          phase + ", but the plan holds no gap analysis of users' requirements against the package and the budget",
          "Record the requirements, how the package meets each one, the budget and the gaps to close.");
      return;
    }
    if (analysis.get().requirements().isEmpty()) {
      findings.report(
          "fitGap.requirements",
          phase + ", but its gap analysis lists no requirement",
          "Record the requirements the specification teams collected.");
      return;
    }
    Set<String> assessed = new HashSet<>();
    for (FitAssessment assessment : analysis.get().assessments()) {
      assessed.add(assessment.requirement());
    }
    for (Requirement requirement : analysis.get().requirements()) {
      if (!assessed.contains(requirement.id())) {
        findings.report(
            PlanPath.requirement(requirement.id()),
            phase + ", but requirement '" + requirement.id() + "' (" + requirement.priority() + ") was never assessed against the package",
            "Assess it: standard, configuration, specific development, workaround or not supported, with effort and cost.");
      }
    }
  }

  /** Says how the phase ended by the status date, or empty while it has not. */
  private static Optional<String> howItEnded(ValidationContext context, Phase phase) {
    Optional<String> gate = context.templateOf(phase).flatMap(template -> template.exitGate());
    if (gate.isPresent()) {
      for (GateDecision decision : context.plan().gateDecisions()) {
        if (decision.gate().equals(gate.get()) && decision.outcome() != GateOutcome.NO_GO) {
          return Optional.of("passed its gate " + gate.get() + " on " + decision.decidedOn());
        }
      }
    }
    Optional<LocalDate> status = context.plan().statusDate();
    Optional<LocalDate> finish = phase.plannedFinish();
    if (status.isPresent() && finish.isPresent() && !status.get().isBefore(finish.get())) {
      return Optional.of("was planned to finish on " + finish.get() + ", by the status date " + status.get());
    }
    return Optional.empty();
  }
}
