package org.crmmethod.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.distinctIds;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessAnswerParts;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessQuestionParts;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessThresholds;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link ReadinessScorer} over random assessments of the catalogue's questionnaire,
 * with random custom questions and vendor thresholds (F28-F32): scores stay within their bounds,
 * a better answer never lowers a score nor worsens a reading, and a question blocks work exactly
 * while it is not settled.
 */
class ReadinessScorerPropertiesTest {
  private static final ReadinessQuestionnaire CATALOGUE = ReadinessCatalogue.questionnaire();

  /** An assessment, the thresholds it is read with, and a question of it with a better status. */
  record Case(ReadinessAssessment assessment, ReadinessThresholds thresholds, String question, AnswerStatus better) {}

  /**
   * Assessments of the catalogue: each question answered with a random status about two times in
   * three, up to three custom questions (answered or not), answers dated up to the assessment day.
   */
  static Gen<ReadinessAssessment> assessments() {
    return in -> {
      LocalDate assessedOn = dates().generate(in);
      List<ReadinessQuestion> custom = new ArrayList<>();
      for (String id : distinctIds(0, 3).generate(in)) {
        custom.add(readinessQuestionParts(id).generate(in).build());
      }
      List<ReadinessAnswer> answers = new ArrayList<>();
      List<ReadinessQuestion> questions = new ArrayList<>(CATALOGUE.questions());
      questions.addAll(custom);
      Gen<Integer> dice = Generate.range(0, 2);
      for (ReadinessQuestion question : questions) {
        if (dice.generate(in) > 0) {
          answers.add(readinessAnswerParts(question.id(), assessedOn).generate(in).build());
        }
      }
      return ReadinessAssessment.builder()
          .questionnaire(ReadinessCatalogue.ID)
          .assessedOn(assessedOn)
          .customQuestions(custom)
          .answers(answers)
          .build();
    };
  }

  static Gen<Case> cases() {
    return in -> {
      ReadinessAssessment assessment = assessments().generate(in);
      ReadinessThresholds thresholds = readinessThresholds().generate(in);
      List<ReadinessQuestion> questions = assessment.questions(CATALOGUE);
      ReadinessQuestion question = questions.get(Generate.range(0, questions.size() - 1).generate(in));
      AnswerStatus now = assessment.statusOf(question.id());
      AnswerStatus[] all = AnswerStatus.values();
      AnswerStatus better = all[Generate.range(Math.min(now.ordinal() + 1, all.length - 1), all.length - 1).generate(in)];
      return new Case(assessment, thresholds, question.id(), better);
    };
  }

  /** The assessment with one question's answer raised to a status, its other attributes made to agree. */
  static ReadinessAssessment improved(ReadinessAssessment assessment, String question, AnswerStatus status) {
    Optional<ReadinessAnswer> before = assessment.answer(question);
    ReadinessAnswer.Builder answer =
        ReadinessAnswer.builder()
            .question(question)
            .status(status)
            .owner(before.map(ReadinessAnswer::owner).orElse("OWNER"));
    if (status.isAnswered()) {
      answer.answeredOn(assessment.assessedOn());
      answer.evidence(before.flatMap(ReadinessAnswer::evidence).orElse("Signed minutes"));
    }
    if (!status.isSettled()) {
      answer.dueOn(before.flatMap(ReadinessAnswer::dueOn));
    }
    List<ReadinessAnswer> answers = new ArrayList<>();
    assessment.answers().stream().filter(a -> !a.question().equals(question)).forEach(answers::add);
    answers.add(answer.build());
    return ReadinessAssessment.builder().from(assessment).answers(answers).build();
  }

  private static Set<String> blockerIds(ReadinessReport report) {
    Set<String> ids = new HashSet<>();
    report.blockers().forEach(blocker -> ids.add(blocker.question()));
    return ids;
  }

