package org.crmmethod.core.startmodule.recommendation;

import java.util.Objects;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.value.Invariants;

/**
 * What one criterion adds to a ranked module's score: the module's rating on it, the criterion's
 * weight, and the points that make up the score.
 *
 * <p>The {@code contribution} is {@code weight × rating ÷ (sum of all weights)}, on the score's
 * scale of 0 to 5: a module's contributions add up to its score (up to the rounding of each to a
 * {@code double}). {@link RankedModule} checks that it is exactly the figure its weights and
 * ratings give.
 *
 * @param criterion the criterion
 * @param rating the module's rating on it, from {@value CriterionRating#LOWEST} to {@value
 *     CriterionRating#HIGHEST}
 * @param weight the criterion's weight, finite and {@code >= 0}
 * @param contribution the points this criterion adds to the score, from 0 to {@value
 *     CriterionRating#HIGHEST}
 * @param basis why the module got this rating, naming the facts it rests on; not blank
 */
public record CriterionContribution(
    StartModuleCriterion criterion, double rating, double weight, double contribution, String basis) {

  /**
   * Creates a contribution.
   *
   * @param criterion the criterion
   * @param rating the rating
   * @param weight the weight
   * @param contribution the points added to the score
   * @param basis why
   * @throws org.crmmethod.core.InvalidModelException when a figure is out of range or the basis is
   *     blank
   */
  public CriterionContribution {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(basis, "basis");
    Invariants.of("CriterionContribution")
        .require(
            rating >= CriterionRating.LOWEST && rating <= CriterionRating.HIGHEST,
            "rating",
            rating,
            "must be from " + CriterionRating.LOWEST + " to " + CriterionRating.HIGHEST)
        .nonNegative("weight", weight)
        .require(
            contribution >= 0 && contribution <= CriterionRating.HIGHEST,
            "contribution",
            contribution,
            "must be from 0 to " + CriterionRating.HIGHEST)
        .text("basis", basis);
  }

  /**
   * Returns the rating this contribution rests on.
   *
   * @return the criterion, rating and basis
   */
  public CriterionRating asRating() {
    return new CriterionRating(criterion, rating, basis);
  }
}
