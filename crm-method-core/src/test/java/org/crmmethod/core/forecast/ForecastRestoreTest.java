package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ForecastRestoreTest {
  private static Forecast forecast;

  @BeforeAll
  static void simulate() {
    forecast =
        MonteCarloSimulator.builder()
            .iterations(300)
            .seed(5)
            .build()
            .forecast(PharmaReferencePlan.plan());
  }

  private static Forecast restore(
      List<String> ids, double[] durations, List<FinishDriver> sensitivity) {
    return Forecast.restore(
        forecast.seed(), forecast.distribution(), ids, durations, sensitivity);
  }

  @Test
  void restore_fromTheStoredParts_givesAnEqualForecast() {
    Forecast restored =
        restore(forecast.activityIds(), forecast.sortedDurations(), forecast.sensitivity());

    assertThat(restored).isEqualTo(forecast).hasSameHashCodeAs(forecast);
    assertThat(restored.criticalityIndices()).containsExactlyEntriesOf(forecast.criticalityIndices());
    assertThat(restored.p80()).isEqualTo(forecast.p80());
    assertThat(restored.standardDeviation()).isEqualTo(forecast.standardDeviation());
  }

  @Test
  void restore_copiesTheDurations() {
    double[] durations = forecast.sortedDurations();
    Forecast restored = restore(forecast.activityIds(), durations, forecast.sensitivity());

    durations[0] = -1;

    assertThat(restored.minimum()).isEqualTo(forecast.minimum());
  }

  @Test
  void restore_refusesUnsortedDurations() {
    double[] durations = forecast.sortedDurations();
    double last = durations[durations.length - 1];
    durations[durations.length - 1] = durations[0];
    durations[0] = last;

    assertThatThrownBy(() -> restore(forecast.activityIds(), durations, forecast.sensitivity()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Forecast.sortedDurations must be in ascending order, but was " + last)
        .satisfies(e -> assertThat(((InvalidModelException) e).attributes()).containsExactly("sortedDurations"));
  }

  @Test
  void restore_refusesNoDurationsAndNonFiniteOnes() {
    assertThatThrownBy(() -> restore(forecast.activityIds(), new double[0], forecast.sensitivity()))
        .hasMessageContaining("Forecast.sortedDurations must hold at least one");
    double[] durations = forecast.sortedDurations();
    durations[durations.length - 1] = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> restore(forecast.activityIds(), durations, forecast.sensitivity()))
        .hasMessageContaining("Forecast.sortedDurations must be finite, but was Infinity");
  }

  @Test
  void restore_refusesDriversThatDoNotMatchTheIds() {
    List<FinishDriver> fewer = forecast.sensitivity().subList(1, forecast.sensitivity().size());
    assertThatThrownBy(() -> restore(forecast.activityIds(), forecast.sortedDurations(), fewer))
        .hasMessageContaining("Forecast.sensitivity must hold one driver for each of the 44 activities, but was 43 drivers");

    List<FinishDriver> stranger = new ArrayList<>(forecast.sensitivity());
    FinishDriver first = stranger.get(0);
    stranger.set(0, FinishDriver.of("NOBODY", first.correlation(), first.criticalityIndex()));
    assertThatThrownBy(() -> restore(forecast.activityIds(), forecast.sortedDurations(), stranger))
        .hasMessageContaining("Forecast.sensitivity must name only activities of activityIds, but was 'NOBODY'");

    List<FinishDriver> twice = new ArrayList<>(forecast.sensitivity());
    twice.set(1, twice.get(0));
    assertThatThrownBy(() -> restore(forecast.activityIds(), forecast.sortedDurations(), twice))
        .hasMessageContaining("must not name the same activity twice");

    List<String> duplicate = new ArrayList<>(forecast.activityIds());
    duplicate.set(1, duplicate.get(0));
    assertThatThrownBy(() -> restore(duplicate, forecast.sortedDurations(), forecast.sensitivity()))
        .hasMessageContaining("Forecast.activityIds must not hold the same id twice");
  }

  @Test
  void restore_refusesDriversOutOfRankOrder() {
    List<FinishDriver> reversed = new ArrayList<>(forecast.sensitivity());
    Collections.reverse(reversed);

    assertThatThrownBy(() -> restore(forecast.activityIds(), forecast.sortedDurations(), reversed))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Forecast.sensitivity must rank the activities by decreasing correlation")
        .hasMessageContaining("at rank 0");
  }

  @Test
  void restore_refusesACriticalityIndexThatCountsNoWholeIterations() {
    List<FinishDriver> drivers = new ArrayList<>(forecast.sensitivity());
    FinishDriver first = drivers.get(0);
    drivers.set(0, FinishDriver.of(first.activityId(), first.correlation(), 0.5 / 300));

    assertThatThrownBy(() -> restore(forecast.activityIds(), forecast.sortedDurations(), drivers))
        .hasMessageContaining("must give criticality indices that count whole iterations out of 300");
  }

  @Test
  void restore_refusesMissingParts() {
    assertThatThrownBy(
            () -> Forecast.restore(1, null, List.of(), new double[] {1}, List.of()))
        .hasMessage("Forecast.distribution must be given, but was null");
    assertThatThrownBy(() -> restore(Arrays.asList((String) null), new double[] {1}, List.of()))
        .hasMessage("Forecast.activityIds must be given, but was null");
  }

  @Test
  void restore_ofAPlanWithoutActivities() {
    Forecast empty =
        MonteCarloSimulator.builder().iterations(3).build().forecast(ForecastPlans.plan());

    assertThat(
            Forecast.restore(
                empty.seed(),
                empty.distribution(),
                empty.activityIds(),
                empty.sortedDurations(),
                empty.sensitivity()))
        .isEqualTo(empty);
  }
}
