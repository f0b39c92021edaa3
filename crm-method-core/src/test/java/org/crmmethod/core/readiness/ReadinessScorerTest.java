package org.crmmethod.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facts F28-F32 as the scorer reads them: a score and a red, amber or green reading per group and
 * overall, and the open questions that hold work back.
 */
class ReadinessScorerTest {
  private static final ReadinessQuestionnaire CATALOGUE = ReadinessCatalogue.questionnaire();
  private static final LocalDate DAY = LocalDate.of(2027, 1, 4);
  private static final ReadinessScorer SCORER = ReadinessScorer.standard();

  /** Every question of the catalogue answered with one status. */
  private static ReadinessAssessment.Builder all(AnswerStatus status) {
    ReadinessAssessment.Builder assessment = ReadinessAssessment.builder().questionnaire(ReadinessCatalogue.ID).assessedOn(DAY);
    for (ReadinessQuestion question : CATALOGUE.questions()) {
      assessment.addAnswer(answer(question.id(), status));
    }
    return assessment;
  }

  static ReadinessAnswer answer(String question, AnswerStatus status) {
    ReadinessAnswer.Builder answer = ReadinessAnswer.builder().question(question).status(status).owner("CEO");
    if (status.isAnswered()) {
      answer.answeredOn(DAY);
    }
    if (status.isSettled()) {
      answer.evidence("Minutes of the board");
    }
    return answer.build();
  }

  /** The assessment with one question's answer replaced. */
  private static ReadinessAssessment with(ReadinessAssessment assessment, String question, AnswerStatus status) {
    List<ReadinessAnswer> answers = new ArrayList<>();
    assessment.answers().stream().filter(a -> !a.question().equals(question)).forEach(answers::add);
    answers.add(answer(question, status));
    return ReadinessAssessment.builder().from(assessment).answers(answers).build();
  }

  private static List<String> blockerIds(ReadinessReport report) {
    return report.blockers().stream().map(ReadinessBlocker::question).toList();
  }

  // ---- scores and readings

  @Test
  @DisplayName("F29-F32: the reference plan's kick-off assessment scores each group and reads red throughout")
  void f29_f32_referenceAssessmentScoresEachGroup() {
    ReadinessReport report = SCORER.score(CATALOGUE, PharmaReferencePlan.plan().readiness().orElseThrow());

    assertThat(report.groups().keySet())
        .containsExactly(ReadinessGroup.STRATEGY, ReadinessGroup.DATA, ReadinessGroup.ORGANISATION, ReadinessGroup.IT);
    ReadinessScore strategy = report.group(ReadinessGroup.STRATEGY).orElseThrow();
    assertThat(List.of(strategy.questions(), strategy.answered(), strategy.settled(), strategy.points()))
        .containsExactly(6, 4, 1, 8);
    // Ten catalogue questions and the laboratory's own question on transparency.
    assertThat(report.group(ReadinessGroup.DATA).orElseThrow().questions()).isEqualTo(11);
    assertThat(report.overall().questions()).isEqualTo(33);
    assertThat(report.overall().points()).isEqualTo(41);
    assertThat(report.overall().percent()).isBetween(41.0, 42.0);
    assertThat(report.groups().values()).extracting(ReadinessScore::status).containsOnly(RagStatus.RED);
    assertThat(report.overall().status()).isEqualTo(RagStatus.RED);
    assertThat(report.questionnaire()).isEqualTo(ReadinessCatalogue.ID);
    assertThat(report.assessedOn()).isEqualTo(PharmaReferencePlan.START);
    assertThat(report.thresholds()).isEqualTo(ReadinessThresholds.defaults());
  }

