package org.crmmethod.core.schedule;

import org.crmmethod.core.plan.ThreePointEstimate;

/** Which single duration a schedule takes from each activity's three-point estimate. */
public enum EstimatePoint {
  /** The optimistic estimate. */
  OPTIMISTIC,
  /** The most likely estimate; the default. */
  MOST_LIKELY,
  /** The pessimistic estimate. */
  PESSIMISTIC,
  /** The PERT mean, (optimistic + 4 × most likely + pessimistic) / 6. */
  PERT_MEAN;

  /**
   * Reads this point of an estimate.
   *
   * @param estimate the three-point estimate
   * @return the duration, in working days
   */
  public double of(ThreePointEstimate estimate) {
    return switch (this) {
      case OPTIMISTIC -> estimate.optimistic();
      case MOST_LIKELY -> estimate.mostLikely();
      case PESSIMISTIC -> estimate.pessimistic();
      case PERT_MEAN -> (estimate.optimistic() + 4 * estimate.mostLikely() + estimate.pessimistic()) / 6;
    };
  }
}
