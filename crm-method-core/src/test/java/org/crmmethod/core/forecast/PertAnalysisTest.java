package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.crmmethod.core.forecast.ForecastPlans.activity;
import static org.crmmethod.core.forecast.ForecastPlans.plan;

import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;

class PertAnalysisTest {

  // ---- Means and variances ----

  @Test
  void of_chainSumsTheActivitiesMeansAndVariances() {
    List<Activity> chain = ForecastPlans.chain(new SplittableRandom(5), 20);
    PertAnalysis pert = PertAnalysis.of(plan(chain));

    double means = 0;
    double variances = 0;
    for (Activity activity : chain) {
      means += DurationDistribution.PERT_BETA.mean(activity.estimate());
      variances += DurationDistribution.PERT_BETA.variance(activity.estimate());
      assertThat(pert.mean(activity.id()))
          .isEqualTo(DurationDistribution.PERT_BETA.mean(activity.estimate()));
      assertThat(pert.variance(activity.id()))
          .isEqualTo(DurationDistribution.PERT_BETA.variance(activity.estimate()));
    }
    assertThat(pert.meanWorkingDays()).isCloseTo(means, within(1e-9));
    assertThat(pert.variance()).isCloseTo(variances, within(1e-9));
    assertThat(pert.standardDeviation()).isCloseTo(Math.sqrt(variances), within(1e-9));
    assertThat(pert.criticalPath())
        .containsExactlyElementsOf(chain.stream().map(Activity::id).toList());
  }

  @Test
  void of_longerBranchIsTheCriticalPath() {
    // A -> B -> D and A -> C -> D; B's mean (20) beats C's (10).
    PertAnalysis pert =
        PertAnalysis.of(
            plan(
                activity("A", 4, 5, 12),
                activity("B", 14, 20, 26, Dependency.on("A")),
                activity("C", 8, 10, 12, Dependency.on("A")),
                activity("D", 1, 2, 3, Dependency.on("B"), Dependency.on("C"))));

    assertThat(pert.criticalPath()).containsExactly("A", "B", "D");
    assertThat(pert.meanWorkingDays()).isCloseTo(6 + 20 + 2, within(1e-9));
    assertThat(pert.variance()).isCloseTo(16.0 / 9 + 4 + 1.0 / 9, within(1e-9));
  }

  @Test
  void of_startToStartLinkLeavesTheDurationItSkipsOutOfTheVariance() {
    // B starts 3 days after A starts and outlasts it: A's duration does not move the finish.
    PertAnalysis pert =
        PertAnalysis.of(
            plan(
                activity("A", 4, 10, 16),
                activity("B", 20, 30, 40, Dependency.of("A", DependencyType.START_TO_START, 3))));

    assertThat(pert.criticalPath()).containsExactly("A", "B");
    assertThat(pert.meanWorkingDays()).isCloseTo(3 + 30, within(1e-9));
    assertThat(pert.variance()).isCloseTo(pert.variance("B"), within(1e-12));
  }

  @Test
  void of_finishToFinishLinkCountsThePredecessorNotTheSuccessor() {
    // B(5) must finish 2 days after A(30) finishes: the finish is A's mean plus the lag.
    PertAnalysis pert =
        PertAnalysis.of(
            plan(
                activity("A", 20, 30, 40),
                activity("B", 2, 5, 8, Dependency.of("A", DependencyType.FINISH_TO_FINISH, 2))));

    assertThat(pert.criticalPath()).containsExactly("A", "B");
    assertThat(pert.meanWorkingDays()).isCloseTo(32, within(1e-9));
    assertThat(pert.variance()).isCloseTo(pert.variance("A"), within(1e-12));
  }

  // ---- Normal approximation ----

