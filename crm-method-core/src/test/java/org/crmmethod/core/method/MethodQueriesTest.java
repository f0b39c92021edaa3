package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.StagedMethod;
import org.junit.jupiter.api.Test;

class MethodQueriesTest {

  @Test
  void phasePlanning_findsTheFirstPhaseListingTheKind() {
    Method staged = StagedMethod.definition();

    assertThat(staged.phasePlanning(ActivityKind.STRATEGIC_OBJECTIVE)).map(PhaseTemplate::id).contains(StagedMethod.STRATEGY);
    assertThat(staged.phasePlanning(ActivityKind.GAP_ANALYSIS)).map(PhaseTemplate::id).contains(StagedMethod.SPECIFICATION);
    assertThat(staged.phasePlanning(ActivityKind.OTHER)).isEmpty();
  }

  @Test
  void rolloutPhase_isThePhaseThatRunsLots() {
    assertThat(StagedMethod.definition().rolloutPhase()).map(PhaseTemplate::id).contains(StagedMethod.DEPLOYMENT);
    assertThat(LotRollout.classic().rolloutPhase()).map(PhaseTemplate::id).contains(LotRollout.ROLLOUT);
  }
}
