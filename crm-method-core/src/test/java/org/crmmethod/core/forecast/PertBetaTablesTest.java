package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The accuracy that {@link DurationDistribution#PERT_BETA} states: the tables' quantiles against
 * the exact beta quantile, and the moments of the tabulated quantile function against the exact
 * mean α / 6 and variance αβ / 252, all on the unit range, for shapes on and between the tabulated
 * ones.
 */
class PertBetaTablesTest {

  /** Where the mode sits, r = (m - a) / (b - a): both ends, tabulated shapes and shapes between. */
  private static final double[] SHAPES = {
    0, 0.001, 0.0137, 0.1, 0.2, 0.20137, 0.25, 1 / 3.0, 0.4, 0.5, 0.61, 2 / 3.0, 0.75, 0.9, 0.987,
    0.999, 1
  };

  // ---- Special functions ----

  @Test
  void logGamma_knownValues() {
    assertThat(BetaFunction.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(BetaFunction.logGamma(2)).isCloseTo(0, within(1e-14));
    assertThat(BetaFunction.logGamma(6)).isCloseTo(Math.log(120), within(1e-13));
    assertThat(BetaFunction.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
  }

  @Test
  void cumulative_matchesClosedFormsOfIntegerShapes() {
    for (double x = 0.001; x < 1; x += 0.001) {
      assertThat(BetaFunction.cumulative(x, 1, 5)).isCloseTo(1 - Math.pow(1 - x, 5), within(1e-13));
      assertThat(BetaFunction.cumulative(x, 3, 3))
          .isCloseTo(10 * Math.pow(x, 3) - 15 * Math.pow(x, 4) + 6 * Math.pow(x, 5), within(1e-13));
    }
    assertThat(BetaFunction.cumulative(0, 2, 4)).isZero();
    assertThat(BetaFunction.cumulative(1, 2, 4)).isEqualTo(1);
  }

  @Test
  void quantile_invertsTheCumulativeDistribution() {
    for (double u = 0.0005; u < 1; u += 0.001) {
      double x = BetaFunction.quantile(u, 2.37, 3.63, 0.5);
      assertThat(BetaFunction.cumulative(x, 2.37, 3.63)).isCloseTo(u, within(1e-13));
    }
    assertThat(BetaFunction.quantile(0, 2, 4, 0.5)).isZero();
    assertThat(BetaFunction.quantile(1, 2, 4, 0.5)).isEqualTo(1);
  }

  @Test
  void standardNormal_knownValuesAndInverse() {
    assertThat(StandardNormal.cumulative(0)).isEqualTo(0.5);
    assertThat(StandardNormal.cumulative(1)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(StandardNormal.cumulative(-1.959963984540054)).isCloseTo(0.025, within(1e-15));
    assertThat(StandardNormal.cumulative(-9)).isZero();
    assertThat(StandardNormal.cumulative(9)).isEqualTo(1);
    assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(StandardNormal.quantile(0.5)).isCloseTo(0, within(1e-15));
    for (double p = 1e-6; p < 1; p += 0.0007) {
      assertThat(StandardNormal.cumulative(StandardNormal.quantile(p))).isCloseTo(p, within(1e-14));
    }
  }

  // ---- Tables ----

  @Test
  void quantile_withinFiveHundredThousandthsOfTheExactQuantileEverywhere() {
    for (double r : SHAPES) {
      double alpha = 1 + 4 * r;
      double beta = 5 - 4 * r;
      double previous = 0;
      // Dense near both ends, where the quantile is steepest, and across the middle.
      for (int i = 0; i < 2_000; i++) {
        double u =
            i < 400
                ? Math.scalb(1.0, -40 + i / 10) * (1 + (i % 10) / 10.0)
                : (i - 400 + 0.5) / 1_600;
        checkQuantile(r, alpha, beta, u);
        checkQuantile(r, alpha, beta, Math.nextDown(1 - u));
        double tabulated = PertBetaTables.quantile(r, (i + 0.5) / 2_000);
        assertThat(tabulated).isGreaterThanOrEqualTo(previous);
        previous = tabulated;
      }
    }
  }

  private static void checkQuantile(double r, double alpha, double beta, double u) {
    if (u <= 0 || u >= 1) {
      return;
    }
    double exact =
        u < 0.5
            ? BetaFunction.quantile(u, alpha, beta, 0.5)
            : 1 - BetaFunction.quantile(1 - u, beta, alpha, 0.5);
    assertThat(PertBetaTables.quantile(r, u))
        .as("r = %s, u = %s", r, u)
        .isCloseTo(exact, within(5e-5));
  }

  @Test
  void quantile_meanWithinAMillionthAndVarianceWithinAHundredthOfAPercent() {
    int points = 1 << 19;
    for (double r : SHAPES) {
      double alpha = 1 + 4 * r;
      double beta = 5 - 4 * r;
      double sum = 0;
      double squares = 0;
      double mean = alpha / 6;
      // The midpoint rule over half a million points, centred on the exact mean to keep sums small.
      for (int i = 0; i < points; i++) {
        double x = PertBetaTables.quantile(r, (i + 0.5) / points) - mean;
        sum += x;
        squares += x * x;
      }
      double variance = alpha * beta / 252;
      assertThat(sum / points).as("mean error at r = %s", r).isCloseTo(0, within(1e-6));
      assertThat(squares / points - (sum / points) * (sum / points))
          .as("variance at r = %s", r)
          .isCloseTo(variance, within(1e-4 * variance));
    }
  }

  @Test
  void quantile_endsOfTheRange() {
    for (double r : SHAPES) {
      assertThat(PertBetaTables.quantile(r, 0)).isZero();
      assertThat(PertBetaTables.quantile(r, Math.nextDown(1.0))).isBetween(0.99, 1.0);
    }
  }
}