  @Test
  void probabilityWithin_normalApproximationAroundTheMean() {
    PertAnalysis pert = PertAnalysis.of(plan(ForecastPlans.chain(new SplittableRandom(9), 12)));
    double mean = pert.meanWorkingDays();
    double sd = pert.standardDeviation();

    assertThat(pert.probabilityWithin(mean)).isCloseTo(0.5, within(1e-12));
    assertThat(pert.probabilityWithin(mean + sd)).isCloseTo(0.8413447460685429, within(1e-12));
    assertThat(pert.probabilityWithin(mean - 10 * sd)).isZero();
    assertThat(pert.probabilityWithin(mean + 10 * sd)).isEqualTo(1);
    assertThat(pert.percentile(50)).isCloseTo(mean, within(1e-9));
    assertThat(pert.probabilityWithin(pert.percentile(80))).isCloseTo(0.8, within(1e-12));
    double previous = 0;
    for (double days = mean - 4 * sd; days < mean + 4 * sd; days += sd / 10) {
      assertThat(pert.probabilityWithin(days)).isGreaterThanOrEqualTo(previous);
      previous = pert.probabilityWithin(days);
    }
  }

  @Test
  void probabilityWithin_withoutVarianceIsAStep() {
    PertAnalysis pert =
        PertAnalysis.of(
            plan(activity("A", 10, 10, 10), activity("B", 5, 5, 5, Dependency.on("A"))));

    assertThat(pert.variance()).isZero();
    assertThat(pert.probabilityWithin(14.999)).isZero();
    assertThat(pert.probabilityWithin(15)).isEqualTo(1);
    assertThat(pert.percentile(99)).isEqualTo(15);
  }

  @Test
  void probabilityWithin_referencePlanCannotHoldAVendorsNinetyDays() {
    // F11: about 12 months; a vendor's 90 calendar days are about 64 working days.
    PertAnalysis pert = PertAnalysis.of(PharmaReferencePlan.plan());

    assertThat(pert.meanWorkingDays()).isBetween(210.0, 294.0);
    assertThat(pert.probabilityWithin(64)).isZero();
    assertThat(pert.criticalPath()).startsWith("S-OBJ").endsWith("D-GATE");
  }

  // ---- Refusals ----

  @Test
  void of_cycleIsRefusedNamingIt() {
    ProjectPlan cyclic =
        plan(
            activity("A", 1, 2, 3, Dependency.on("C")),
            activity("B", 1, 2, 3, Dependency.on("A")),
            activity("C", 1, 2, 3, Dependency.on("B")));

    assertThatThrownBy(() -> PertAnalysis.of(cyclic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("A -> B -> C -> A");
  }

  @Test
  void of_duplicateIdIsRefusedNamingIt() {
    ProjectPlan duplicated = plan(activity("A", 1, 2, 3), activity("A", 2, 3, 4));

    assertThatThrownBy(() -> PertAnalysis.of(duplicated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A'")
        .hasMessageContaining("more than one activity");
  }

  @Test
  void of_unknownPredecessorIsRefusedNamingTheLink() {
    ProjectPlan dangling = plan(activity("A", 1, 2, 3, Dependency.on("GHOST")));

    assertThatThrownBy(() -> PertAnalysis.of(dangling))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A' depends on 'GHOST'");
  }

  @Test
  void mean_unknownActivityIsRefused() {
    PertAnalysis pert = PertAnalysis.of(plan(activity("A", 1, 2, 3)));

    assertThatThrownBy(() -> pert.mean("B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'B'");
    assertThatThrownBy(() -> pert.variance("B")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentile_endsAndNaNAreRefused() {
    PertAnalysis pert = PertAnalysis.of(plan(activity("A", 1, 2, 3)));

    assertThatThrownBy(() -> pert.percentile(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0");
    assertThatThrownBy(() -> pert.percentile(100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pert.probabilityWithin(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_emptyPlanTakesNoTime() {
    PertAnalysis pert = PertAnalysis.of(plan(List.of()));

    assertThat(pert.meanWorkingDays()).isZero();
    assertThat(pert.criticalPath()).isEmpty();
    assertThat(pert.probabilityWithin(0)).isEqualTo(1);
  }
}
