package org.crmmethod.core.forecast;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How much one activity drives the project's finish in a Monte Carlo forecast: the correlation
 * between its sampled duration and the project's duration, and how often it was critical.
 */
@Value.Immutable
public abstract class FinishDriver {

  /**
   * The activity's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String activityId();

  /**
   * The Pearson correlation between the activity's duration and the project's duration over the
   * iterations: near 1 when the project's finish moves with the activity, near 0 when the activity
   * rarely matters, 0 when either never varied.
   *
   * @return the correlation, in [-1, 1]
   */
  @Value.Parameter
  public abstract double correlation();

  /**
   * The share of iterations in which the activity was critical.
   *
   * @return the criticality index, in [0, 1]
   */
  @Value.Parameter
  public abstract double criticalityIndex();

  /**
   * Creates a driver.
   *
   * @param activityId the activity's id
   * @param correlation the correlation with the project's duration, in [-1, 1]
   * @param criticalityIndex the share of iterations in which it was critical, in [0, 1]
   * @return the driver
   */
  public static FinishDriver of(String activityId, double correlation, double criticalityIndex) {
    return ImmutableFinishDriver.of(activityId, correlation, criticalityIndex);
  }

  @Value.Check
  void check() {
    Invariants.of("FinishDriver")
        .id("activityId", activityId())
        .require(
            correlation() >= -1 && correlation() <= 1,
            "correlation",
            correlation(),
            "must be in [-1, 1]")
        .require(
            criticalityIndex() >= 0 && criticalityIndex() <= 1,
            "criticalityIndex",
            criticalityIndex(),
            "must be in [0, 1]");
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

  /** Builds {@link FinishDriver} values. */
  public static final class Builder extends ImmutableFinishDriver.Builder {}
}
