package org.crmmethod.core.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.random.RandomGenerator;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * How a three-point estimate (optimistic a, most likely m, pessimistic b, in working days) is read
 * as a probability distribution of the activity's duration on [a, b].
 *
 * <p>Both distributions sample by inverse transform: {@link #quantile} maps a uniform number in [0,
 * 1) to a duration, so a simulation draws exactly one uniform number per activity per iteration. An
 * estimate with a = b always gives a: no uncertainty, no randomness.
 */
public enum DurationDistribution {
  /**
   * The triangular distribution with its mode at m. Its quantile has a closed form: {@code a +
   * sqrt(u (b - a)(m - a))} below {@code u = (m - a) / (b - a)}, {@code b - sqrt((1 - u)(b - a)(b -
   * m))} above. Mean {@code (a + m + b) / 3}, variance {@code (a² + m² + b² - am - ab - mb) / 18},
   * both exact.
   */
  TRIANGULAR {
    @Override
    public double mean(ThreePointEstimate estimate) {
      checkNotNull(estimate, "estimate");
      if (isExact(estimate)) {
        return estimate.optimistic();
      }
      return (estimate.optimistic() + estimate.mostLikely() + estimate.pessimistic()) / 3;
    }

    @Override
    public double variance(ThreePointEstimate estimate) {
      return exactVariance(estimate);
    }

    @Override
    public double exactVariance(ThreePointEstimate estimate) {
      checkNotNull(estimate, "estimate");
      double a = estimate.optimistic();
      double m = estimate.mostLikely();
      double b = estimate.pessimistic();
      if (isExact(estimate)) {
        return 0;
      }
      return Math.max(0, (a * a + m * m + b * b - a * m - a * b - m * b) / 18);
    }

    @Override
    public double quantile(ThreePointEstimate estimate, double u) {
      checkNotNull(estimate, "estimate");
      checkProbability(u);
      double a = estimate.optimistic();
      double m = estimate.mostLikely();
      double b = estimate.pessimistic();
      double width = b - a;
      double mode = width > 0 ? (m - a) / width : 0;
      return triangular(a, b, mode, width * (m - a), width * (b - m), u);
    }
  },

  /**
   * The PERT-beta distribution: a beta distribution on [a, b] with α = 1 + 4(m - a)/(b - a) and β =
   * 1 + 4(b - m)/(b - a), so that its mean is the classic PERT mean {@code (a + 4m + b) / 6}
   * (exact). {@link #variance} gives the classic PERT approximation {@code ((b - a) / 6)²}; the
   * distribution's exact variance is {@code (b - a)² αβ / 252} ({@link #exactVariance}), equal to
   * the approximation only when αβ = 7, larger for a centred mode (by 9/7 at m = (a + b) / 2).
   *
   * <p>Sampling reads the quantile from precomputed tables of 1,025 quantiles per shape (257
   * shapes, from m = a to m = b), with linear interpolation inside a table's cells and between
   * neighbouring shapes, and power laws in the cells near either end where the quantile is steep.
   * Against the exact beta quantile (computed from the regularised incomplete beta function), on
   * the unit range [0, 1]: every quantile is within 5e-5, the mean within 1e-6 and the variance
   * within 0.01% relative (multiply the absolute figures by b - a for working days). {@code
   * PertBetaTablesTest} checks these bounds over the whole range of shapes.
   */
  PERT_BETA {
    @Override
    public double mean(ThreePointEstimate estimate) {
      checkNotNull(estimate, "estimate");
      if (isExact(estimate)) {
        return estimate.optimistic();
      }
      return (estimate.optimistic() + 4 * estimate.mostLikely() + estimate.pessimistic()) / 6;
    }

    @Override
    public double variance(ThreePointEstimate estimate) {
      checkNotNull(estimate, "estimate");
      double sixth = (estimate.pessimistic() - estimate.optimistic()) / 6;
      return sixth * sixth;
    }

    @Override
    public double exactVariance(ThreePointEstimate estimate) {
      checkNotNull(estimate, "estimate");
      double width = estimate.pessimistic() - estimate.optimistic();
      if (width <= 0) {
        return 0;
      }
      double r = (estimate.mostLikely() - estimate.optimistic()) / width;
      double alpha = 1 + 4 * r;
      double beta = 5 - 4 * r;
      return width * width * alpha * beta / 252;
    }

    @Override
    public double quantile(ThreePointEstimate estimate, double u) {
      checkNotNull(estimate, "estimate");
      checkProbability(u);
      double a = estimate.optimistic();
      double b = estimate.pessimistic();
      double width = b - a;
      if (width <= 0) {
        return a;
      }
      return scaled(a, width, b, PertBetaTables.quantile((estimate.mostLikely() - a) / width, u));
    }
  };

  /**
   * Returns the mean duration, exact for both distributions.
   *
   * @param estimate the three-point estimate
   * @return the mean, in working days
   */
  public abstract double mean(ThreePointEstimate estimate);

  /**
   * Returns the variance that PERT calculations use: exact for {@link #TRIANGULAR}, the classic
   * approximation {@code ((b - a) / 6)²} for {@link #PERT_BETA}.
   *
   * @param estimate the three-point estimate
   * @return the variance, in working days squared
   */
  public abstract double variance(ThreePointEstimate estimate);

  /**
   * Returns the exact variance of the distribution that {@link #quantile} samples.
   *
   * @param estimate the three-point estimate
   * @return the variance, in working days squared
   */
  public abstract double exactVariance(ThreePointEstimate estimate);

  /**
   * Returns the duration at a cumulative probability: the inverse of the distribution function,
   * which turns a uniform number into a sample.
   *
   * @param estimate the three-point estimate
   * @param u a cumulative probability, in [0, 1)
   * @return the duration, in working days, in [optimistic, pessimistic]
   * @throws IllegalArgumentException when {@code u} is outside [0, 1)
   */
  public abstract double quantile(ThreePointEstimate estimate, double u);

  /**
   * Draws a duration.
   *
   * @param estimate the three-point estimate
   * @param random the source of one uniform number
   * @return the duration, in working days, in [optimistic, pessimistic]
   */
  public double sample(ThreePointEstimate estimate, RandomGenerator random) {
    checkNotNull(random, "random");
    return quantile(estimate, random.nextDouble());
  }

  /**
   * The triangular quantile from its precomputed parts; the simulation's sampler calls this too, so
   * that both give the same doubles.
   */
  static double triangular(
      double a, double b, double mode, double belowMode, double aboveMode, double u) {
    // Rounding may take either branch a hair past its end of the range; comparisons clamp it
    // back, as Math.min and Math.max on doubles cost several times more in the simulation's loop.
    double low = a + Math.sqrt(u * belowMode);
    double high = b - Math.sqrt((1 - u) * aboveMode);
    double duration = u < mode ? low : high;
    return duration > b ? b : duration < a ? a : duration;
  }

  /** Maps a quantile of the unit range onto [a, b]; the simulation's sampler calls this too. */
  static double scaled(double a, double width, double b, double q) {
    double duration = a + width * q;
    return duration > b ? b : duration;
  }

  private static boolean isExact(ThreePointEstimate estimate) {
    return estimate.pessimistic() == estimate.optimistic();
  }

  private static void checkProbability(double u) {
    checkArgument(u >= 0 && u < 1, "u must be in [0, 1) but was %s", u);
  }
}