  @Test
  @DisplayName("F28: the documented default thresholds: amber from 50%, green from 75%")
  void f28_defaultThresholdsReadAsDocumented() {
    ReadinessThresholds defaults = ReadinessThresholds.defaults();
    assertThat(List.of(defaults.amberFrom(), defaults.greenFrom())).containsExactly(50, 75);
    // Every question in progress: 2 of 3 points, 67%.
    assertThat(SCORER.score(CATALOGUE, all(AnswerStatus.IN_PROGRESS).build()).group(ReadinessGroup.ORGANISATION).orElseThrow().status())
        .isEqualTo(RagStatus.AMBER);
    // Every question answered but open: 33%.
    assertThat(SCORER.score(CATALOGUE, all(AnswerStatus.NOT_SETTLED).build()).overall().status()).isEqualTo(RagStatus.RED);
    // The edges are exact: 3 of 6 points is amber, 2 of 4 too, 3 of 4 is green and 74 of 100 is not.
    assertThat(defaults.statusOf(3, 6)).isEqualTo(RagStatus.AMBER);
    assertThat(defaults.statusOf(2, 4)).isEqualTo(RagStatus.AMBER);
    assertThat(defaults.statusOf(3, 4)).isEqualTo(RagStatus.GREEN);
    assertThat(defaults.statusOf(74, 100)).isEqualTo(RagStatus.AMBER);
    assertThat(defaults.statusOf(49, 100)).isEqualTo(RagStatus.RED);
    assertThat(defaults.statusOf(0, 1)).isEqualTo(RagStatus.RED);
    assertThat(defaults.statusOf(1, 1)).isEqualTo(RagStatus.GREEN);
  }

  @Test
  @DisplayName("F28: everything settled reads green, with no blocker")
  void f28_everythingSettledIsGreen() {
    ReadinessReport report = SCORER.score(CATALOGUE, all(AnswerStatus.SETTLED).build());

    assertThat(report.overall().percent()).isEqualTo(100.0);
    assertThat(report.overall().status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.groups().values()).extracting(ReadinessScore::status).containsOnly(RagStatus.GREEN);
    assertThat(report.blockers()).isEmpty();
    assertThat(report.isBlocked(ActivityKind.CONFIGURATION)).isFalse();
  }

  @Test
  @DisplayName("F28: one open strategy question keeps the overall reading amber, whatever the score")
  void f28_anOpenBlockerHoldsTheOverallReadingAtAmber() {
    ReadinessReport report = SCORER.score(CATALOGUE, with(all(AnswerStatus.SETTLED).build(), "STRATEGY-06", AnswerStatus.IN_PROGRESS));

    assertThat(report.overall().percent()).isGreaterThan(98.0);
    assertThat(report.group(ReadinessGroup.STRATEGY).orElseThrow().status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.overall().status()).isEqualTo(RagStatus.AMBER);
    assertThat(blockerIds(report)).containsExactly("STRATEGY-06");
  }

  @Test
  @DisplayName("F28: a red group keeps the overall reading amber even when the total reads green")
  void f28_aRedGroupHoldsTheOverallReadingAtAmber() {
    ReadinessQuestionnaire questionnaire =
        ReadinessQuestionnaire.builder()
            .id("small")
            .name("Small")
            .addQuestion(question("S1", ReadinessGroup.STRATEGY))
            .addQuestion(question("S2", ReadinessGroup.STRATEGY))
            .addQuestion(question("S3", ReadinessGroup.STRATEGY))
            .addQuestion(question("S4", ReadinessGroup.STRATEGY))
            .addQuestion(question("I1", ReadinessGroup.IT))
            .build();
    ReadinessAssessment assessment =
        ReadinessAssessment.builder()
            .questionnaire("small")
            .assessedOn(DAY)
            .addAnswers(
                answer("S1", AnswerStatus.SETTLED), answer("S2", AnswerStatus.SETTLED),
                answer("S3", AnswerStatus.SETTLED), answer("S4", AnswerStatus.SETTLED))
            .build();

    ReadinessReport report = SCORER.score(questionnaire, assessment);

    // 12 of 15 points is 80%, but the IT group has nothing.
    assertThat(report.overall().points()).isEqualTo(12);
    assertThat(report.group(ReadinessGroup.IT).orElseThrow().status()).isEqualTo(RagStatus.RED);
    assertThat(report.overall().status()).isEqualTo(RagStatus.AMBER);
    assertThat(report.group(ReadinessGroup.DATA)).isEmpty();
    assertThat(report.groups()).hasSize(2);
  }

