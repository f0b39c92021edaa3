package org.crmmethod.core.startmodule.recommendation;

import java.util.Objects;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.value.Invariants;

/**
 * How well one candidate module fares on one criterion, and why.
 *
 * <p>Ratings run from {@value #LOWEST} (the module does nothing for the criterion, or the risk is
 * at its worst) to {@value #HIGHEST} (the module fulfils it fully, or there is no risk at all);
 * {@value #NEUTRAL}, the middle of the scale, means that nothing is known either way. The
 * reasons of a ranking cite the criteria rated above or below the middle.
 *
 * @param criterion the criterion rated
 * @param rating the rating, from {@value #LOWEST} to {@value #HIGHEST}
 * @param basis why the module gets this rating, in a sentence or two naming the facts it rests on;
 *     not blank
 */
public record CriterionRating(StartModuleCriterion criterion, double rating, String basis) {

  /** The lowest rating. */
  public static final double LOWEST = 0;

  /** The middle of the scale: nothing is known for or against the module. */
  public static final double NEUTRAL = 2.5;

  /** The highest rating. */
  public static final double HIGHEST = 5;

  /**
   * Creates a rating.
   *
   * @param criterion the criterion
   * @param rating the rating
   * @param basis why
   * @throws org.crmmethod.core.InvalidModelException when the rating is off the scale or the basis
   *     is blank
   */
  public CriterionRating {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(basis, "basis");
    Invariants.of("CriterionRating")
        .require(
            rating >= LOWEST && rating <= HIGHEST,
            "rating",
            rating,
            "must be from " + LOWEST + " to " + HIGHEST)
        .text("basis", basis);
  }
}
