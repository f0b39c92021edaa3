package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DurationDistributionTest {
  private static final int SAMPLES = 400_000;

  // ---- Formulas ----

  @Test
  void mean_pertAndTriangularFormulas() {
    ThreePointEstimate estimate = ThreePointEstimate.of(10, 15, 26);

    assertThat(DurationDistribution.PERT_BETA.mean(estimate)).isEqualTo((10 + 60 + 26) / 6.0);
    assertThat(DurationDistribution.TRIANGULAR.mean(estimate)).isEqualTo(17);
  }

  @Test
  void variance_pertIsTheClassicApproximationAndTriangularIsExact() {
    ThreePointEstimate estimate = ThreePointEstimate.of(10, 15, 28);

    assertThat(DurationDistribution.PERT_BETA.variance(estimate)).isCloseTo(9, within(1e-12));
    assertThat(DurationDistribution.TRIANGULAR.variance(estimate))
        .isCloseTo((100 + 225 + 784 - 150 - 280 - 420) / 18.0, within(1e-12));
    assertThat(DurationDistribution.TRIANGULAR.exactVariance(estimate))
        .isEqualTo(DurationDistribution.TRIANGULAR.variance(estimate));
  }

  @Test
  void exactVariance_pertBetaWithACentredModeIsNineSeventhsOfTheClassicOne() {
    // α = β = 3: variance (b - a)² 9 / 252, against the classic (b - a)² 7 / 252.
    ThreePointEstimate centred = ThreePointEstimate.of(0, 6, 12);

    assertThat(DurationDistribution.PERT_BETA.exactVariance(centred))
        .isCloseTo(DurationDistribution.PERT_BETA.variance(centred) * 9 / 7, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(DurationDistribution.class)
  void quantile_zeroWidthEstimateAlwaysGivesItsValue(DurationDistribution distribution) {
    ThreePointEstimate exact = ThreePointEstimate.exactly(0.1);

    for (double u : new double[] {0, 1e-300, 0.25, 0.5, 0.999, Math.nextDown(1.0)}) {
      assertThat(distribution.quantile(exact, u)).isEqualTo(0.1);
    }
    assertThat(distribution.quantile(ThreePointEstimate.milestone(), 0.7)).isZero();
    assertThat(distribution.mean(exact)).isEqualTo(0.1);
    assertThat(distribution.variance(exact)).isZero();
    assertThat(distribution.exactVariance(exact)).isZero();
  }

  @ParameterizedTest
  @EnumSource(DurationDistribution.class)
  void quantile_probabilityOutsideTheUnitIntervalIsRefused(DurationDistribution distribution) {
    ThreePointEstimate estimate = ThreePointEstimate.of(1, 2, 3);

    assertThatThrownBy(() -> distribution.quantile(estimate, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("u must be in [0, 1)")
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> distribution.quantile(estimate, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.5");
    assertThatThrownBy(() -> distribution.quantile(estimate, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quantile_triangularClosedForm() {
    ThreePointEstimate estimate = ThreePointEstimate.of(0, 5, 10);

    assertThat(DurationDistribution.TRIANGULAR.quantile(estimate, 0.5)).isCloseTo(5, within(1e-12));
    assertThat(DurationDistribution.TRIANGULAR.quantile(estimate, 0.125))
        .isCloseTo(2.5, within(1e-12));
    assertThat(DurationDistribution.TRIANGULAR.quantile(estimate, 0.875))
        .isCloseTo(7.5, within(1e-12));
    assertThat(DurationDistribution.TRIANGULAR.quantile(estimate, 0)).isZero();
  }

  @Test
  void quantile_pertBetaMatchesKnownBetaQuantiles() {
    // m = a: Beta(1, 5), whose quantile is 1 - (1 - u)^(1/5); m = b: Beta(5, 1), u^(1/5).
    ThreePointEstimate low = ThreePointEstimate.of(10, 10, 20);
    ThreePointEstimate high = ThreePointEstimate.of(10, 20, 20);

    for (double u = 0.0005; u < 1; u += 0.01) {
      assertThat(DurationDistribution.PERT_BETA.quantile(low, u))
          .isCloseTo(10 + 10 * (1 - Math.pow(1 - u, 0.2)), within(5e-4));
      assertThat(DurationDistribution.PERT_BETA.quantile(high, u))
          .isCloseTo(10 + 10 * Math.pow(u, 0.2), within(5e-4));
    }
  }

  // ---- Samples ----

  @ParameterizedTest
  @EnumSource(DurationDistribution.class)
  void quantile_staysWithinTheEstimateAndNeverDecreases(DurationDistribution distribution) {
    qt().forAll(
            doubles().between(0, 100),
            doubles().between(0, 100),
            doubles().between(0, 100),
            doubles().between(0, 1))
        .checkAssert(
            (x, y, z, u) -> {
              double[] points = {x, y, z};
              java.util.Arrays.sort(points);
              ThreePointEstimate estimate = ThreePointEstimate.of(points[0], points[1], points[2]);
              double probability = Math.min(u, Math.nextDown(1.0));
              double duration = distribution.quantile(estimate, probability);
              assertThat(duration).isBetween(points[0], points[2]);
              double later =
                  distribution.quantile(estimate, Math.min(Math.nextDown(1.0), probability + 1e-3));
              assertThat(later).isGreaterThanOrEqualTo(duration);
            });
  }

  @ParameterizedTest
  @EnumSource(DurationDistribution.class)
  void sample_meanAndVarianceMatchTheFormulas(DurationDistribution distribution) {
    SplittableRandom random = new SplittableRandom(20261122);
    qt().withExamples(6)
        .forAll(integers().between(0, 30), integers().between(0, 30), integers().between(1, 40))
        .checkAssert(
            (a, toMode, toPessimistic) -> {
              ThreePointEstimate estimate =
                  ThreePointEstimate.of(a, a + toMode, a + toMode + toPessimistic);
              double sum = 0;
              double squares = 0;
              double mean = distribution.mean(estimate);
              for (int i = 0; i < SAMPLES; i++) {
                double x = distribution.sample(estimate, random) - mean;
                sum += x;
                squares += x * x;
              }
              double variance = distribution.exactVariance(estimate);
              double sampleMean = sum / SAMPLES;
              double sampleVariance = squares / SAMPLES - sampleMean * sampleMean;
              // 5 standard errors of the mean; the sample variance's relative standard error is
              // below sqrt(2 / N), about 0.22%, for these light-tailed distributions: allow 1.5%.
              assertThat(sampleMean).isCloseTo(0, within(5 * Math.sqrt(variance / SAMPLES)));
              assertThat(sampleVariance).isCloseTo(variance, within(0.015 * variance));
            });
  }

  @Test
  void sample_triangularPeaksAtTheMostLikelyValue() {
    ThreePointEstimate estimate = ThreePointEstimate.of(0, 3, 10);
    SplittableRandom random = new SplittableRandom(7);
    int[] bins = new int[10];
    int belowMode = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double duration = DurationDistribution.TRIANGULAR.sample(estimate, random);
      bins[Math.min(9, (int) duration)]++;
      if (duration <= 3) {
        belowMode++;
      }
    }

    // The distribution function at the mode is (m - a) / (b - a) = 0.3; the densest bins touch 3.
    assertThat((double) belowMode / SAMPLES).isCloseTo(0.3, within(5 * Math.sqrt(0.21 / SAMPLES)));
    int densest = 0;
    for (int bin = 1; bin < bins.length; bin++) {
      if (bins[bin] > bins[densest]) {
        densest = bin;
      }
    }
    assertThat(densest).isIn(2, 3);
  }

  @Test
  void sample_pertBetaPeaksAtTheMostLikelyValue() {
    ThreePointEstimate estimate = ThreePointEstimate.of(0, 7, 10);
    SplittableRandom random = new SplittableRandom(11);
    int[] bins = new int[20];
    for (int i = 0; i < SAMPLES; i++) {
      bins[Math.min(19, (int) (2 * DurationDistribution.PERT_BETA.sample(estimate, random)))]++;
    }

    int densest = 0;
    for (int bin = 1; bin < bins.length; bin++) {
      if (bins[bin] > bins[densest]) {
        densest = bin;
      }
    }
    // The mode of Beta(3.8, 2.2) on [0, 10] is 10 (α - 1) / (α + β - 2) = 7.
    assertThat(densest).isIn(13, 14);
  }
}
