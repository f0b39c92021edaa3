package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.crmmethod.core.forecast.ForecastPlans.activity;
import static org.crmmethod.core.forecast.ForecastPlans.plan;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkTimes;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MonteCarloSimulatorTest {

  private static MonteCarloSimulator.Builder simulator() {
    return MonteCarloSimulator.builder().threads(2);
  }

  // ---- Settings ----

  @Test
  void builder_defaults() {
    MonteCarloSimulator simulator = MonteCarloSimulator.standard();

    assertThat(simulator.iterations()).isEqualTo(10_000);
    assertThat(simulator.seed()).isEqualTo(1);
    assertThat(simulator.distribution()).isEqualTo(DurationDistribution.PERT_BETA);
    assertThat(simulator.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void builder_invalidSettingsAreRefusedNamingSettingAndValue() {
    assertThatThrownBy(() -> MonteCarloSimulator.builder().iterations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("iterations must be at least 1 but was 0");
    assertThatThrownBy(() -> MonteCarloSimulator.builder().threads(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was -2");
    assertThatThrownBy(() -> MonteCarloSimulator.builder().distribution(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution must not be null but was null");
  }

  // ---- Agreement with the critical-path analysis ----

  @Test
  void forecast_zeroVarianceReferencePlanIsItsCriticalPathAnalysis() {
    ProjectPlan exact =
        ForecastPlans.referenceWith(e -> ThreePointEstimate.exactly(e.mostLikely()));
    ActivityNetwork network = ActivityNetwork.compile(exact.activities());
    NetworkTimes times = network.analyse(network.mostLikelyDurations(), null);

    Forecast forecast = simulator().iterations(300).build().forecast(exact);

    for (double p = 0; p <= 100; p += 12.5) {
      assertThat(forecast.percentile(p)).isEqualTo(times.projectFinish());
    }
    assertThat(forecast.mean()).isEqualTo(times.projectFinish());
    assertThat(forecast.standardDeviation()).isZero();
    for (int node = 0; node < network.size(); node++) {
      String id = network.activity(node).id();
      assertThat(forecast.criticalityIndex(id))
          .as(id)
          .isEqualTo(times.isCritical(node) ? 1.0 : 0.0);
      assertThat(forecast.sensitivity())
          .filteredOn(d -> d.activityId().equals(id))
          .singleElement()
          .satisfies(driver -> assertThat(driver.correlation()).isZero());
    }
  }

  @Test
  void forecast_zeroVarianceRandomNetworksAreTheirCriticalPathAnalysis() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(1, 30))
        .checkAssert(
            (seed, size) -> {
              List<Activity> activities =
                  ForecastPlans.randomNetwork(new SplittableRandom(seed), size, true);
              ActivityNetwork network = ActivityNetwork.compile(activities);
              NetworkTimes times = network.analyse(network.mostLikelyDurations(), null);

              Forecast forecast = simulator().iterations(3).build().forecast(plan(activities));

              assertThat(forecast.minimum()).isEqualTo(times.projectFinish());
              assertThat(forecast.maximum()).isEqualTo(times.projectFinish());
              for (int node = 0; node < size; node++) {
                assertThat(forecast.criticalityIndex("N" + node))
                    .isEqualTo(times.isCritical(node) ? 1.0 : 0.0);
              }
            });
  }

  @ParameterizedTest
  @EnumSource(DurationDistribution.class)
  void forecast_chainMeanConvergesToTheSumOfMeans(DurationDistribution distribution) {
    List<Activity> chain = ForecastPlans.chain(new SplittableRandom(2026), 20);
    double mean = 0;
    double variance = 0;
    for (Activity activity : chain) {
      mean += distribution.mean(activity.estimate());
      variance += distribution.exactVariance(activity.estimate());
    }
    int iterations = 20_000;

    Forecast forecast =
        simulator().iterations(iterations).distribution(distribution).build().forecast(plan(chain));

    // Four standard errors of the mean; the sample's spread is that of a sum of independent parts.
    assertThat(forecast.mean()).isCloseTo(mean, within(4 * Math.sqrt(variance / iterations)));
    assertThat(forecast.standardDeviation())
        .isCloseTo(Math.sqrt(variance), within(0.03 * Math.sqrt(variance)));
    assertThat(forecast.criticalityIndices().values()).containsOnly(1.0);
    assertThat(PertAnalysis.of(plan(chain)).meanWorkingDays())
        .isCloseTo(
            chain.stream()
                .mapToDouble(a -> DurationDistribution.PERT_BETA.mean(a.estimate()))
                .sum(),
            within(1e-9));
  }

  // ---- Reproducibility ----

  @Test
  void forecast_sameSeedGivesTheSameForecastWhateverTheThreads() {
    ProjectPlan plan = PharmaReferencePlan.plan();
    // 2,000 iterations: 8 blocks, shared out differently by 1, 2 and 3 threads.
    MonteCarloSimulator.Builder settings = MonteCarloSimulator.builder().iterations(2_000).seed(42);

    Forecast one = settings.threads(1).build().forecast(plan);
    Forecast two = settings.threads(2).build().forecast(plan);
    Forecast three = settings.threads(3).build().forecast(plan);

    assertThat(two).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(three).isEqualTo(one);
    assertThat(three.sortedDurations()).containsExactly(one.sortedDurations());
    assertThat(three.sensitivity()).isEqualTo(one.sensitivity());
    assertThat(three.criticalityIndices()).containsExactlyEntriesOf(one.criticalityIndices());
  }

  @Test
  void forecast_differentSeedGivesADifferentSample() {
    ProjectPlan plan = PharmaReferencePlan.plan();

    Forecast first = simulator().iterations(500).seed(1).build().forecast(plan);
    Forecast second = simulator().iterations(500).seed(2).build().forecast(plan);

    assertThat(second).isNotEqualTo(first);
    assertThat(second.sortedDurations()).isNotEqualTo(first.sortedDurations());
    assertThat(second.seed()).isEqualTo(2);
  }

  @Test
  void forecast_firstIterationsDoNotDependOnHowManyFollow() {
    ProjectPlan plan = PharmaReferencePlan.plan();

    Forecast single = simulator().iterations(1).seed(3).build().forecast(plan);
    Forecast many = simulator().iterations(257).seed(3).build().forecast(plan);

    // Iteration 0's stream depends on the seed and its index only.
    assertThat(many.sortedDurations()).contains(single.minimum());
    assertThat(single.iterations()).isEqualTo(1);
    assertThat(single.standardDeviation()).isZero();
    assertThat(single.p10()).isEqualTo(single.p90());
  }

  // ---- The reference plan ----

  @Test
  void forecast_referencePlanTakesAboutTwelveMonths() {
    // F11: about 12 months; here 10 to 14 months of 21 working days.
    Forecast forecast = simulator().build().forecast(PharmaReferencePlan.plan());

    assertThat(forecast.p50()).isBetween(210.0, 294.0);
    assertThat(forecast.p10()).isLessThan(forecast.p50());
    assertThat(forecast.p90()).isGreaterThan(forecast.p80()).isGreaterThan(forecast.p50());
    // A vendor's 90 calendar days, about 64 working days, never happen.
    assertThat(forecast.probabilityWithin(64)).isZero();
    assertThat(forecast.criticalityIndex("S-OBJ")).isEqualTo(1);
    assertThat(forecast.sensitivity().get(0).correlation()).isGreaterThan(0.3);
  }

  @Test
  void forecast_monteCarloSeesTheMergeBiasThatPertIgnores() {
    // Two equal parallel branches: the finish is the later of the two, so its mean exceeds PERT's.
    ProjectPlan plan =
        plan(
            activity("A", 10, 20, 40),
            activity("B", 10, 20, 40),
            activity("END", 0, 0, 0, Dependency.on("A"), Dependency.on("B")));

    Forecast forecast = simulator().iterations(20_000).build().forecast(plan);
    PertAnalysis pert = PertAnalysis.of(plan);

    assertThat(forecast.mean()).isGreaterThan(pert.meanWorkingDays() + 2);
    assertThat(forecast.criticalityIndex("A")).isCloseTo(0.5, within(0.02));
    assertThat(forecast.criticalityIndex("A") + forecast.criticalityIndex("B"))
        .isCloseTo(1, within(1e-3));
    assertThat(forecast.criticalityIndex("END")).isEqualTo(1);
  }

  @Test
  void forecast_sensitivityRanksTheUncertainActivityFirst() {
    // A long uncertain activity beside a short exact one: A drives the finish, B never does.
    ProjectPlan plan =
        plan(
            activity("B", 3, 3, 3),
            activity("A", 10, 20, 60),
            activity("C", 1, 2, 3, Dependency.on("A"), Dependency.on("B")));

    Forecast forecast = simulator().iterations(5_000).build().forecast(plan);

    assertThat(forecast.sensitivity())
        .extracting(FinishDriver::activityId)
        .containsExactly("A", "C", "B");
    assertThat(forecast.sensitivity().get(0).correlation()).isGreaterThan(0.95);
    assertThat(forecast.sensitivity().get(0).criticalityIndex()).isEqualTo(1);
    assertThat(forecast.sensitivity().get(2).correlation()).isZero();
    assertThat(forecast.sensitivity().get(2).criticalityIndex()).isZero();
    assertThat(forecast.criticalityIndices().keySet()).containsExactly("A", "C", "B");
  }

  @Test
  void forecast_correlationOfEachOfTwoEqualPartsIsOneOverRootTwo() {
    // Finish = A + B with A and B independent and alike: corr(A, A + B) = 1 / sqrt(2).
    ProjectPlan plan = plan(activity("A", 5, 10, 20), activity("B", 5, 10, 20, Dependency.on("A")));

    Forecast forecast = simulator().iterations(20_000).build().forecast(plan);

    assertThat(forecast.sensitivity())
        .allSatisfy(d -> assertThat(d.correlation()).isCloseTo(Math.sqrt(0.5), within(0.02)));
  }

  @Test
  void forecast_nothingCorrelatesWithAConstantFinish() {
    // B varies but never matters: the finish is always A's 10.1 days.
    ProjectPlan plan =
        plan(
            activity("A", 10.1, 10.1, 10.1),
            activity("B", 1, 2, 3),
            activity("END", 0, 0, 0, Dependency.on("A"), Dependency.on("B")));

    Forecast forecast = simulator().iterations(1_000).build().forecast(plan);

    assertThat(forecast.standardDeviation()).isZero();
    assertThat(forecast.mean()).isEqualTo(10.1);
    assertThat(forecast.sensitivity()).allSatisfy(d -> assertThat(d.correlation()).isZero());
    assertThat(forecast.criticalityIndex("B")).isZero();
  }

  // ---- Refusals ----

  @Test
  void forecast_cycleIsRefusedNamingIt() {
    ProjectPlan cyclic =
        plan(
            activity("A", 1, 2, 3, Dependency.on("B")), activity("B", 1, 2, 3, Dependency.on("A")));

    assertThatThrownBy(() -> simulator().build().forecast(cyclic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A -> B -> A");
  }

  @Test
  void forecast_duplicateIdIsRefusedNamingIt() {
    ProjectPlan duplicated = plan(activity("X", 1, 2, 3), activity("X", 1, 2, 3));

    assertThatThrownBy(() -> simulator().build().forecast(duplicated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'X'");
  }

  @Test
  void forecast_emptyPlanTakesNoTime() {
    Forecast forecast = simulator().iterations(10).build().forecast(plan(List.of()));

    assertThat(forecast.maximum()).isZero();
    assertThat(forecast.sensitivity()).isEmpty();
    assertThat(forecast.criticalityIndices()).isEmpty();
  }
}
