package org.crmmethod.core.readiness;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a readiness assessment against its questionnaire (F28-F33): a pure function from the
 * questions and answers to a {@link ReadinessReport}.
 *
 * <h2>How it scores</h2>
 *
 * <ul>
 *   <li><b>Questions.</b> The questionnaire's questions, then the assessment's custom questions
 *       (see {@link ReadinessAssessment#questions}). Answers to any other question are not scored;
 *       the validator reports them.
 *   <li><b>Points.</b> Each question earns the {@link AnswerStatus#points()} of its answer, 0 to
 *       {@value AnswerStatus#MAX_POINTS}; a question without an answer earns 0. All questions weigh
 *       the same.
 *   <li><b>Groups.</b> A group's score is the sum of its questions' points, out of {@value
 *       AnswerStatus#MAX_POINTS} per question; its reading comes from the {@link
 *       ReadinessThresholds}. A group without questions has no score.
 *   <li><b>Overall.</b> The sum over every question, read with the same thresholds, but never
 *       better than {@link RagStatus#AMBER} while a group reads {@link RagStatus#RED} or a blocker
 *       is open: a company is not ready to build while one side of it is not, or while a question
 *       still holds work back (F28).
 *   <li><b>Blockers.</b> Every question that {@linkplain ReadinessQuestion#blocks() blocks} some
 *       kind of work and is not {@link AnswerStatus#SETTLED} is a {@link ReadinessBlocker}.
 * </ul>
 *
 * <p>Every part of the score only grows as an answer gets better: a better answer to one question
 * never lowers its group's points or the overall points, never worsens a reading, and never adds a
 * blocker; settling a question removes its blocker and nothing else.
 */
public final class ReadinessScorer {
  private final ReadinessThresholds thresholds;

  private ReadinessScorer(ReadinessThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * Returns a scorer with the {@linkplain ReadinessThresholds#defaults() default thresholds}.
   *
   * @return the scorer
   */
  public static ReadinessScorer standard() {
    return new ReadinessScorer(ReadinessThresholds.defaults());
  }

  /**
   * Returns a scorer with a vendor's own thresholds.
   *
   * @param thresholds the thresholds
   * @return the scorer
   */
  public static ReadinessScorer withThresholds(ReadinessThresholds thresholds) {
    return new ReadinessScorer(thresholds);
  }

  /**
   * Returns the thresholds this scorer reads scores with.
   *
   * @return the thresholds
   */
  public ReadinessThresholds thresholds() {
    return thresholds;
  }

  /**
   * Scores an assessment.
   *
   * @param questionnaire the questionnaire the assessment answers
   * @param assessment the assessment
   * @return the report
   * @throws IllegalArgumentException when the assessment names another questionnaire
   */
  public ReadinessReport score(ReadinessQuestionnaire questionnaire, ReadinessAssessment assessment) {
    checkArgument(
        questionnaire.id().equals(assessment.questionnaire()),
        "the assessment answers questionnaire '%s', not '%s'",
        assessment.questionnaire(),
        questionnaire.id());
    Map<ReadinessGroup, Tally> tallies = new EnumMap<>(ReadinessGroup.class);
    Tally overall = new Tally();
    List<ReadinessBlocker> blockers = new ArrayList<>();
    for (ReadinessQuestion question : assessment.questions(questionnaire)) {
      Optional<ReadinessAnswer> answer = assessment.answer(question.id());
      AnswerStatus status = answer.map(ReadinessAnswer::status).orElse(AnswerStatus.UNANSWERED);
      tallies.computeIfAbsent(question.group(), group -> new Tally()).add(status);
      overall.add(status);
      if (!status.isSettled() && !question.blocks().isEmpty()) {
        blockers.add(
            ReadinessBlocker.builder()
                .question(question.id())
                .group(question.group())
                .status(status)
                .blocks(question.blocks())
                .facts(question.facts())
                .owner(answer.map(ReadinessAnswer::owner))
                .dueOn(answer.flatMap(ReadinessAnswer::dueOn))
                .build());
      }
    }
    Map<ReadinessGroup, ReadinessScore> groups = new EnumMap<>(ReadinessGroup.class);
    RagStatus cap = blockers.isEmpty() ? RagStatus.GREEN : RagStatus.AMBER;
    for (Map.Entry<ReadinessGroup, Tally> entry : tallies.entrySet()) {
      ReadinessScore score = entry.getValue().score(thresholds.statusOf(entry.getValue().points, entry.getValue().possible()));
      groups.put(entry.getKey(), score);
      if (score.status() == RagStatus.RED) {
        cap = cap.worst(RagStatus.AMBER);
      }
    }
    RagStatus overallStatus = thresholds.statusOf(overall.points, overall.possible()).worst(cap);
    return ReadinessReport.builder()
        .questionnaire(questionnaire.id())
        .assessedOn(assessment.assessedOn())
        .thresholds(thresholds)
        .groups(groups)
        .overall(overall.score(overallStatus))
        .blockers(blockers)
        .build();
  }

  /** The running counts of one group, or of every question. */
  private static final class Tally {
    int questions;
    int answered;
    int settled;
    int points;

    void add(AnswerStatus status) {
      questions++;
      answered += status.isAnswered() ? 1 : 0;
      settled += status.isSettled() ? 1 : 0;
      points += status.points();
    }

    int possible() {
      return questions * AnswerStatus.MAX_POINTS;
    }

    ReadinessScore score(RagStatus status) {
      return ReadinessScore.builder()
          .questions(questions)
          .answered(answered)
          .settled(settled)
          .points(points)
          .status(status)
          .build();
    }
  }

  @Override
  public String toString() {
    return "ReadinessScorer[amberFrom=" + thresholds.amberFrom() + "%, greenFrom=" + thresholds.greenFrom() + "%]";
  }
}
