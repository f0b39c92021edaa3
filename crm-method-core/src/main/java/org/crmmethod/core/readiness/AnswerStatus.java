package org.crmmethod.core.readiness;

/**
 * How far a company has got with one readiness question, from knowing nothing to having settled it
 * (F28-F32). The constants are ordered from the worst answer to the best: a later constant is
 * always a better answer, and earns at least as many {@link #points()}.
 *
 * <p>"Settled" means the matter is clear and decided, whatever the answer: "after-sales service is
 * not concerned" settles the question on after-sales service as well as a yes does.
 */
public enum AnswerStatus {
  /** Nobody has answered the question yet; it earns no point. */
  UNANSWERED(0),
  /** The question is answered, and the answer is that the matter is open: 1 point. */
  NOT_SETTLED(1),
  /** Work that will settle the matter is under way: 2 points. */
  IN_PROGRESS(2),
  /** The matter is settled, and evidence says so: the full {@value #MAX_POINTS} points. */
  SETTLED(3);

  /** The points a settled question earns, the most any answer earns. */
  public static final int MAX_POINTS = 3;

  private final int points;

  AnswerStatus(int points) {
    this.points = points;
  }

  /**
   * Returns what an answer with this status adds to its group's score.
   *
   * @return 0 to {@value #MAX_POINTS}, growing with the constant's order
   */
  public int points() {
    return points;
  }

  /**
   * Tells whether someone has answered the question.
   *
   * @return false only for {@link #UNANSWERED}
   */
  public boolean isAnswered() {
    return this != UNANSWERED;
  }

  /**
   * Tells whether the question is settled, which lifts the blocks it puts on activities.
   *
   * @return true only for {@link #SETTLED}
   */
  public boolean isSettled() {
    return this == SETTLED;
  }
}
