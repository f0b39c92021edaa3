package org.crmmethod.core.fitgap;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How much covering a requirement is worth, by priority: the weights of weighted coverage and of the
 * gap-closure recommendation (F08).
 *
 * <p>The defaults are 8 for a must-have, 3 for a should-have and 1 for a could-have: covering a
 * must-have is worth more than two should-haves, and a should-have three could-haves. They are
 * weights, not a strict order: with the defaults, three should-haves (9) outweigh one must-have (8).
 * A {@link Priority#WONT} requirement is out of the release and always weighs 0. Weights are whole
 * numbers, so that the recommendation can be computed exactly, and never rise from must to could.
 */
@Value.Immutable
public abstract class CoverageWeights {
  /** The largest weight accepted, so that sums over millions of requirements stay exact. */
  public static final int MAXIMUM_WEIGHT = 1_000_000;

  private static final CoverageWeights STANDARD = builder().build();

  /**
   * The weight of a must-have.
   *
   * @return the weight, positive; 8 unless set
   */
  @Value.Default
  public int must() {
    return 8;
  }

  /**
   * The weight of a should-have.
   *
   * @return the weight, not above {@link #must()}; 3 unless set
   */
  @Value.Default
  public int should() {
    return 3;
  }

  /**
   * The weight of a could-have.
   *
   * @return the weight, not above {@link #should()}, not negative; 1 unless set
   */
  @Value.Default
  public int could() {
    return 1;
  }

  /**
   * Returns the weight of a priority.
   *
   * @param priority the priority
   * @return its weight; 0 for {@link Priority#WONT}
   */
  public int weight(Priority priority) {
    return switch (priority) {
      case MUST -> must();
      case SHOULD -> should();
      case COULD -> could();
      case WONT -> 0;
    };
  }

  /**
   * Returns the default weights: 8, 3 and 1.
   *
   * @return the standard weights
   */
  public static CoverageWeights standard() {
    return STANDARD;
  }

  /**
   * Creates weights.
   *
   * @param must the weight of a must-have, positive
   * @param should the weight of a should-have, not above {@code must}
   * @param could the weight of a could-have, not above {@code should}, not negative
   * @return the weights
   */
  public static CoverageWeights of(int must, int should, int could) {
    return builder().must(must).should(should).could(could).build();
  }

  /**
   * Starts building weights; unset weights take their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CoverageWeights} values. */
  public static final class Builder extends ImmutableCoverageWeights.Builder {}

  @Value.Check
  void check() {
    Invariants.of("CoverageWeights")
        .require(must() >= 1 && must() <= MAXIMUM_WEIGHT, "must", must(), "must be between 1 and " + MAXIMUM_WEIGHT)
        .require(should() >= 0 && should() <= must(), "should", should(), "must be between 0 and must (" + must() + ")")
        .require(could() >= 0 && could() <= should(), "could", could(), "must be between 0 and should (" + should() + ")");
  }
}