  @Test
  @DisplayName("F28: a vendor's own thresholds change the readings, not the scores")
  void f28_vendorThresholds() {
    ReadinessAssessment assessment = all(AnswerStatus.NOT_SETTLED).build();
    ReadinessScorer lenient = ReadinessScorer.withThresholds(ReadinessThresholds.of(30, 60));

    ReadinessReport report = lenient.score(CATALOGUE, assessment);

    assertThat(report.group(ReadinessGroup.DATA).orElseThrow().status()).isEqualTo(RagStatus.AMBER);
    assertThat(report.overall().points()).isEqualTo(SCORER.score(CATALOGUE, assessment).overall().points());
    assertThat(report.thresholds()).isEqualTo(ReadinessThresholds.of(30, 60));
    assertThat(lenient.thresholds().greenFrom()).isEqualTo(60);
    assertThat(lenient).hasToString("ReadinessScorer[amberFrom=30%, greenFrom=60%]");
  }

  // ---- blockers

  @Test
  @DisplayName("F28: unanswered strategy questions block the IT design and build")
  void f28_unansweredStrategyBlocksItWork() {
    ReadinessReport report = SCORER.score(CATALOGUE, ReadinessAssessment.builder().questionnaire(ReadinessCatalogue.ID).assessedOn(DAY).build());

    List<ReadinessBlocker> blocking = report.blockersOf(ActivityKind.CONFIGURATION);
    assertThat(blocking).extracting(ReadinessBlocker::question)
        .containsExactly("STRATEGY-01", "STRATEGY-02", "STRATEGY-03", "STRATEGY-04", "STRATEGY-05", "STRATEGY-06", "IT-02");
    assertThat(report.isBlocked(ActivityKind.TECHNICAL_ARCHITECTURE)).isTrue();
    assertThat(report.isBlocked(ActivityKind.INTERFACE_SPECIFICATION)).isTrue();
    assertThat(report.isBlocked(ActivityKind.AUDIT_INTERVIEWS)).isFalse();
    ReadinessBlocker first = report.blockers().get(0);
    assertThat(first.status()).isEqualTo(AnswerStatus.UNANSWERED);
    assertThat(first.owner()).isEmpty();
    assertThat(first.facts()).containsExactlyInAnyOrder(MethodFact.F28, MethodFact.F29);
    assertThat(report.overall().points()).isZero();
  }

  @Test
  @DisplayName("F30: personal-data compliance in progress blocks data migration and cut-over, naming its owner and due date")
  void f30_personalDataBlocksMigration() {
    ReadinessAnswer compliance =
        ReadinessAnswer.builder()
            .question(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE)
            .status(AnswerStatus.IN_PROGRESS)
            .owner("DPO")
            .answeredOn(DAY)
            .dueOn(DAY.plusMonths(3))
            .build();
    ReadinessAssessment assessment =
        ReadinessAssessment.builder().from(all(AnswerStatus.SETTLED).build())
            .answers(all(AnswerStatus.SETTLED).build().answers().stream()
                .map(a -> a.question().equals(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE) ? compliance : a).toList())
            .build();

    ReadinessReport report = SCORER.score(CATALOGUE, assessment);

    assertThat(blockerIds(report)).containsExactly(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE);
    ReadinessBlocker blocker = report.blockers().get(0);
    assertThat(blocker.blocks()).containsExactlyInAnyOrder(ActivityKind.DATA_MIGRATION, ActivityKind.CUT_OVER);
    assertThat(blocker.group()).isEqualTo(ReadinessGroup.DATA);
    assertThat(blocker.owner()).contains("DPO");
    assertThat(blocker.dueOn()).contains(DAY.plusMonths(3));
    assertThat(report.blockersOf(ActivityKind.CUT_OVER)).containsExactly(blocker);
    assertThat(report.isBlocked(ActivityKind.CONFIGURATION)).isFalse();

    ReadinessReport settled = SCORER.score(CATALOGUE, with(assessment, ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE, AnswerStatus.SETTLED));
    assertThat(settled.blockers()).isEmpty();
  }

