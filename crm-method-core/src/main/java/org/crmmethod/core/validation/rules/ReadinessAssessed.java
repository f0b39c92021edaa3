package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The company answers the readiness questions on strategy, data, organisation and IT before work
 * goes beyond strategy (F29-F32), and its answers hold together with the plan.
 *
 * <ul>
 *   <li>Once an activity outside the strategy phase has started by the plan's status date, the plan
 *       records a readiness assessment. A baseline whose status date comes before that work need
 *       not hold one yet.
 *   <li>The assessment answers a questionnaire the library knows (the built-in catalogue's); an
 *       unknown one cannot be checked or scored.
 *   <li>Each answer answers a question of that questionnaire or one of the custom questions, and no
 *       custom question takes the id of a questionnaire question.
 *   <li>Each answer's owner is a stakeholder of the plan.
 * </ul>
 */
final class ReadinessAssessed extends BuiltInRule {
  ReadinessAssessed() {
    super(
        BuiltInRules.READINESS_ASSESSED,
        Severity.ERROR,
        "The readiness questions are answered before work goes beyond strategy, about this plan's people",
        MethodFact.F29,
        MethodFact.F30,
        MethodFact.F31,
        MethodFact.F32);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<ReadinessAssessment> assessment = context.plan().readiness();
    if (assessment.isEmpty()) {
      checkRecordedWhenNeeded(context, findings);
      return;
    }
    for (ReadinessAnswer answer : assessment.get().answers()) {
      if (context.stakeholder(answer.owner()).isEmpty()) {
        findings.report(
            PlanPath.readinessAnswer(answer.question()) + ".owner",
            "Readiness question '" + answer.question() + "' is owned by '" + answer.owner() + "', who is not a stakeholder of the plan",
            "Give each question an owner among the plan's stakeholders.");
      }
    }
    Optional<ReadinessQuestionnaire> questionnaire = context.readinessQuestionnaire();
    if (questionnaire.isEmpty()) {
      findings.report(
          "readiness.questionnaire",
          "The readiness assessment answers questionnaire '" + assessment.get().questionnaire()
              + "', which the library does not know: its answers cannot be checked or scored",
          "Answer the built-in questionnaire and add the company's own questions as custom questions.");
      return;
    }
    Set<String> asked = new HashSet<>();
    for (ReadinessQuestion question : questionnaire.get().questions()) {
      asked.add(question.id());
    }
    for (ReadinessQuestion custom : assessment.get().customQuestions()) {
      if (!asked.add(custom.id())) {
        findings.report(
            PlanPath.child("readiness", PlanPath.element("customQuestions", custom.id())),
            "Custom readiness question '" + custom.id() + "' takes the id of a question of questionnaire '"
                + questionnaire.get().id() + "', so it is never scored",
            "Give the custom question an id of its own.");
      }
    }
    for (ReadinessAnswer answer : assessment.get().answers()) {
      if (!asked.contains(answer.question())) {
        findings.report(
            PlanPath.readinessAnswer(answer.question()),
            "The readiness assessment answers question '" + answer.question() + "', which neither questionnaire '"
                + questionnaire.get().id() + "' nor the custom questions hold",
            "Answer a question of the questionnaire, or add the question as a custom question.");
      }
    }
  }

  /** Without an assessment: reports the first work beyond strategy that has started by the status date. */
  private static void checkRecordedWhenNeeded(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Optional<Phase> strategy = context.phasePlanning(ActivityKind.STRATEGIC_OBJECTIVE);
    Optional<LocalDate> status = plan.statusDate();
    if (strategy.isEmpty() || status.isEmpty() || !context.isScheduled()) {
      return;
    }
    int strategyIndex = plan.phases().indexOf(strategy.get());
    long startedBy =
        status.get().equals(LocalDate.MAX)
            ? context.workingDaysUntil(status.get()) + 1
            : context.workingDaysUntil(status.get().plusDays(1));
    List<Activity> activities = context.activities();
    int first = -1;
    for (int i = 0; i < activities.size(); i++) {
      if (context.phaseIndexAt(i) != strategyIndex
          && context.earlyStartAt(i) < startedBy
          && (first < 0 || context.earlyStartAt(i) < context.earlyStartAt(first))) {
        first = i;
      }
    }
    if (first >= 0) {
      findings.report(
          "readiness",
          "Work beyond the strategy phase is under way by the status date " + status.get() + " (activity '"
              + activities.get(first).id() + "' from working day " + plain(context.earlyStartAt(first))
              + "), but the plan records no readiness assessment",
          "Record the answers to the readiness questionnaire before leaving the strategy phase.");
    }
  }
}
