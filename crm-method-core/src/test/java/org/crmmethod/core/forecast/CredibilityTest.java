package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CredibilityTest {
  private static final ProjectPlan REFERENCE = PharmaReferencePlan.plan();
  private static final MonteCarloSimulator SIMULATOR = MonteCarloSimulator.builder().iterations(2_000).seed(7).build();

  @Test
  @DisplayName("F11: a vendor's 90-day promise for the reference plan is very unlikely (below 1%)")
  void ninetyDays_f11() {
    Credibility promise = Credibility.of(REFERENCE, REFERENCE.context().startDate().plusDays(90), SIMULATOR);

    assertThat(promise.workingDaysAvailable()).isBetween(60, 66);
    assertThat(promise.monteCarloProbability()).isLessThan(0.01);
    assertThat(promise.pertProbability()).isLessThan(0.01);
  }

  @Test
  @DisplayName("F11: the reference plan's P50 falls between 10 and 14 months, and 18 months is all but certain")
  void referencePlan_p50AboutAYear_f11() {
    Credibility year = Credibility.of(REFERENCE, REFERENCE.context().startDate().plusMonths(12), SIMULATOR);
    Credibility eighteenMonths = Credibility.of(REFERENCE, REFERENCE.context().startDate().plusMonths(18), SIMULATOR);

    double p50Months = year.forecast().p50() / DurationUnit.MONTHS.workingDays();
    assertThat(p50Months).isBetween(10.0, 14.0);
    assertThat(year.monteCarloProbability()).isBetween(0.05, 0.99);
    assertThat(eighteenMonths.monteCarloProbability()).isGreaterThan(0.99);
    assertThat(eighteenMonths.pertProbability()).isGreaterThan(0.99);
  }

  @Test
  void workingDaysAvailable_countsTheTargetDay() {
    // 2027-01-04 is a Monday: Monday to Friday of that week are 5 working days.
    ProjectPlan plan = ProjectPlan.builder().from(REFERENCE)
        .context(ProjectContext.builder().from(REFERENCE.context()).calendar("GENERIC").build()).build();

    assertThat(Credibility.of(plan, LocalDate.of(2027, 1, 8), SIMULATOR).workingDaysAvailable()).isEqualTo(5);
    assertThat(Credibility.of(plan, LocalDate.of(2027, 1, 10), SIMULATOR).workingDaysAvailable()).isEqualTo(5);
  }

  @Test
  void of_refusesATargetNotAfterTheStartAndAnUnknownCalendar() {
    assertThatThrownBy(() -> Credibility.of(REFERENCE, REFERENCE.context().startDate(), SIMULATOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be after the plan's start date (2027-01-04), but was 2027-01-04");
    ProjectPlan mars = ProjectPlan.builder().from(REFERENCE)
        .context(ProjectContext.builder().from(REFERENCE.context()).calendar("MARS").build()).build();
    assertThatThrownBy(() -> Credibility.of(mars, LocalDate.of(2028, 1, 1), SIMULATOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("context.calendar: no working calendar is known by the id 'MARS'");
  }
}
