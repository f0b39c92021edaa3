package org.crmmethod.core.startmodule.recommendation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.startmodule.StartModuleCriterion;

/**
 * The arithmetic of scores, kept exact where it decides a rank.
 *
 * <p>A module's score is the weighted mean of its ratings. Ranks are decided on the weighted sums
 * computed exactly (every {@code double} is a binary fraction, so products and sums of them are
 * exact in {@link BigDecimal}): two modules whose sums are equal in exact arithmetic are tied, and
 * the documented tie-break decides between them, never a rounding error. The mean and each
 * criterion's share of it are then rounded once to a {@code double}, by one fixed procedure, so
 * that the same ratings and weights always give the same figures and a stored figure can be
 * checked against them exactly.
 */
final class Scores {
  private Scores() {}

  /**
   * A candidate with its contributions and its exact sums, before it has a rank.
   *
   * @param module the module
   * @param score its score
   * @param contributions one per criterion, in declaration order
   * @param total the exact weighted sum of its ratings
   * @param primary the exact weighted sum of its ratings on the primary criteria
   */
  record Scored(
      CrmModule module,
      double score,
      List<CriterionContribution> contributions,
      BigDecimal total,
      BigDecimal primary) {

    Scored(CrmModule module, double score, List<CriterionContribution> contributions) {
      this(module, score, contributions, weightedSum(contributions, false), weightedSum(contributions, true));
    }

    /** Tells whether two candidates have exactly the same weighted sum. */
    boolean tiedWith(Scored other) {
      return total.compareTo(other.total) == 0;
    }
  }

  /**
   * Orders candidates best first: by weighted sum, then by the weighted sum of the primary criteria
   * (F02), both highest first, then in {@link CrmModule} declaration order.
   */
  static final Comparator<Scored> BEST_FIRST =
      Comparator.comparing(Scored::total)
          .thenComparing(Scored::primary)
          .reversed()
          .thenComparing(Scored::module);

  /**
   * Returns a ranked module as the comparator sees it.
   *
   * @param ranked the ranked module
   * @return its module, score, contributions and exact sums
   */
  static Scored of(RankedModule ranked) {
    return new Scored(ranked.module(), ranked.score(), ranked.contributions());
  }

  /**
   * Returns the exact product of a weight and a rating.
   *
   * @param weight the weight
   * @param rating the rating
   * @return their product, without rounding
   */
  static BigDecimal product(double weight, double rating) {
    return new BigDecimal(weight).multiply(new BigDecimal(rating));
  }

  /**
   * Returns the exact sum of the weights of some contributions.
   *
   * @param contributions the contributions
   * @return the sum, without rounding
   */
  static BigDecimal totalWeight(List<CriterionContribution> contributions) {
    BigDecimal total = BigDecimal.ZERO;
    for (CriterionContribution contribution : contributions) {
      total = total.add(new BigDecimal(contribution.weight()));
    }
    return total;
  }

  /**
   * Returns the exact weighted sum of the ratings of some contributions.
   *
   * @param contributions the contributions
   * @param primaryOnly whether to count only the three primary criteria (F02)
   * @return the sum of weight times rating, without rounding
   */
  static BigDecimal weightedSum(List<CriterionContribution> contributions, boolean primaryOnly) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CriterionContribution contribution : contributions) {
      StartModuleCriterion criterion = contribution.criterion();
      if (!primaryOnly || criterion.isPrimary()) {
        sum = sum.add(product(contribution.weight(), contribution.rating()));
      }
    }
    return sum;
  }

  /**
   * Divides an exact amount by the total weight and rounds the quotient to a {@code double}: to 34
   * significant decimal digits first, then to the nearest {@code double}. Rounding is monotone, so
   * a larger amount never gives a smaller figure.
   *
   * @param amount the amount, a weighted sum or one criterion's product
   * @param totalWeight the sum of the weights, positive
   * @return the quotient as a double
   */
  static double share(BigDecimal amount, BigDecimal totalWeight) {
    return amount.divide(totalWeight, MathContext.DECIMAL128).doubleValue();
  }

  /**
   * Writes a figure with at most two decimals and no trailing zeros, the same way in every locale.
   *
   * @param value the figure, finite
   * @return e.g. "3.71", "5", "0.5"
   */
  static String figure(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
