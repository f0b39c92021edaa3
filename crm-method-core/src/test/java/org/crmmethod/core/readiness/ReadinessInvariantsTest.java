package org.crmmethod.core.readiness;

import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.method.ActivityKind;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the readiness values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class ReadinessInvariantsTest {

  private static ReadinessQuestion.Builder question(String id, ReadinessGroup group) {
    return ReadinessQuestion.builder().id(id).group(group).text("Is the objective written down?");
  }

  private static ReadinessQuestionnaire.Builder questionnaire() {
    return ReadinessQuestionnaire.builder()
        .id("READINESS")
        .name("Readiness")
        .addQuestion(question("Q1", ReadinessGroup.STRATEGY).build());
  }

  private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

  private static ReadinessAnswer.Builder settled() {
    return ReadinessAnswer.builder()
        .question("STRATEGY-01")
        .status(AnswerStatus.SETTLED)
        .owner("CEO")
        .evidence("Board minutes")
        .answeredOn(DAY);
  }

  private static ReadinessAnswer.Builder unanswered() {
    return ReadinessAnswer.builder().question("STRATEGY-01").status(AnswerStatus.UNANSWERED).owner("CEO");
  }

  private static ReadinessAssessment.Builder assessment() {
    return ReadinessAssessment.builder().questionnaire("crm-readiness").assessedOn(DAY);
  }

  private static ReadinessScore.Builder score() {
    return ReadinessScore.builder().questions(2).answered(1).settled(1).points(3).status(RagStatus.AMBER);
  }

  private static ReadinessBlocker.Builder blocker() {
    return ReadinessBlocker.builder()
        .question("DATA-08")
        .group(ReadinessGroup.DATA)
        .status(AnswerStatus.IN_PROGRESS)
        .addBlocks(ActivityKind.DATA_MIGRATION);
  }

  private static ReadinessReport.Builder report() {
    ReadinessScore score = score().build();
    return ReadinessReport.builder()
        .questionnaire("crm-readiness")
        .assessedOn(DAY)
        .thresholds(ReadinessThresholds.defaults())
        .putGroup(ReadinessGroup.STRATEGY, score)
        .overall(score);
  }

  // --- ReadinessQuestion ---

  @Test
  void readinessQuestion_malformedId() {
    assertInvalid(
        () -> question("Q 1", ReadinessGroup.DATA).build(),
        "ReadinessQuestion.id " + ID_RULE + ", but was 'Q 1'",
        "ReadinessQuestion",
        "id",
        "'Q 1'");
  }

  @Test
  void readinessQuestion_blankText() {
    assertInvalid(
        () -> question("Q1", ReadinessGroup.DATA).text("").build(),
        "ReadinessQuestion.text must not be blank, but was ''",
        "ReadinessQuestion",
        "text",
        "''");
  }

  @Test
  void readinessQuestion_missingAttributes() {
    assertMissing(
        () -> ReadinessQuestion.builder().build(),
        "Required attribute(s) not set: ReadinessQuestion.id, ReadinessQuestion.group,"
            + " ReadinessQuestion.text",
        "ReadinessQuestion",
        "id",
        "group",
        "text");
  }

  // --- ReadinessQuestionnaire ---

  @Test
  void readinessQuestionnaire_malformedId() {
    assertInvalid(
        () -> questionnaire().id("").build(),
        "ReadinessQuestionnaire.id " + ID_RULE + ", but was ''",
        "ReadinessQuestionnaire",
        "id",
        "''");
  }

  @Test
  void readinessQuestionnaire_blankName() {
    assertInvalid(
        () -> questionnaire().name(" ").build(),
        "ReadinessQuestionnaire.name must not be blank, but was ' '",
        "ReadinessQuestionnaire",
        "name",
        "' '");
  }

  @Test
  void readinessQuestionnaire_noQuestion() {
    assertInvalid(
        () -> questionnaire().questions(List.of()).build(),
        "ReadinessQuestionnaire.questions must hold at least one element, but was []",
        "ReadinessQuestionnaire",
        "questions",
        "[]");
  }

  @Test
  void readinessQuestionnaire_questionIdTwice() {
    assertInvalid(
        () -> questionnaire().addQuestion(question("Q1", ReadinessGroup.IT).build()).build(),
        "ReadinessQuestionnaire.questions must not hold the same id twice, but was 'Q1'",
        "ReadinessQuestionnaire",
        "questions",
        "'Q1'");
  }

  @Test
  void readinessQuestionnaire_malformedRespondent() {
    assertInvalid(
        () -> questionnaire().addRespondent("CEO").addRespondent("sales director").build(),
        "ReadinessQuestionnaire.respondents " + ID_RULE + ", but was 'sales director'",
        "ReadinessQuestionnaire",
        "respondents",
        "'sales director'");
  }

  @Test
  void readinessQuestionnaire_groupsOutOfOrder() {
    assertInvalid(
        () ->
            questionnaire()
                .addQuestion(question("Q2", ReadinessGroup.IT).build())
                .addQuestion(question("Q3", ReadinessGroup.ORGANISATION).build())
                .build(),
        "ReadinessQuestionnaire.questions[Q3].group must not come after a question of group IT"
            + " (strategy first, IT last), but was ORGANISATION",
        "ReadinessQuestionnaire",
        "questions[Q3].group",
        "ORGANISATION");
  }

  @Test
  void readinessQuestionnaire_missingAttributes() {
    assertMissing(
        () -> ReadinessQuestionnaire.builder().build(),
        "Required attribute(s) not set: ReadinessQuestionnaire.id, ReadinessQuestionnaire.name",
        "ReadinessQuestionnaire",
        "id",
        "name");
  }

  // --- ReadinessAnswer ---

  @Test
  void readinessAnswer_malformedQuestionAndOwner() {
    assertInvalid(
        () -> settled().question("strategy 1").build(),
        "ReadinessAnswer.question " + ID_RULE + ", but was 'strategy 1'",
        "ReadinessAnswer",
        "question",
        "'strategy 1'");
    assertInvalid(
        () -> settled().owner("").build(),
        "ReadinessAnswer.owner " + ID_RULE + ", but was ''",
        "ReadinessAnswer",
        "owner",
        "''");
  }

  @Test
  void readinessAnswer_blankEvidence() {
    assertInvalid(
        () -> settled().evidence("\t").build(),
        "ReadinessAnswer.evidence must not be blank, but was '\t'",
        "ReadinessAnswer",
        "evidence",
        "'\t'");
  }

  @Test
  void readinessAnswer_unansweredWithEvidenceOrDate() {
    assertInvalid(
        () -> unanswered().evidence("A memo").build(),
        "ReadinessAnswer.evidence must be absent while the question is UNANSWERED, but was 'A memo'",
        "ReadinessAnswer",
        "evidence",
        "'A memo'");
    assertInvalid(
        () -> unanswered().answeredOn(DAY).build(),
        "ReadinessAnswer.answeredOn must be absent while the question is UNANSWERED, but was 2027-01-04",
        "ReadinessAnswer",
        "answeredOn",
        "2027-01-04");
  }

  @Test
  void readinessAnswer_answeredWithoutDate() {
    assertInvalid(
        () -> unanswered().status(AnswerStatus.NOT_SETTLED).build(),
        "ReadinessAnswer.answeredOn must be given for a NOT_SETTLED question, but was null",
        "ReadinessAnswer",
        "answeredOn",
        "null");
  }

  @Test
  void readinessAnswer_settledWithoutEvidenceOrWithDueDate() {
    assertInvalid(
        () -> ReadinessAnswer.builder().from(settled().build()).evidence(java.util.Optional.empty()).build(),
        "ReadinessAnswer.evidence must be given for a SETTLED question, but was null",
        "ReadinessAnswer",
        "evidence",
        "null");
    assertInvalid(
        () -> settled().dueOn(DAY).build(),
        "ReadinessAnswer.dueOn must be absent for a SETTLED question, but was 2027-01-04",
        "ReadinessAnswer",
        "dueOn",
        "2027-01-04");
  }

  @Test
  void readinessAnswer_nearMissesAreAccepted() {
    // An unanswered question may have a due date; an open one evidence or none.
    unanswered().dueOn(DAY).build();
    unanswered().status(AnswerStatus.IN_PROGRESS).answeredOn(DAY).dueOn(DAY.minusDays(1)).build();
    unanswered().status(AnswerStatus.NOT_SETTLED).answeredOn(DAY).evidence("Minutes").build();
  }

  @Test
  void readinessAnswer_missingAttributes() {
    assertMissing(
        () -> ReadinessAnswer.builder().build(),
        "Required attribute(s) not set: ReadinessAnswer.question, ReadinessAnswer.status,"
            + " ReadinessAnswer.owner",
        "ReadinessAnswer",
        "question",
        "status",
        "owner");
  }

  // --- ReadinessAssessment ---

  @Test
  void readinessAssessment_malformedQuestionnaire() {
    assertInvalid(
        () -> assessment().questionnaire("crm readiness").build(),
        "ReadinessAssessment.questionnaire " + ID_RULE + ", but was 'crm readiness'",
        "ReadinessAssessment",
        "questionnaire",
        "'crm readiness'");
  }

  @Test
  void readinessAssessment_twoAnswersToOneQuestion() {
    assertInvalid(
        () -> assessment().addAnswers(settled().build(), unanswered().build()).build(),
        "ReadinessAssessment.answers must not hold the same id twice, but was 'STRATEGY-01'",
        "ReadinessAssessment",
        "answers",
        "'STRATEGY-01'");
  }

  @Test
  void readinessAssessment_customQuestionIdTwice() {
    ReadinessQuestion custom = question("OWN-1", ReadinessGroup.DATA).build();
    assertInvalid(
        () -> assessment().addCustomQuestions(custom, custom).build(),
        "ReadinessAssessment.customQuestions must not hold the same id twice, but was 'OWN-1'",
        "ReadinessAssessment",
        "customQuestions",
        "'OWN-1'");
  }

  @Test
  void readinessAssessment_answerDatedAfterTheAssessment() {
    assertInvalid(
        () -> assessment().addAnswers(settled().answeredOn(DAY.plusDays(1)).build()).build(),
        "ReadinessAssessment.answers[STRATEGY-01].answeredOn must not be after assessedOn"
            + " (2027-01-04), but was 2027-01-05",
        "ReadinessAssessment",
        "answers[STRATEGY-01].answeredOn",
        "2027-01-05");
    // On the assessment's own day is fine.
    assessment().addAnswers(settled().build()).build();
  }

  @Test
  void readinessAssessment_missingAttributes() {
    assertMissing(
        () -> ReadinessAssessment.builder().build(),
        "Required attribute(s) not set: ReadinessAssessment.questionnaire,"
            + " ReadinessAssessment.assessedOn",
        "ReadinessAssessment",
        "questionnaire",
        "assessedOn");
  }

  // --- ReadinessThresholds ---

  @Test
  void readinessThresholds_outOfRange() {
    assertInvalid(
        () -> ReadinessThresholds.of(-1, 75),
        "ReadinessThresholds.amberFrom must be from 0 to 100, but was -1",
        "ReadinessThresholds",
        "amberFrom",
        "-1");
    assertInvalid(
        () -> ReadinessThresholds.of(50, 101),
        "ReadinessThresholds.greenFrom must be from 0 to 100, but was 101",
        "ReadinessThresholds",
        "greenFrom",
        "101");
  }

  @Test
  void readinessThresholds_amberAboveGreen() {
    assertInvalid(
        () -> ReadinessThresholds.of(80, 70),
        "ReadinessThresholds.amberFrom must not be above greenFrom (70), but was 80",
        "ReadinessThresholds",
        "amberFrom",
        "80");
    ReadinessThresholds.of(0, 0);
    ReadinessThresholds.of(100, 100);
  }

  // --- ReadinessScore ---

  @Test
  void readinessScore_countsOutOfRange() {
    assertInvalid(
        () -> score().questions(0).answered(0).settled(0).points(0).build(),
        "ReadinessScore.questions must be from 1 to 715827882, but was 0",
        "ReadinessScore",
        "questions",
        "0");
    assertInvalid(
        () -> score().answered(3).build(),
        "ReadinessScore.answered must be from 0 to questions (2), but was 3",
        "ReadinessScore",
        "answered",
        "3");
    assertInvalid(
        () -> score().settled(2).build(),
        "ReadinessScore.settled must be from 0 to answered (1), but was 2",
        "ReadinessScore",
        "settled",
        "2");
  }

  @Test
  void readinessScore_pointsDisagreeWithTheCounts() {
    assertInvalid(
        () -> score().points(4).build(),
        "ReadinessScore.points must be from 3 to 3 for 1 settled and 0 other answered question(s),"
            + " but was 4",
        "ReadinessScore",
        "points",
        "4");
    assertInvalid(
        () -> score().answered(2).points(3).build(),
        "ReadinessScore.points must be from 4 to 5 for 1 settled and 1 other answered question(s),"
            + " but was 3",
        "ReadinessScore",
        "points",
        "3");
    score().answered(2).points(5).build();
  }

  // --- ReadinessBlocker ---

  @Test
  void readinessBlocker_settledOrBlockingNothing() {
    assertInvalid(
        () -> blocker().status(AnswerStatus.SETTLED).build(),
        "ReadinessBlocker.status must not be SETTLED: a settled question blocks nothing, but was SETTLED",
        "ReadinessBlocker",
        "status",
        "SETTLED");
    assertInvalid(
        () -> ReadinessBlocker.builder().from(blocker().build()).blocks(List.of()).build(),
        "ReadinessBlocker.blocks must hold at least one element, but was []",
        "ReadinessBlocker",
        "blocks",
        "[]");
  }

  @Test
  void readinessBlocker_malformedIds() {
    assertInvalid(
        () -> blocker().owner("D P O").build(),
        "ReadinessBlocker.owner " + ID_RULE + ", but was 'D P O'",
        "ReadinessBlocker",
        "owner",
        "'D P O'");
  }

  // --- ReadinessReport ---

  @Test
  void readinessReport_noGroup() {
    assertInvalid(
        () -> report().groups(Map.of()).build(),
        "ReadinessReport.groups must hold at least one group, but was {}",
        "ReadinessReport",
        "groups",
        "{}");
  }

  @Test
  void readinessReport_overallDisagreesWithTheGroups() {
    assertInvalid(
        () -> report().putGroup(ReadinessGroup.IT, score().build()).build(),
        "ReadinessReport.overall.questions must be the groups' total (4), but was 2",
        "ReadinessReport",
        "overall.questions",
        "2");
  }

  @Test
  void readinessReport_twoBlockersOfOneQuestion() {
    assertInvalid(
        () -> report().addBlockers(blocker().build(), blocker().build()).build(),
        "ReadinessReport.blockers must not hold the same id twice, but was 'DATA-08'",
        "ReadinessReport",
        "blockers",
        "'DATA-08'");
  }

  @Test
  void resultValues_missingAttributes() {
    assertMissing(
        () -> ReadinessScore.builder().build(),
        "Required attribute(s) not set: ReadinessScore.questions, ReadinessScore.answered,"
            + " ReadinessScore.settled, ReadinessScore.points, ReadinessScore.status",
        "ReadinessScore",
        "questions",
        "answered",
        "settled",
        "points",
        "status");
    assertMissing(
        () -> ReadinessBlocker.builder().build(),
        "Required attribute(s) not set: ReadinessBlocker.question, ReadinessBlocker.group,"
            + " ReadinessBlocker.status",
        "ReadinessBlocker",
        "question",
        "group",
        "status");
    assertMissing(
        () -> ReadinessReport.builder().build(),
        "Required attribute(s) not set: ReadinessReport.questionnaire, ReadinessReport.assessedOn,"
            + " ReadinessReport.thresholds, ReadinessReport.overall",
        "ReadinessReport",
        "questionnaire",
        "assessedOn",
        "thresholds",
        "overall");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(ReadinessQuestion::builder);
    assertRejectsNulls(ReadinessQuestionnaire::builder);
    assertRejectsNulls(ReadinessAnswer::builder);
    assertRejectsNulls(ReadinessAssessment::builder);
    assertRejectsNulls(ReadinessThresholds::builder);
    assertRejectsNulls(ReadinessScore::builder);
    assertRejectsNulls(ReadinessBlocker::builder);
    assertRejectsNulls(ReadinessReport::builder);
  }
}
