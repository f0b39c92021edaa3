package org.crmmethod.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.network.NetworkActivities.activity;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.junit.jupiter.api.Test;

class NetworkPassesTest {

  /** A random acyclic network: activity i depends on up to 3 earlier ones, any type and lag. */
  private static List<Activity> randomNetwork(SplittableRandom random, int size) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<Dependency> dependencies = new ArrayList<>();
      int links = i == 0 ? 0 : random.nextInt(4);
      for (int l = 0; l < links; l++) {
        DependencyType type = DependencyType.values()[random.nextInt(4)];
        dependencies.add(Dependency.of("N" + random.nextInt(i), type, random.nextInt(-3, 6)));
      }
      activities.add(
          activity(
              "N" + i,
              random.nextInt(0, 12),
              dependencies.stream().distinct().toArray(Dependency[]::new)));
    }
    return activities;
  }

  private static double[] randomDurations(SplittableRandom random, int size) {
    double[] durations = new double[size];
    for (int i = 0; i < size; i++) {
      durations[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble(0, 20);
    }
    return durations;
  }

  @Test
  void run_givesTheSameDatesAndCriticalityAsAnalyse() {
    qt().forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, size) -> {
              SplittableRandom random = new SplittableRandom(seed);
              ActivityNetwork network = ActivityNetwork.compile(randomNetwork(random, size));
              NetworkPasses passes = new NetworkPasses(network);
              // Several runs on the same scratch arrays: nothing of a run may leak into the next.
              for (int run = 0; run < 3; run++) {
                double[] durations = randomDurations(random, size);
                NetworkTimes times = network.analyse(durations, null);

                double finish = passes.run(durations);

                assertThat(finish).isEqualTo(times.projectFinish());
                assertThat(passes.projectFinish()).isEqualTo(finish);
                for (int node = 0; node < size; node++) {
                  assertThat(passes.earlyStart(node)).isEqualTo(times.earlyStart(node));
                  assertThat(passes.lateStart(node)).isEqualTo(times.lateStart(node));
                  assertThat(passes.isCritical(node)).isEqualTo(times.isCritical(node));
                }
              }
            });
  }

  @Test
  void copy_hasScratchArraysOfItsOwn() {
    ActivityNetwork network =
        ActivityNetwork.compile(List.of(activity("A", 5), activity("B", 5, Dependency.on("A"))));
    NetworkPasses passes = new NetworkPasses(network);
    NetworkPasses copy = passes.copy();

    passes.run(new double[] {5, 5});
    copy.run(new double[] {1, 2});

    assertThat(passes.projectFinish()).isEqualTo(10);
    assertThat(passes.earlyStart(1)).isEqualTo(5);
    assertThat(copy.projectFinish()).isEqualTo(3);
    assertThat(copy.size()).isEqualTo(2);
  }

  @Test
  void run_nonCriticalBranchHasFloat() {
    // A(5) -> B(10) -> D(2); A -> C(4) -> D: C has 6 days of float.
    ActivityNetwork network =
        ActivityNetwork.compile(
            List.of(
                activity("A", 5),
                activity("B", 10, Dependency.on("A")),
                activity("C", 4, Dependency.on("A")),
                activity("D", 2, Dependency.on("B"), Dependency.on("C"))));
    NetworkPasses passes = new NetworkPasses(network);

    assertThat(passes.run(network.mostLikelyDurations())).isEqualTo(17);
    assertThat(passes.lateStart(2)).isEqualTo(11);
    assertThat(passes.isCritical(2)).isFalse();
    assertThat(passes.isCritical(1)).isTrue();
  }

  @Test
  void constructor_cycleIsRefused() {
    ActivityNetwork network =
        ActivityNetwork.compile(
            List.of(activity("A", 1, Dependency.on("B")), activity("B", 1, Dependency.on("A"))));

    assertThatThrownBy(() -> new NetworkPasses(network))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[A, B, A]");
  }
}
