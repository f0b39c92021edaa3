package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.validation.PlanEdits.edit;
import static org.crmmethod.core.validation.rules.BuiltInRules.DATES_CONSISTENT;
import static org.crmmethod.core.validation.rules.BuiltInRules.READINESS_ASSESSED;
import static org.crmmethod.core.validation.rules.BuiltInRules.READINESS_BLOCKERS;
import static org.crmmethod.core.validation.rules.BuiltInRules.READINESS_RESPONDENTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The readiness rules (F28-F33) on the reference plan with one change: which work each rule
 * reports, where it points, and the near misses it lets pass.
 *
 * <p>Early starts in the reference plan: the technical architecture (A-ARCH) on Tuesday 20 April
 * 2027, the interface specification (P-IF) on 10 June, the first data migration (L1-DATA) and
 * configuration (L1-CONF) on 23 July, the audit on Tuesday 30 March (Easter Monday, 29 March, is a
 * holiday).
 */
class ReadinessRulesTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final ReadinessAssessment ASSESSMENT = PLAN.readiness().orElseThrow();
  private static final LocalDate START = PharmaReferencePlan.START;

  private static List<Finding> findings(ProjectPlan plan, String ruleId) {
    return Validator.standard().validate(plan, METHOD).byRule(ruleId);
  }

  private static List<String> paths(ProjectPlan plan, String ruleId) {
    return findings(plan, ruleId).stream().map(Finding::path).toList();
  }

  /** The reference plan with its assessment changed, as of a status date (and assessment date). */
  private static ProjectPlan plan(LocalDate status, UnaryOperator<ReadinessAssessment.Builder> change) {
    ReadinessAssessment.Builder assessment = ReadinessAssessment.builder().from(ASSESSMENT).assessedOn(status);
    return edit(PLAN).statusDate(status).readiness(change.apply(assessment).build()).build();
  }

  /** Every answer settled on the start date, but the given ones, which keep their reference answers. */
  private static List<ReadinessAnswer> settledBut(String... open) {
    List<String> kept = List.of(open);
    List<ReadinessAnswer> answers = new ArrayList<>();
    for (ReadinessAnswer answer : ASSESSMENT.answers()) {
      answers.add(
          kept.contains(answer.question())
              ? answer
              : ReadinessAnswer.builder()
                  .question(answer.question())
                  .status(AnswerStatus.SETTLED)
                  .owner(answer.owner())
                  .evidence("Settled at the strategy gate")
                  .answeredOn(START)
                  .build());
    }
    return answers;
  }

  /** One answer replaced. */
  private static List<ReadinessAnswer> replace(List<ReadinessAnswer> answers, ReadinessAnswer answer) {
    List<ReadinessAnswer> replaced = new ArrayList<>();
    answers.stream().filter(a -> !a.question().equals(answer.question())).forEach(replaced::add);
    replaced.add(answer);
    return replaced;
  }

  private static ReadinessAnswer open(String question, AnswerStatus status, LocalDate due) {
    ReadinessAnswer.Builder answer = ReadinessAnswer.builder().question(question).status(status).owner("CEO").dueOn(Optional.ofNullable(due));
    if (status.isAnswered()) {
      answer.answeredOn(START);
    }
    return answer.build();
  }

  // ---- CRM-F28-READINESS-BLOCKERS

  @Test
  @DisplayName("F28: IT design may not start before an open strategy question is due; on the due day it may")
  void f28_itDesignWaitsForTheStrategyDueDate() {
    LocalDate architecture = LocalDate.of(2027, 4, 20);
    ProjectPlan lateByOneDay =
        plan(START, a -> a.answers(replace(settledBut(), open("STRATEGY-05", AnswerStatus.NOT_SETTLED, architecture.plusDays(1)))));
    ProjectPlan onTheDay =
        plan(START, a -> a.answers(replace(settledBut(), open("STRATEGY-05", AnswerStatus.NOT_SETTLED, architecture))));

    assertThat(paths(lateByOneDay, READINESS_BLOCKERS)).containsExactly("phases[AUDIT].activities[A-ARCH]");
    Finding finding = findings(lateByOneDay, READINESS_BLOCKERS).get(0);
    assertThat(finding.message())
        .isEqualTo("Activity 'A-ARCH' (TECHNICAL_ARCHITECTURE) starts on working day 75, before the readiness questions"
            + " that block it are settled: STRATEGY-05 (due on 2027-04-21)");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.facts()).containsExactly(MethodFact.F28, MethodFact.F30);
    assertThat(findings(onTheDay, READINESS_BLOCKERS)).isEmpty();
  }

  @Test
  @DisplayName("F28: a strategy question due after the deployment starts blocks every IT activity of the plan")
  void f28_lateStrategyQuestionBlocksEveryItActivity() {
    ProjectPlan plan = plan(START, a -> a.answers(replace(settledBut(), open("STRATEGY-01", AnswerStatus.UNANSWERED, LocalDate.of(2028, 1, 1)))));

    List<String> blocked =
        PLAN.activities().stream()
            .filter(activity -> ReadinessCatalogue.questionnaire().questions().get(0).blocks().contains(activity.kind()))
            .map(activity -> activity.id())
            .toList();
    assertThat(findings(plan, READINESS_BLOCKERS)).hasSize(blocked.size());
    assertThat(blocked).contains("A-ARCH", "P-IF", "L1-CONF", "L2-DEV", "L1-TEST", "L2-DATA", "L1-CUT", "L2-CUT");
  }

  @Test
  @DisplayName("F28: work started before its question was settled is reported, work starting on the settling day is not")
  void f28_settledTooLate() {
    LocalDate status = LocalDate.of(2027, 5, 3);
    UnaryOperator<ReadinessAnswer.Builder> settled =
        b -> b.question("IT-05").status(AnswerStatus.SETTLED).owner("IT-DIR").evidence("No data warehouse: data marts suffice");
    ProjectPlan late = plan(status, a -> a.answers(replace(settledBut(), settled.apply(ReadinessAnswer.builder()).answeredOn(LocalDate.of(2027, 4, 21)).build())));
    ProjectPlan inTime = plan(status, a -> a.answers(replace(settledBut(), settled.apply(ReadinessAnswer.builder()).answeredOn(LocalDate.of(2027, 4, 20)).build())));

    assertThat(findings(late, READINESS_BLOCKERS))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("IT-05 (settled only on 2027-04-21)"));
    assertThat(findings(inTime, READINESS_BLOCKERS)).isEmpty();
  }

  @Test
  @DisplayName("F30: data migration under way by the status date while personal-data compliance is open is reported; the day before it is not")
  void f30_migrationUnderWayWhileComplianceIsOpen() {
    LocalDate migration = LocalDate.of(2027, 7, 23);
    UnaryOperator<ReadinessAssessment.Builder> complianceOpen =
        a -> a.answers(replace(settledBut(), open(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE, AnswerStatus.IN_PROGRESS, null)));

    assertThat(paths(plan(migration, complianceOpen), READINESS_BLOCKERS)).containsExactly("lots[LOT-1].workstreams[L1-DATA]");
    assertThat(findings(plan(migration, complianceOpen), READINESS_BLOCKERS).get(0).message())
        .endsWith(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE + " (still IN_PROGRESS on the status date 2027-07-23)");
    assertThat(findings(plan(migration.minusDays(1), complianceOpen), READINESS_BLOCKERS)).isEmpty();
  }

  @Test
  @DisplayName("F30: an unanswered question the plan holds no answer for blocks work under way, like any open one")
  void f30_missingAnswerCountsAsUnanswered() {
    LocalDate status = LocalDate.of(2027, 9, 20);
    List<ReadinessAnswer> answers =
        settledBut().stream().filter(a -> !a.question().equals(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE)).toList();

    assertThat(paths(plan(status, a -> a.answers(answers)), READINESS_BLOCKERS))
        .containsExactly("lots[LOT-1].cutOver.activity", "lots[LOT-1].workstreams[L1-DATA]", "lots[LOT-2].workstreams[L2-DATA]");
    assertThat(findings(plan(status, a -> a.answers(answers)), READINESS_BLOCKERS).get(0).message())
        .contains("(still UNANSWERED on the status date 2027-09-20)");
  }

  @Test
  @DisplayName("F30: the company's own question blocks what it names, and several questions are listed in one finding")
  void f30_customQuestionAndSeveralQuestionsInOneFinding() {
    LocalDate late = LocalDate.of(2027, 12, 1);
    ProjectPlan plan =
        plan(START, a -> a.answers(replace(
            replace(settledBut(), open(PharmaReferencePlan.TRANSPARENCY, AnswerStatus.NOT_SETTLED, late)),
            open(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE, AnswerStatus.IN_PROGRESS, late))));

    assertThat(paths(plan, READINESS_BLOCKERS))
        .containsExactly(
            "lots[LOT-1].cutOver.activity",
            "lots[LOT-1].workstreams[L1-DATA]",
            "lots[LOT-2].cutOver.activity",
            "lots[LOT-2].workstreams[L2-DATA]");
    assertThat(findings(plan, READINESS_BLOCKERS).get(1).message())
        .endsWith(": DATA-08 (due on 2027-12-01), PHARMA-TRANSPARENCY (due on 2027-12-01)");
    assertThat(findings(plan, READINESS_BLOCKERS).get(0).message()).endsWith(": DATA-08 (due on 2027-12-01)");
  }

  @Test
  @DisplayName("F28: an open question without a due date holds back only work already under way")
  void f28_openQuestionWithoutDueDate() {
    ProjectPlan plan = plan(START, a -> a.answers(replace(settledBut(), open("STRATEGY-06", AnswerStatus.UNANSWERED, null))));
    ProjectPlan noStatus = edit(plan).statusDate(Optional.empty()).build();

    assertThat(findings(plan, READINESS_BLOCKERS)).isEmpty();
    assertThat(findings(noStatus, READINESS_BLOCKERS)).isEmpty();
  }

  @Test
  @DisplayName("F28: the blockers rule is silent without an assessment, with an unknown questionnaire, or without early dates")
  void f28_blockersSilentWithoutWhatTheyNeed() {
    LocalDate status = LocalDate.of(2027, 9, 20);
    ProjectPlan none = edit(PLAN).statusDate(status).readiness(Optional.empty()).build();
    ProjectPlan unknown = plan(status, a -> a.questionnaire("acme-readiness"));
    ProjectPlan open = plan(status, a -> a);
    ProjectPlan cycle =
        PlanEdits.mapKind(open, ActivityKind.STRATEGIC_OBJECTIVE,
            a -> org.crmmethod.core.plan.Activity.builder().from(a).addDependencies(Dependency.on("S-GATE")).build());

    assertThat(findings(open, READINESS_BLOCKERS)).isNotEmpty();
    assertThat(findings(none, READINESS_BLOCKERS)).isEmpty();
    assertThat(findings(unknown, READINESS_BLOCKERS)).isEmpty();
    assertThat(findings(cycle, READINESS_BLOCKERS)).isEmpty();
  }

  // ---- CRM-F29-READINESS-ASSESSED

  @Test
  @DisplayName("F29-F32: once the audit is under way the plan must hold an assessment; the day before, and at kick-off, it need not")
  void f29_assessmentNeededOnceWorkGoesBeyondStrategy() {
    // The audit starts on Tuesday 30 March: Easter Monday is a holiday.
    ProjectPlan underWay = edit(PLAN).statusDate(LocalDate.of(2027, 3, 30)).readiness(Optional.empty()).build();
    ProjectPlan easterMonday = edit(PLAN).statusDate(LocalDate.of(2027, 3, 29)).readiness(Optional.empty()).build();
    ProjectPlan kickOff = edit(PLAN).readiness(Optional.empty()).build();
    ProjectPlan noStatus = edit(kickOff).statusDate(Optional.empty()).build();

    assertThat(findings(underWay, READINESS_ASSESSED))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("readiness");
          assertThat(f.message())
              .isEqualTo("Work beyond the strategy phase is under way by the status date 2027-03-30 (activity 'A-INT'"
                  + " from working day 60), but the plan records no readiness assessment");
          assertThat(f.facts()).containsExactly(MethodFact.F29, MethodFact.F30, MethodFact.F31, MethodFact.F32);
        });
    assertThat(findings(easterMonday, READINESS_ASSESSED)).isEmpty();
    assertThat(findings(kickOff, READINESS_ASSESSED)).isEmpty();
    assertThat(findings(noStatus, READINESS_ASSESSED)).isEmpty();
  }

  @Test
  @DisplayName("F29-F32: answers refer to questions of the questionnaire or custom ones, and owners to the plan's stakeholders")
  void f29_answersReferToQuestionsAndStakeholders() {
    ReadinessQuestion clash =
        ReadinessQuestion.builder().id("STRATEGY-01").group(ReadinessGroup.STRATEGY).text("What is our strategy, really?").build();
    ProjectPlan plan =
        plan(START, a -> a
            .addCustomQuestion(clash)
            .answers(replace(
                replace(ASSESSMENT.answers(), open("NO-SUCH-QUESTION", AnswerStatus.UNANSWERED, null)),
                ReadinessAnswer.builder().from(ASSESSMENT.answer("DATA-01").orElseThrow()).owner("GHOST").build())));

    assertThat(paths(plan, READINESS_ASSESSED))
        .containsExactly("readiness.answers[DATA-01].owner", "readiness.answers[NO-SUCH-QUESTION]", "readiness.customQuestions[STRATEGY-01]");
    assertThat(findings(plan, READINESS_ASSESSED).get(0).message())
        .isEqualTo("Readiness question 'DATA-01' is owned by 'GHOST', who is not a stakeholder of the plan");
  }

  @Test
  @DisplayName("F29-F32: an unknown questionnaire cannot be checked; the custom question on transparency is a fine answer target")
  void f29_unknownQuestionnaire() {
    ProjectPlan plan = plan(START, a -> a.questionnaire("acme-readiness"));

    assertThat(paths(plan, READINESS_ASSESSED)).containsExactly("readiness.questionnaire");
    assertThat(ASSESSMENT.answer(PharmaReferencePlan.TRANSPARENCY)).isPresent();
    assertThat(findings(PLAN, READINESS_ASSESSED)).isEmpty();
  }

  // ---- CRM-F33-READINESS-RESPONDENTS

  @Test
  @DisplayName("F33: answers owned by the data protection officer alone leave out general management, executives and key managers")
  void f33_respondentsMissing() {
    ProjectPlan plan =
        plan(START, a -> a.answers(ASSESSMENT.answers().stream().map(x -> ReadinessAnswer.builder().from(x).owner("DPO").build()).toList()));

    List<Finding> findings = findings(plan, READINESS_RESPONDENTS);
    assertThat(findings).hasSize(3).allSatisfy(f -> {
      assertThat(f.path()).isEqualTo("readiness.answers");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.facts()).containsExactly(MethodFact.F33);
    });
    assertThat(findings).extracting(Finding::message)
        .contains("No readiness answer is owned by a stakeholder acting as KEY_MANAGER; the questionnaire asks"
            + " EXECUTIVE, GENERAL_MANAGEMENT, KEY_MANAGER to take part");
  }

  @Test
  @DisplayName("F33: one answer owned by the chief executive and one by a key manager are enough")
  void f33_oneAnswerPerRoleIsEnough() {
    List<ReadinessAnswer> answers = new ArrayList<>();
    for (ReadinessAnswer answer : ASSESSMENT.answers()) {
      String owner = switch (answer.question()) {
        case "STRATEGY-01" -> "CEO";
        case "DATA-01" -> "LOG-HEAD";
        default -> "DPO";
      };
      answers.add(ReadinessAnswer.builder().from(answer).owner(owner).build());
    }

    assertThat(findings(plan(START, a -> a.answers(answers)), READINESS_RESPONDENTS)).isEmpty();
    assertThat(findings(edit(PLAN).readiness(Optional.empty()).build(), READINESS_RESPONDENTS)).isEmpty();
  }

  // ---- dates

  @Test
  @DisplayName("F28: the assessment is dated between the project's start and the status date")
  void f28_assessmentDates() {
    ProjectPlan after = edit(PLAN).readiness(ReadinessAssessment.builder().from(ASSESSMENT).assessedOn(START.plusDays(1)).build()).build();
    ProjectPlan before =
        edit(PLAN).readiness(ReadinessAssessment.builder().from(ASSESSMENT).answers(List.of()).assessedOn(START.minusDays(1)).build()).build();

    assertThat(paths(after, DATES_CONSISTENT)).containsExactly("readiness.assessedOn");
    assertThat(findings(after, DATES_CONSISTENT).get(0).message()).startsWith("The readiness assessment is dated 2027-01-05, after the plan's status date");
    assertThat(paths(before, DATES_CONSISTENT)).containsExactly("readiness.assessedOn");
    // Answers may predate the project: several were settled at the board's review in December.
    assertThat(ASSESSMENT.answer("STRATEGY-02").orElseThrow().answeredOn()).contains(LocalDate.of(2026, 12, 14));
  }
}
