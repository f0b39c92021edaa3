package org.crmmethod.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WhatIfTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectContext REFERENCE = PharmaReferencePlan.plan().context();
  private static final MonteCarloSimulator SIMULATOR = MonteCarloSimulator.builder().iterations(2_000).seed(3).build();
  private static final SkeletonEstimator ESTIMATOR = SkeletonEstimator.standard();

  @Test
  @DisplayName("F13: one more lot lengthens the forecast by about half a lot")
  void addLot_f13() {
    WhatIf more = WhatIf.addLot(REFERENCE, METHOD, 2, ESTIMATOR, SIMULATOR);

    assertThat(more.change()).isEqualTo("one more lot (3 instead of 2)");
    assertThat(more.p50Difference()).isCloseTo(
        more.after().total().mostLikely() - more.before().total().mostLikely(), within(15.0));
    assertThat(more.p50Difference()).isPositive();
    assertThat(more.p80Difference()).isPositive();
  }

  @Test
  @DisplayName("F08: dropping a module shortens the forecast")
  void dropModule_f08() {
    WhatIf fewer = WhatIf.dropModule(REFERENCE, METHOD, 2, CrmModule.SFA, ESTIMATOR, SIMULATOR);

    assertThat(fewer.p50Difference()).isNegative();
    assertThat(fewer.change()).isEqualTo("without the SFA module");
    assertThatThrownBy(() -> WhatIf.dropModule(REFERENCE, METHOD, 2, CrmModule.EMA, ESTIMATOR, SIMULATOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("module must be one of several modules in scope");
  }

  @Test
  @DisplayName("F13: a classic project forecasts shorter than a differentiating one")
  void switchApproach_f13() {
    WhatIf classic = WhatIf.switchApproach(REFERENCE, METHOD, 2, ESTIMATOR, SIMULATOR);
    ProjectContext classicContext = ProjectContext.builder().from(REFERENCE).approach(Approach.CLASSIC).build();
    WhatIf back = WhatIf.switchApproach(classicContext, METHOD, 2, ESTIMATOR, SIMULATOR);

    assertThat(classic.change()).isEqualTo("CLASSIC instead of DIFFERENTIATING");
    assertThat(classic.p50Difference()).isNegative();
    assertThat(back.p50Difference()).isCloseTo(-classic.p50Difference(), within(1e-9));
  }

  @Test
  void asPlan_chainsOnePhaseActivityAfterAnother() {
    TimelineSkeleton skeleton = ESTIMATOR.estimate(REFERENCE, METHOD, 2);

    assertThat(WhatIf.asPlan(skeleton, REFERENCE, METHOD).activities()).hasSize(METHOD.phases().size())
        .last().satisfies(activity -> assertThat(activity.dependencies()).hasSize(1));
  }
}
