package org.crmmethod.core.validation.rules;

import java.util.HashMap;
import java.util.Map;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The gap analysis leaves no must-have uncovered (F08): every assessed must-have requirement is met
 * by the package as standard or by configuration, or is a gap the gap plan closes.
 *
 * <p>It is an error: a must-have is by definition what the release cannot go without, so a gap plan
 * that leaves one open delivers a solution its users said they could not work with. The way out is
 * a decision (close the gap, resolve it outside the package, choose another package, or lower the
 * priority), and lowering a priority set with the audit groups reopens a phase-2 decision that
 * general management must hear of (F09). Requirements not yet assessed are left to {@code
 * CRM-F08-GAP-ANALYSIS-PRESENT}.
 */
final class MustHavesCovered extends BuiltInRule {
  MustHavesCovered() {
    super(BuiltInRules.MUST_HAVE_COVERED, Severity.ERROR, "The gap analysis leaves no must-have uncovered", MethodFact.F08);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().fitGap().isEmpty()) {
      return;
    }
    FitGapAnalysis analysis = context.plan().fitGap().get();
    Map<String, FitAssessment> assessments = new HashMap<>();
    for (FitAssessment assessment : analysis.assessments()) {
      assessments.put(assessment.requirement(), assessment);
    }
    for (Requirement requirement : analysis.requirements()) {
      FitAssessment assessment = assessments.get(requirement.id());
      if (requirement.priority() != Priority.MUST
          || assessment == null
          || !assessment.fit().isGap()
          || analysis.gapsToClose().contains(requirement.id())) {
        continue;
      }
      String options = assessment.resolutionOptions().isEmpty() ? "" : " Options recorded: " + assessment.resolutionOptions() + ".";
      if (assessment.fit().closable()) {
        findings.report(
            PlanPath.requirement(requirement.id()),
            "Must-have '" + requirement.id() + "' is a gap (" + assessment.fit() + ", " + assessment.cost() + ") that the gap plan leaves open",
            "Add it to the gaps to close, or lower its priority and report the change to general management (F09)." + options);
      } else {
        findings.report(
            PlanPath.requirement(requirement.id()),
            "Must-have '" + requirement.id() + "' is not supported by the package, so the solution will lack it",
            "Resolve it outside the package, reconsider the choice of package, or lower its priority and report the change to general management (F09)." + options);
      }
    }
  }
}
