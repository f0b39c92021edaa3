package org.crmmethod.core.plan;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * An activity's duration as three estimates: optimistic, most likely and pessimistic, in working
 * days. All zero makes a milestone.
 */
@Value.Immutable
public abstract class ThreePointEstimate {

  /**
   * The duration if everything goes well.
   *
   * @return the optimistic estimate, in working days, finite and not negative
   */
  @Value.Parameter
  public abstract double optimistic();

  /**
   * The duration expected most often.
   *
   * @return the most likely estimate, in working days, not below the optimistic one
   */
  @Value.Parameter
  public abstract double mostLikely();

  /**
   * The duration if things go badly, short of a disaster.
   *
   * @return the pessimistic estimate, in working days, not below the most likely one
   */
  @Value.Parameter
  public abstract double pessimistic();

  /**
   * Creates an estimate from its three points.
   *
   * @param optimistic the optimistic duration, in working days
   * @param mostLikely the most likely duration, in working days
   * @param pessimistic the pessimistic duration, in working days
   * @return the estimate
   */
  public static ThreePointEstimate of(double optimistic, double mostLikely, double pessimistic) {
    return ImmutableThreePointEstimate.of(optimistic, mostLikely, pessimistic);
  }

  /**
   * Creates an estimate with no uncertainty.
   *
   * @param workingDays the duration, in working days
   * @return an estimate whose three points are equal
   */
  public static ThreePointEstimate exactly(double workingDays) {
    return of(workingDays, workingDays, workingDays);
  }

  /**
   * Creates the estimate of a milestone: zero working days.
   *
   * @return the zero estimate
   */
  public static ThreePointEstimate milestone() {
    return exactly(0);
  }

  /**
   * Tells whether this is a milestone's estimate (zero duration in every case).
   *
   * @return true when the pessimistic estimate is zero
   */
  public boolean isMilestone() {
    return pessimistic() == 0;
  }

  @Value.Check
  void check() {
    Invariants.of("ThreePointEstimate")
        .nonNegative("optimistic", optimistic())
        .nonNegative("mostLikely", mostLikely())
        .nonNegative("pessimistic", pessimistic())
        .notBelow("mostLikely", mostLikely(), "optimistic", optimistic())
        .notBelow("pessimistic", pessimistic(), "mostLikely", mostLikely());
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ThreePointEstimate} values. */
  public static final class Builder extends ImmutableThreePointEstimate.Builder {}
}
