package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Work a readiness question blocks waits until the question is settled (F28, F30): strategy
 * questions hold back IT work, personal-data compliance holds back data migration, and so on, as
 * each question's {@link ReadinessQuestion#blocks()} says.
 *
 * <p>An activity of a blocked kind is reported when, by its early start:
 *
 * <ul>
 *   <li>its question is settled, but only on a later day than the activity starts;
 *   <li>its question is not settled on the plan's status date, and the activity has started by then
 *       (it starts on or before the status date);
 *   <li>its question is not settled and due on a later day than the activity starts.
 * </ul>
 *
 * <p>An open question with neither a status date to judge by nor a due date says nothing about
 * when the work may start. The rule needs the plan's assessment, a questionnaire the library knows
 * and early dates; {@code CRM-F29-READINESS-ASSESSED} and the cycle rule report their absence.
 * Dates are compared with early starts in working days of the plan's calendar.
 */
final class ReadinessBlockers extends BuiltInRule {
  ReadinessBlockers() {
    super(BuiltInRules.READINESS_BLOCKERS, Severity.ERROR, "Work a readiness question blocks waits until the question is settled", MethodFact.F28, MethodFact.F30);
  }

  /** A day before which a question holds work back, and why. */
  private record Limit(long until, String why) {}

  /** One question's limits, most telling first: an activity is reported for the first it breaks. */
  private record Hold(List<Limit> limits) {}

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<ReadinessAssessment> assessment = context.plan().readiness();
    Optional<ReadinessQuestionnaire> questionnaire = context.readinessQuestionnaire();
    if (assessment.isEmpty() || questionnaire.isEmpty() || !context.isScheduled()) {
      return;
    }
    Map<ActivityKind, List<Hold>> holds = holds(context, assessment.get(), questionnaire.get());
    if (holds.isEmpty()) {
      return;
    }
    List<Activity> activities = context.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      List<Hold> held = holds.get(activity.kind());
      if (held == null) {
        continue;
      }
      double start = context.earlyStartAt(i);
      List<String> reasons = new ArrayList<>();
      for (Hold hold : held) {
        hold.limits().stream().filter(limit -> start < limit.until()).findFirst().ifPresent(limit -> reasons.add(limit.why()));
      }
      if (!reasons.isEmpty()) {
        findings.report(
            context.pathAt(i),
            "Activity '" + activity.id() + "' (" + activity.kind() + ") starts on working day " + plain(start)
                + ", before the readiness questions that block it are settled: " + String.join(", ", reasons),
            "Settle the questions first, or let the work start later.");
      }
    }
  }

  private static Map<ActivityKind, List<Hold>> holds(
      ValidationContext context, ReadinessAssessment assessment, ReadinessQuestionnaire questionnaire) {
    Optional<LocalDate> status = context.plan().statusDate();
    Optional<Long> statusLimit = status.map(day -> startedBy(context, day));
    Map<ActivityKind, List<Hold>> holds = new EnumMap<>(ActivityKind.class);
    for (ReadinessQuestion question : assessment.questions(questionnaire)) {
      if (question.blocks().isEmpty()) {
        continue;
      }
      Optional<ReadinessAnswer> answer = assessment.answer(question.id());
      AnswerStatus answered = answer.map(ReadinessAnswer::status).orElse(AnswerStatus.UNANSWERED);
      List<Limit> limits = new ArrayList<>();
      if (answered.isSettled()) {
        LocalDate settledOn = answer.get().answeredOn().orElseThrow();
        limits.add(new Limit(context.workingDaysUntil(settledOn), question.id() + " (settled only on " + settledOn + ")"));
      } else {
        // Work started by the status date is under way while the question is open; work starting
        // later is held back only by the due date, if there is one.
        if (status.isPresent()) {
          limits.add(new Limit(statusLimit.get(), question.id() + " (still " + answered + " on the status date " + status.get() + ")"));
        }
        answer.flatMap(ReadinessAnswer::dueOn).ifPresent(day -> limits.add(new Limit(context.workingDaysUntil(day), question.id() + " (due on " + day + ")")));
      }
      if (limits.isEmpty()) {
        continue;
      }
      Hold hold = new Hold(List.copyOf(limits));
      for (ActivityKind kind : question.blocks()) {
        holds.computeIfAbsent(kind, k -> new ArrayList<>()).add(hold);
      }
    }
    return holds;
  }

  /** The working day from which an activity starts after a day: it has started by that day before it. */
  private static long startedBy(ValidationContext context, LocalDate day) {
    return day.equals(LocalDate.MAX) ? context.workingDaysUntil(day) + 1 : context.workingDaysUntil(day.plusDays(1));
  }
}