  // ---- custom questions and stray answers

  @Test
  @DisplayName("F30: a custom question counts in its group and blocks what it names")
  void f30_customQuestionsAreScoredInTheirGroup() {
    ReadinessQuestion transparency =
        ReadinessQuestion.builder()
            .id("OWN-1")
            .group(ReadinessGroup.DATA)
            .text("Does the data meet the transparency rules?")
            .addBlocks(ActivityKind.DATA_MIGRATION)
            .build();
    ReadinessAssessment assessment = all(AnswerStatus.SETTLED).addCustomQuestion(transparency).build();

    ReadinessReport report = SCORER.score(CATALOGUE, assessment);

    assertThat(report.group(ReadinessGroup.DATA).orElseThrow().questions()).isEqualTo(11);
    assertThat(blockerIds(report)).containsExactly("OWN-1");
    assertThat(assessment.questions(CATALOGUE)).hasSize(33).last().isEqualTo(transparency);
  }

  @Test
  @DisplayName("F29-F32: a custom question reusing a catalogue id, and answers to unknown questions, are not scored")
  void f29_strayQuestionsAndAnswersAreNotScored() {
    ReadinessQuestion clash = question("STRATEGY-01", ReadinessGroup.IT);
    ReadinessAssessment assessment =
        all(AnswerStatus.SETTLED).addCustomQuestion(clash).addAnswer(answer("NOWHERE", AnswerStatus.NOT_SETTLED)).build();

    ReadinessReport report = SCORER.score(CATALOGUE, assessment);

    assertThat(report.overall().questions()).isEqualTo(32);
    assertThat(report.overall().status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.group(ReadinessGroup.IT).orElseThrow().questions()).isEqualTo(8);
    assertThat(assessment.statusOf("NOWHERE")).isEqualTo(AnswerStatus.NOT_SETTLED);
    assertThat(assessment.statusOf("NEVER-ASKED")).isEqualTo(AnswerStatus.UNANSWERED);
  }

  @Test
  void score_otherQuestionnaire() {
    ReadinessAssessment assessment = ReadinessAssessment.builder().questionnaire("acme-readiness").assessedOn(DAY).build();

    assertThatThrownBy(() -> SCORER.score(CATALOGUE, assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the assessment answers questionnaire 'acme-readiness', not 'crm-readiness'");
  }

  @Test
  void statusOf_pointsOutOfRange() {
    ReadinessThresholds defaults = ReadinessThresholds.defaults();
    assertThatThrownBy(() -> defaults.statusOf(4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points (4) must be from 0 to possible (3), and possible at least 1");
    assertThatThrownBy(() -> defaults.statusOf(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.statusOf(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answerStatus_pointsGrowWithTheOrder() {
    assertThat(AnswerStatus.values()).extracting(AnswerStatus::points).containsExactly(0, 1, 2, AnswerStatus.MAX_POINTS);
    assertThat(AnswerStatus.values()).filteredOn(AnswerStatus::isAnswered).doesNotContain(AnswerStatus.UNANSWERED).hasSize(3);
    assertThat(RagStatus.GREEN.worst(RagStatus.AMBER)).isEqualTo(RagStatus.AMBER);
    assertThat(RagStatus.RED.worst(RagStatus.GREEN)).isEqualTo(RagStatus.RED);
  }

  private static ReadinessQuestion question(String id, ReadinessGroup group) {
    return ReadinessQuestion.builder().id(id).group(group).text("Is it ready?").build();
  }
}
