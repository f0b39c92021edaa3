package org.crmmethod.core.readiness;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * The scores at which a readiness reading turns from red to amber and from amber to green (F28),
 * as percentages of the points a score could reach.
 *
 * <p>A score of {@code points} out of {@code possible} is {@link RagStatus#GREEN} when {@code 100 ×
 * points / possible} reaches {@link #greenFrom()}, {@link RagStatus#AMBER} when it reaches {@link
 * #amberFrom()}, and {@link RagStatus#RED} below. The comparison is exact, in integers.
 *
 * <p>The defaults, amber from 50% and green from 75%, read as follows with the points of {@link
 * AnswerStatus}: every question in progress (67%) is amber; half the questions settled and the
 * other half in progress (83%) is green; half settled and half unanswered (50%) is just amber;
 * every question answered but open (33%) is red. Vendors pass their own thresholds to {@link
 * ReadinessScorer#withThresholds}.
 */
@Value.Immutable
public abstract class ReadinessThresholds {
  /** The default score from which a reading is amber, in percent. */
  public static final int DEFAULT_AMBER_FROM = 50;
  /** The default score from which a reading is green, in percent. */
  public static final int DEFAULT_GREEN_FROM = 75;

  /**
   * The lowest score that reads amber.
   *
   * @return a percentage from 0 to {@link #greenFrom()}; {@value #DEFAULT_AMBER_FROM} unless set
   */
  @Value.Default
  public int amberFrom() {
    return DEFAULT_AMBER_FROM;
  }

  /**
   * The lowest score that reads green.
   *
   * @return a percentage from {@link #amberFrom()} to 100; {@value #DEFAULT_GREEN_FROM} unless set
   */
  @Value.Default
  public int greenFrom() {
    return DEFAULT_GREEN_FROM;
  }

  /**
   * Reads a score.
   *
   * @param points the points earned, from 0 to {@code possible}
   * @param possible the points the score could reach, at least 1
   * @return green, amber or red by these thresholds
   * @throws IllegalArgumentException when the points are out of range
   */
  public RagStatus statusOf(int points, int possible) {
    if (possible < 1 || points < 0 || points > possible) {
      throw new IllegalArgumentException(
          "points (" + points + ") must be from 0 to possible (" + possible + "), and possible at least 1");
    }
    long percentTimesPossible = 100L * points;
    if (percentTimesPossible >= (long) greenFrom() * possible) {
      return RagStatus.GREEN;
    }
    return percentTimesPossible >= (long) amberFrom() * possible ? RagStatus.AMBER : RagStatus.RED;
  }

  /**
   * Returns the default thresholds: amber from {@value #DEFAULT_AMBER_FROM}%, green from {@value
   * #DEFAULT_GREEN_FROM}%.
   *
   * @return the defaults
   */
  public static ReadinessThresholds defaults() {
    return builder().build();
  }

  /**
   * Creates thresholds.
   *
   * @param amberFrom the lowest score that reads amber, in percent
   * @param greenFrom the lowest score that reads green, in percent
   * @return the thresholds
   */
  public static ReadinessThresholds of(int amberFrom, int greenFrom) {
    return builder().amberFrom(amberFrom).greenFrom(greenFrom).build();
  }

  /**
   * Starts building thresholds.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessThresholds} values. */
  public static final class Builder extends ImmutableReadinessThresholds.Builder {}

  @Value.Check
  void check() {
    Invariants.of("ReadinessThresholds")
        .require(amberFrom() >= 0 && amberFrom() <= 100, "amberFrom", amberFrom(), "must be from 0 to 100")
        .require(greenFrom() >= 0 && greenFrom() <= 100, "greenFrom", greenFrom(), "must be from 0 to 100")
        .require(
            amberFrom() <= greenFrom(),
            "amberFrom",
            amberFrom(),
            "must not be above greenFrom (" + greenFrom() + ")");
  }
}
