package org.crmmethod.core.readiness;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How ready a group of questions, or the whole questionnaire, is (F28-F32): the points its answers
 * earn out of those they could, how many are answered and settled, and the red, amber or green
 * reading.
 *
 * <p>Each question earns the {@link AnswerStatus#points()} of its answer, 0 when unanswered, and
 * could earn {@value AnswerStatus#MAX_POINTS}; every question weighs the same. The counts must agree
 * with the points: settled questions earn exactly {@value AnswerStatus#MAX_POINTS} each, and the
 * other answered ones between {@link AnswerStatus#NOT_SETTLED} and {@link AnswerStatus#IN_PROGRESS}.
 */
@Value.Immutable
public abstract class ReadinessScore {

  /**
   * How many questions the score covers.
   *
   * @return the number of questions, at least 1
   */
  public abstract int questions();

  /**
   * How many of them are answered, whatever the answer.
   *
   * @return from {@link #settled()} to {@link #questions()}
   */
  public abstract int answered();

  /**
   * How many of them are settled.
   *
   * @return from 0 to {@link #answered()}
   */
  public abstract int settled();

  /**
   * The points the answers earn.
   *
   * @return from 0 to {@link #possible()}
   */
  public abstract int points();

  /**
   * The reading of the score. For a group it follows from the score and the thresholds alone; the
   * overall reading may be held lower (see {@link ReadinessScorer}).
   *
   * @return red, amber or green
   */
  public abstract RagStatus status();

  /**
   * Returns the points the questions could earn, all settled.
   *
   * @return {@link #questions()} times {@value AnswerStatus#MAX_POINTS}
   */
  public int possible() {
    return questions() * AnswerStatus.MAX_POINTS;
  }

  /**
   * Returns the score as a percentage of what it could be.
   *
   * @return from 0 (nothing answered) to 100 (everything settled)
   */
  public double percent() {
    return 100.0 * points() / possible();
  }

  /**
   * Starts building a score.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessScore} values. */
  public static final class Builder extends ImmutableReadinessScore.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessScore")
            .require(
                questions() >= 1 && questions() <= Integer.MAX_VALUE / AnswerStatus.MAX_POINTS,
                "questions",
                questions(),
                "must be from 1 to " + Integer.MAX_VALUE / AnswerStatus.MAX_POINTS)
            .require(
                answered() >= 0 && answered() <= questions(),
                "answered",
                answered(),
                "must be from 0 to questions (" + questions() + ")")
            .require(
                settled() >= 0 && settled() <= answered(),
                "settled",
                settled(),
                "must be from 0 to answered (" + answered() + ")");
    long open = (long) answered() - settled();
    long least = (long) settled() * AnswerStatus.SETTLED.points() + open * AnswerStatus.NOT_SETTLED.points();
    long most = (long) settled() * AnswerStatus.SETTLED.points() + open * AnswerStatus.IN_PROGRESS.points();
    invariants.require(
        points() >= least && points() <= most,
        "points",
        points(),
        "must be from " + least + " to " + most + " for " + settled() + " settled and " + open
            + " other answered question(s)");
  }
}
