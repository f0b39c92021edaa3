package org.crmmethod.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.forecast.ForecastPlans.activity;
import static org.crmmethod.core.forecast.ForecastPlans.plan;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;

class PertAnalysisRestoreTest {
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final PertAnalysis PERT = PertAnalysis.of(PLAN);

  @Test
  void anAnalysisKeepsItsPlan_andEqualsAnotherOfAnEqualPlan() {
    assertThat(PERT.plan()).isSameAs(PLAN);
    assertThat(PertAnalysis.of(PharmaReferencePlan.plan())).isEqualTo(PERT).hasSameHashCodeAs(PERT);
    assertThat(PertAnalysis.of(plan(activity("A", 1, 2, 3)))).isNotEqualTo(PERT);
  }

  @Test
  void restore_withTheFiguresThePlanGives() {
    PertAnalysis restored =
        PertAnalysis.restore(PLAN, PERT.meanWorkingDays(), PERT.variance(), PERT.criticalPath());

    assertThat(restored).isEqualTo(PERT);
    assertThat(restored.standardDeviation()).isEqualTo(PERT.standardDeviation());
  }

  @Test
  void restore_refusesFiguresThePlanDoesNotGive() {
    assertThatThrownBy(
            () -> PertAnalysis.restore(PLAN, PERT.meanWorkingDays() + 1, PERT.variance(), PERT.criticalPath()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "PertAnalysis.meanWorkingDays must be " + PERT.meanWorkingDays() + ", as the plan gives it, but was "
                + (PERT.meanWorkingDays() + 1));
    assertThatThrownBy(
            () -> PertAnalysis.restore(PLAN, PERT.meanWorkingDays(), Math.nextUp(PERT.variance()), PERT.criticalPath()))
        .hasMessageStartingWith("PertAnalysis.variance must be " + PERT.variance());

    List<String> shorter = PERT.criticalPath().subList(0, PERT.criticalPath().size() - 1);
    assertThatThrownBy(() -> PertAnalysis.restore(PLAN, PERT.meanWorkingDays(), PERT.variance(), shorter))
        .hasMessageContaining("PertAnalysis.criticalPath must hold '")
        .hasMessageContaining("but was no id at position " + shorter.size());
    List<String> longer = new ArrayList<>(PERT.criticalPath());
    longer.add("EXTRA");
    assertThatThrownBy(() -> PertAnalysis.restore(PLAN, PERT.meanWorkingDays(), PERT.variance(), longer))
        .hasMessageContaining("must end after " + PERT.criticalPath().size() + " activities")
        .hasMessageContaining("but was 'EXTRA' at position " + PERT.criticalPath().size());
  }

  @Test
  void restore_refusesAPlanThatCannotBeAnalysed() {
    ProjectPlan cycle =
        plan(activity("A", 1, 2, 3, Dependency.on("B")), activity("B", 1, 2, 3, Dependency.on("A")));

    assertThatThrownBy(() -> PertAnalysis.restore(cycle, 0, 0, List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("PertAnalysis.plan must be analysable: ")
        .hasMessageContaining("cycle");
    assertThatThrownBy(() -> PertAnalysis.restore(null, 0, 0, List.of()))
        .hasMessage("PertAnalysis.plan must be given, but was null");
  }
}
