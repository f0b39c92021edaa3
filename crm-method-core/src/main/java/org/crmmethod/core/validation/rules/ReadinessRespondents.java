package org.crmmethod.core.validation.rules;

import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Executives and key managers take part in the readiness assessment (F33): for each role the
 * questionnaire names as a respondent (general management, executives, key managers for the
 * built-in one), some answer is owned by a stakeholder holding that role. The project cuts across
 * the company, so its readiness is not for the project team alone to judge.
 */
final class ReadinessRespondents extends BuiltInRule {
  ReadinessRespondents() {
    super(
        BuiltInRules.READINESS_RESPONDENTS,
        Severity.WARNING,
        "Executives and key managers own answers of the readiness assessment",
        MethodFact.F33);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<ReadinessAssessment> assessment = context.plan().readiness();
    Optional<ReadinessQuestionnaire> questionnaire = context.readinessQuestionnaire();
    if (assessment.isEmpty() || questionnaire.isEmpty()) {
      return;
    }
    for (String role : questionnaire.get().respondents()) {
      boolean taking = false;
      for (ReadinessAnswer answer : assessment.get().answers()) {
        taking |= context.holdsRole(answer.owner(), role);
      }
      if (!taking) {
        findings.report(
            "readiness.answers",
            "No readiness answer is owned by a stakeholder acting as " + role
                + "; the questionnaire asks " + String.join(", ", questionnaire.get().respondents().stream().sorted().toList())
                + " to take part",
            "Give some questions to a stakeholder holding the role " + role + ".");
      }
    }
  }
}
