package org.crmmethod.core.forecast;

/**
 * The beta distribution's cumulative distribution and quantile functions, for building the
 * PERT-beta sampling tables once per shape; never called in the simulation's inner loop.
 *
 * <p>The regularised incomplete beta function is evaluated by its continued fraction (modified
 * Lentz), the log-gamma function by a Lanczos approximation; both are accurate to about 1e-14 for
 * the shapes used here (both parameters from 1 to 5).
 */
final class BetaFunction {
  private static final double TINY = 1e-300;
  private static final double EPSILON = 1e-15;
  private static final int MOST_TERMS = 1_000;

  /** Lanczos coefficients for g = 671/128 (Numerical Recipes, third edition). */
  private static final double[] LANCZOS = {
    57.1562356658629235,
    -59.5979603554754912,
    14.1360979747417471,
    -0.491913816097620199,
    .339946499848118887e-4,
    .465236289270485756e-4,
    -.983744753048795646e-4,
    .158088703224912494e-3,
    -.210264441724104883e-3,
    .217439618115212643e-3,
    -.164318106536763890e-3,
    .844182239838527433e-4,
    -.261908384015814087e-4,
    .368991826595316234e-5
  };

  private BetaFunction() {}

  /**
   * Returns the natural logarithm of the gamma function.
   *
   * @param x a positive number
   * @return ln Γ(x)
   */
  static double logGamma(double x) {
    double y = x;
    double tmp = x + 5.24218750000000000;
    tmp = (x + 0.5) * Math.log(tmp) - tmp;
    double series = 0.999999999999997092;
    for (double coefficient : LANCZOS) {
      series += coefficient / ++y;
    }
    return tmp + Math.log(2.5066282746310005 * series / x);
  }

  /**
   * Returns the natural logarithm of the beta function.
   *
   * @param a the first shape parameter, positive
   * @param b the second shape parameter, positive
   * @return ln B(a, b)
   */
  static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /**
   * Returns the beta distribution's density.
   *
   * @param x the point, in [0, 1]
   * @param a the first shape parameter, at least 1
   * @param b the second shape parameter, at least 1
   * @return the density at x
   */
  static double density(double x, double a, double b) {
    return density(x, a, b, logBeta(a, b));
  }

  private static double density(double x, double a, double b, double logBeta) {
    if (x <= 0 || x >= 1) {
      return (x <= 0 ? a : b) == 1 ? Math.exp(-logBeta) : 0;
    }
    return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
  }

  /**
   * Returns the beta distribution's cumulative distribution function: the regularised incomplete
   * beta function I_x(a, b).
   *
   * @param x the point
   * @param a the first shape parameter, positive
   * @param b the second shape parameter, positive
   * @return the probability of a value not above x
   */
  static double cumulative(double x, double a, double b) {
    return cumulative(x, a, b, logBeta(a, b));
  }

  private static double cumulative(double x, double a, double b, double logBeta) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta);
    // The continued fraction converges fast on the side of the mean where x is small relative to
    // it.
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  /**
   * Returns the beta distribution's quantile: the x where {@link #cumulative} reaches p, by Newton
   * steps kept inside a shrinking bracket (bisection where a step would leave it), to about 1e-15
   * relative.
   *
   * @param p the probability, in [0, 1]
   * @param a the first shape parameter, at least 1
   * @param b the second shape parameter, at least 1
   * @param guess a starting point in [0, 1], e.g. the previous quantile of an increasing series
   * @return the quantile, in [0, 1]
   */
  static double quantile(double p, double a, double b, double guess) {
    if (p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    double logBeta = logBeta(a, b);
    double low = 0;
    double high = 1;
    double x = Math.min(Math.max(guess, 1e-12), 1 - 1e-12);
    for (int step = 0; step < 200; step++) {
      double error = cumulative(x, a, b, logBeta) - p;
      if (error == 0) {
        return x;
      }
      if (error < 0) {
        low = x;
      } else {
        high = x;
      }
      double slope = density(x, a, b, logBeta);
      double next = slope > 0 ? x - error / slope : Double.NaN;
      boolean newton = next > low && next < high;
      if (newton && Math.abs(next - x) <= 1e-9 * x) {
        // Newton's method converges quadratically: after a step this small, the error left is
        // of the order of its square, far below a double's precision.
        return next;
      }
      if (!newton) {
        next = 0.5 * (low + high);
      }
      if (high - low <= 1e-15 * x) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** Evaluates the continued fraction of I_x(a, b) by the modified Lentz method. */
  private static double continuedFraction(double x, double a, double b) {
    double sum = a + b;
    double plusOne = a + 1;
    double minusOne = a - 1;
    double c = 1;
    double d = nonZero(1 - sum * x / plusOne);
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MOST_TERMS; m++) {
      int twoM = 2 * m;
      double term = m * (b - m) * x / ((minusOne + twoM) * (a + twoM));
      d = 1 / nonZero(1 + term * d);
      c = nonZero(1 + term / c);
      h *= d * c;
      term = -(a + m) * (sum + m) * x / ((a + twoM) * (plusOne + twoM));
      d = 1 / nonZero(1 + term * d);
      c = nonZero(1 + term / c);
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
