package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.crmmethod.core.forecast.ForecastPlans.activity;
import static org.crmmethod.core.forecast.ForecastPlans.plan;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ForecastTest {
  private static Forecast reference;

  @BeforeAll
  static void simulate() {
    reference =
        MonteCarloSimulator.builder()
            .iterations(3_000)
            .seed(8)
            .build()
            .forecast(PharmaReferencePlan.plan());
  }

  /** A forecast of known durations, built directly. */
  private static Forecast of(double... sortedDurations) {
    return new Forecast(
        1,
        DurationDistribution.TRIANGULAR,
        List.of("A"),
        sortedDurations,
        new long[] {sortedDurations.length},
        new double[] {1});
  }

  // ---- Percentiles ----

  @Test
  void percentile_linearInterpolationBetweenClosestRanks() {
    Forecast forecast = of(10, 20, 30, 40, 50);

    assertThat(forecast.percentile(0)).isEqualTo(10);
    assertThat(forecast.percentile(25)).isEqualTo(20);
    assertThat(forecast.percentile(50)).isEqualTo(30);
    assertThat(forecast.percentile(60)).isCloseTo(34, within(1e-12));
    assertThat(forecast.p90()).isCloseTo(46, within(1e-12));
    assertThat(forecast.percentile(100)).isEqualTo(50);
    assertThat(forecast.mean()).isEqualTo(30);
    assertThat(forecast.standardDeviation()).isCloseTo(Math.sqrt(250), within(1e-12));
  }

  @Test
  void percentile_neverDecreases() {
    qt().forAll(doubles().between(0, 100), doubles().between(0, 100))
        .checkAssert(
            (p, q) ->
                assertThat(reference.percentile(Math.max(p, q)))
                    .isGreaterThanOrEqualTo(reference.percentile(Math.min(p, q))));
    assertThat(reference.p10()).isLessThanOrEqualTo(reference.p50());
    assertThat(reference.p50()).isLessThanOrEqualTo(reference.p80());
    assertThat(reference.p80()).isLessThanOrEqualTo(reference.p90());
    assertThat(reference.percentile(0)).isEqualTo(reference.minimum());
    assertThat(reference.percentile(100)).isEqualTo(reference.maximum());
  }

  @Test
  void percentile_outsideZeroToHundredIsRefused() {
    assertThatThrownBy(() -> reference.percentile(100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in [0, 100] but was 100.5");
    assertThatThrownBy(() -> reference.percentile(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reference.percentile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Probabilities ----

  @Test
  void probabilityWithin_shareOfIterationsAtMostThatLong() {
    Forecast forecast = of(10, 20, 20, 40);

    assertThat(forecast.probabilityWithin(9.99)).isZero();
    assertThat(forecast.probabilityWithin(10)).isEqualTo(0.25);
    assertThat(forecast.probabilityWithin(20)).isEqualTo(0.75);
    assertThat(forecast.probabilityWithin(39)).isEqualTo(0.75);
    assertThat(forecast.probabilityWithin(40)).isEqualTo(1);
  }

  @Test
  void probabilityWithin_neverDecreasesFromZeroToOne() {
    assertThat(reference.probabilityWithin(Math.nextDown(reference.minimum()))).isZero();
    assertThat(reference.probabilityWithin(reference.maximum())).isEqualTo(1);
    assertThat(reference.probabilityWithin(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(reference.probabilityWithin(Double.POSITIVE_INFINITY)).isEqualTo(1);
    qt().forAll(doubles().between(150, 350), doubles().between(150, 350))
        .checkAssert(
            (x, y) ->
                assertThat(reference.probabilityWithin(Math.max(x, y)))
                    .isGreaterThanOrEqualTo(reference.probabilityWithin(Math.min(x, y))));
    assertThatThrownBy(() -> reference.probabilityWithin(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void probabilityWithin_agreesWithPercentiles() {
    for (double p = 5; p < 100; p += 5) {
      assertThat(reference.probabilityWithin(reference.percentile(p)))
          .isBetween(p / 100 - 1e-3, p / 100 + 1e-3);
    }
  }

  // ---- Histogram ----

  @Test
  void histogram_countsEveryIterationBetweenTheExtremes() {
    qt().forAll(integers().between(1, 200))
        .checkAssert(
            bins -> {
              Histogram histogram = reference.histogram(bins);
              assertThat(histogram.bins()).isEqualTo(bins);
              assertThat(histogram.total()).isEqualTo(reference.iterations());
              assertThat(histogram.edges().get(0)).isEqualTo(reference.minimum());
              assertThat(histogram.edges().get(bins)).isEqualTo(reference.maximum());
            });
  }

  @Test
  void histogram_binsAreHalfOpenButTheLast() {
    Histogram histogram = of(0, 1, 2, 3, 4).histogram(2);

    assertThat(histogram.edges()).containsExactly(0.0, 2.0, 4.0);
    assertThat(histogram.counts()).containsExactly(2, 3);
  }

  @Test
  void histogram_equalDurationsSpanOneWorkingDay() {
    Histogram histogram = of(7, 7, 7).histogram(4);

    assertThat(histogram.edges()).containsExactly(7.0, 7.25, 7.5, 7.75, 8.0);
    assertThat(histogram.counts()).containsExactly(3, 0, 0, 0);
  }

  @Test
  void histogram_noBinIsRefused() {
    assertThatThrownBy(() -> reference.histogram(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins must be at least 1 but was 0");
  }

  @Test
  void histogram_invariants() {
    assertThatThrownBy(() -> Histogram.of(List.of(0.0, 1.0), List.of(1, 2)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("edges");
    assertThatThrownBy(() -> Histogram.of(List.of(1.0, 1.0), List.of(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("increase");
    assertThatThrownBy(() -> Histogram.of(List.of(0.0, 1.0), List.of(-1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("counts");
    assertThatThrownBy(() -> Histogram.of(List.of(0.0), List.of()))
        .isInstanceOf(InvalidModelException.class);
  }

  // ---- Activities ----

  @Test
  void criticalityIndices_sortedByDecreasingIndex() {
    List<Double> indices = List.copyOf(reference.criticalityIndices().values());

    assertThat(indices).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(indices).allSatisfy(index -> assertThat(index).isBetween(0.0, 1.0));
    assertThat(reference.criticalityIndices())
        .hasSize(PharmaReferencePlan.plan().activities().size());
    assertThat(reference.activityIds())
        .containsExactlyElementsOf(
            PharmaReferencePlan.plan().activities().stream().map(a -> a.id()).toList());
  }

  @Test
  void criticalityIndex_unknownActivityIsRefused() {
    assertThatThrownBy(() -> reference.criticalityIndex("NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'NOPE'");
  }

  @Test
  void sensitivity_rankedByDecreasingCorrelation() {
    List<FinishDriver> drivers = reference.sensitivity();

    assertThat(drivers).hasSize(PharmaReferencePlan.plan().activities().size());
    assertThat(drivers)
        .extracting(FinishDriver::correlation)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    for (FinishDriver driver : drivers) {
      assertThat(driver.criticalityIndex())
          .isEqualTo(reference.criticalityIndex(driver.activityId()));
    }
    // Gates are milestones: no spread, no correlation.
    assertThat(drivers)
        .filteredOn(d -> d.activityId().equals("S-GATE"))
        .singleElement()
        .satisfies(d -> assertThat(d.correlation()).isZero());
  }

  @Test
  void finishDriver_invariants() {
    assertThat(FinishDriver.of("A", -1, 0).correlation()).isEqualTo(-1);
    assertThatThrownBy(() -> FinishDriver.of("A", 1.5, 0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("correlation");
    assertThatThrownBy(() -> FinishDriver.of("A", 0, 2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("criticalityIndex");
  }

  // ---- Identity ----

  @Test
  void equals_settingsAndSamples() {
    Forecast forecast = of(1, 2, 3);

    assertThat(forecast).isEqualTo(of(1, 2, 3)).hasSameHashCodeAs(of(1, 2, 3));
    assertThat(forecast).isNotEqualTo(of(1, 2, 4)).isNotEqualTo(null).isNotEqualTo("forecast");
    assertThat(forecast.toString()).contains("iterations=3", "TRIANGULAR", "p50=2.0");
    assertThat(forecast.sortedDurations()).containsExactly(1, 2, 3);
    forecast.sortedDurations()[0] = 99;
    assertThat(forecast.minimum()).isEqualTo(1);
    assertThat(forecast.seed()).isEqualTo(1);
    assertThat(forecast.distribution()).isEqualTo(DurationDistribution.TRIANGULAR);
  }

  @Test
  void forecast_plansWithOneActivityCorrelatePerfectly() {
    Forecast forecast =
        MonteCarloSimulator.builder()
            .iterations(1_000)
            .build()
            .forecast(plan(activity("A", 1, 5, 9)));

    assertThat(forecast.sensitivity())
        .singleElement()
        .satisfies(d -> assertThat(d.correlation()).isCloseTo(1, within(1e-9)));
  }
}
