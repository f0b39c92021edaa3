package org.crmmethod.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.network.NetworkActivities.activity;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.junit.jupiter.api.Test;

/**
 * The network's algorithms are iterative: long chains and long cycles need no deep stack. Kept apart
 * from {@link ActivityNetworkTest} because they take seconds, which mutation testing skips.
 */
class ActivityNetworkScaleTest {

  @Test
  void forwardPass_millionActivityChainNeedsNoDeepStack() {
    int n = 1_000_000;
    List<Activity> chain = new ArrayList<>(n);
    chain.add(activity("A0", 1));
    for (int i = 1; i < n; i++) {
      chain.add(activity("A" + i, 1, Dependency.on("A" + (i - 1))));
    }

    ActivityNetwork network = ActivityNetwork.compile(chain);
    EarlyDates dates = network.forwardPass(network.mostLikelyDurations());

    assertThat(dates.projectFinish()).isEqualTo(n);
  }

  @Test
  void cycles_longCycleFoundWithoutRecursion() {
    int n = 200_000;
    List<Activity> ring = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ring.add(activity("R" + i, 1, Dependency.on("R" + ((i + n - 1) % n))));
    }

    ActivityNetwork network = ActivityNetwork.compile(ring);

    assertThat(network.cycles()).singleElement().satisfies(cycle -> assertThat(cycle).hasSize(n + 1));
  }
}
