package org.crmmethod.core.method;

import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * What a method holds to be a credible overall duration for a full implementation (F11), against
 * which plans and vendors' promises are judged.
 */
@Value.Immutable
public abstract class TimelineNorms {

  /**
   * The usual length of a full implementation.
   *
   * @return the nominal duration, in months, greater than zero
   */
  public abstract double nominalMonths();

  /**
   * The shortest length a full implementation can credibly take.
   *
   * @return the credible minimum, in months, between zero (excluded) and the nominal duration
   */
  public abstract double credibleMinimumMonths();

  /**
   * A duration so short that a plan of that length can cover at most the physical deployment of a
   * pre-configured package.
   *
   * @return the threshold, in calendar days, at least 1
   */
  public abstract int physicalDeploymentOnlyDays();

  /**
   * The method facts these norms encode.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building timeline norms.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TimelineNorms} values. */
  public static final class Builder extends ImmutableTimelineNorms.Builder {}

  @Value.Check
  void check() {
    Invariants.of("TimelineNorms")
        .require(
            Double.isFinite(nominalMonths()) && nominalMonths() > 0,
            "nominalMonths",
            nominalMonths(),
            "must be finite and > 0")
        .require(
            credibleMinimumMonths() > 0 && credibleMinimumMonths() <= nominalMonths(),
            "credibleMinimumMonths",
            credibleMinimumMonths(),
            "must be > 0 and not above nominalMonths (" + nominalMonths() + ")")
        .require(
            physicalDeploymentOnlyDays() >= 1,
            "physicalDeploymentOnlyDays",
            physicalDeploymentOnlyDays(),
            "must be at least 1");
  }
}
