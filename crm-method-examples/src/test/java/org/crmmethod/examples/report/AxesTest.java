package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AxesTest {

  // ---- The Gantt's date axis ----

  @Test
  void timeAxis_wholeMonthsAndDaysInOrder() {
    TimeAxis axis = TimeAxis.covering(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 6), 100, 1200);

    assertThat(axis.months()).hasSize(12).startsWith(LocalDate.of(2027, 1, 1)).endsWith(LocalDate.of(2027, 12, 1));
    assertThat(axis.x(LocalDate.of(2027, 1, 1))).isEqualTo(100);
    assertThat(axis.x(LocalDate.of(2028, 1, 1))).isEqualTo(1300);
    assertThat(axis.endOf(LocalDate.of(2027, 3, 1))).isEqualTo(axis.x(LocalDate.of(2027, 3, 2)));
    assertThat(axis.shows(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(axis.shows(LocalDate.of(2028, 1, 1))).isFalse();
    assertThat(axis.labelStep()).isEqualTo(1);
  }

  @Test
  void timeAxis_labelsFewerMonthsOnLongProjects() {
    TimeAxis axis = TimeAxis.covering(LocalDate.of(2027, 1, 4), LocalDate.of(2031, 6, 30), 0, 740);

    assertThat(axis.labelStep()).isIn(3, 6);
    assertThat(740.0 / axis.months().size() * axis.labelStep()).isGreaterThanOrEqualTo(52);
  }

  // ---- Round steps ----

  @Test
  void niceStep_roundFigures() {
    assertThat(ForecastAxis.niceStep(11.2, 1, 2, 5)).isEqualTo(20);
    assertThat(ForecastAxis.niceStep(10, 1, 2, 5)).isEqualTo(10);
    assertThat(ForecastAxis.niceStep(0.7, 1, 2, 2.5, 5)).isEqualTo(1);
    assertThat(ForecastAxis.niceStep(2.2, 1, 2, 2.5, 5)).isEqualTo(2.5);
    assertThat(ForecastAxis.niceStep(6, 1, 2, 5)).isEqualTo(10);
  }

  @Test
  void bins_squareRootOfTheIterationsWithinBounds() {
    assertThat(ForecastCharts.bins(1)).isEqualTo(5);
    assertThat(ForecastCharts.bins(400)).isEqualTo(20);
    assertThat(ForecastCharts.bins(10_000)).isEqualTo(40);
  }
}