  @Test
  @DisplayName("F28-F32: every score stays within 0 and what its questions could earn, and the groups add up to the whole")
  void scores_stayWithinTheirBounds() {
    qt().forAll(assessments(), readinessThresholds())
        .checkAssert(
            (assessment, thresholds) -> {
              ReadinessReport report = ReadinessScorer.withThresholds(thresholds).score(CATALOGUE, assessment);
              List<ReadinessScore> scores = new ArrayList<>(report.groups().values());
              scores.add(report.overall());
              for (ReadinessScore score : scores) {
                assertThat(score.points()).isBetween(0, score.possible());
                assertThat(score.percent()).isBetween(0.0, 100.0);
                assertThat(score.settled()).isBetween(0, score.answered());
                assertThat(score.answered()).isBetween(0, score.questions());
              }
              for (ReadinessScore group : report.groups().values()) {
                assertThat(group.status()).isEqualTo(thresholds.statusOf(group.points(), group.possible()));
              }
              assertThat(report.overall().status()).isLessThanOrEqualTo(thresholds.statusOf(report.overall().points(), report.overall().possible()));
              assertThat(report.overall().questions()).isEqualTo(assessment.questions(CATALOGUE).size());
            });
  }

  @Test
  @DisplayName("F28-F32: a better answer never lowers its group's or the overall score, never worsens a reading, never adds a blocker")
  void scores_areMonotone() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              ReadinessScorer scorer = ReadinessScorer.withThresholds(c.thresholds());
              ReadinessReport before = scorer.score(CATALOGUE, c.assessment());
              ReadinessReport after = scorer.score(CATALOGUE, improved(c.assessment(), c.question(), c.better()));

              assertThat(after.overall().points()).isGreaterThanOrEqualTo(before.overall().points());
              assertThat(after.overall().status()).isGreaterThanOrEqualTo(before.overall().status());
              assertThat(after.groups().keySet()).isEqualTo(before.groups().keySet());
              for (ReadinessGroup group : before.groups().keySet()) {
                ReadinessScore was = before.group(group).orElseThrow();
                ReadinessScore is = after.group(group).orElseThrow();
                assertThat(is.points()).as("%s points", group).isGreaterThanOrEqualTo(was.points());
                assertThat(is.status()).as("%s reading", group).isGreaterThanOrEqualTo(was.status());
                if (was.status() == RagStatus.GREEN) {
                  assertThat(is.status()).isEqualTo(RagStatus.GREEN);
                }
              }
              if (before.overall().status() == RagStatus.GREEN) {
                assertThat(after.overall().status()).isEqualTo(RagStatus.GREEN);
              }
              assertThat(blockerIds(before)).containsAll(blockerIds(after));
            });
  }

  @Test
  @DisplayName("F28, F30: a question blocks work exactly while it is not settled; settling it lifts its blocker and no other")
  void blockers_lastExactlyUntilTheirQuestionIsSettled() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              ReadinessReport before = ReadinessScorer.standard().score(CATALOGUE, c.assessment());
              Set<String> open = new HashSet<>();
              for (ReadinessQuestion question : c.assessment().questions(CATALOGUE)) {
                if (!question.blocks().isEmpty() && !c.assessment().statusOf(question.id()).isSettled()) {
                  open.add(question.id());
                }
              }
              assertThat(blockerIds(before)).isEqualTo(open);
              for (ReadinessBlocker blocker : before.blockers()) {
                assertThat(blocker.status()).isEqualTo(c.assessment().statusOf(blocker.question()));
              }

              ReadinessReport settled =
                  ReadinessScorer.standard().score(CATALOGUE, improved(c.assessment(), c.question(), AnswerStatus.SETTLED));
              Set<String> expected = new HashSet<>(open);
              expected.remove(c.question());
              assertThat(blockerIds(settled)).isEqualTo(expected);
            });
  }

  @Test
  @DisplayName("F28: a reading never worsens as the points grow, whatever the thresholds")
  void readings_growWithThePoints() {
    // Points below the possible ones, drawn directly rather than filtered by an assumption.
    qt().forAll(readinessThresholds(), Generate.range(1, 200), Generate.range(0, 199))
        .checkAssert(
            (thresholds, possible, draw) -> {
              int points = draw % possible;
              assertThat(thresholds.statusOf(points + 1, possible))
                  .isGreaterThanOrEqualTo(thresholds.statusOf(points, possible));
            });
  }
}
