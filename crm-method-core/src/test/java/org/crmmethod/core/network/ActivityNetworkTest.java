package org.crmmethod.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.network.NetworkActivities.activity;

import java.util.List;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.junit.jupiter.api.Test;

class ActivityNetworkTest {

  private static EarlyDates pass(List<Activity> activities) {
    ActivityNetwork network = ActivityNetwork.compile(activities);
    return network.forwardPass(network.mostLikelyDurations());
  }

  // ---- Forward pass ----

  @Test
  void forwardPass_eachDependencyType() {
    List<Activity> activities =
        List.of(
            activity("A", 10),
            activity("FS", 4, Dependency.of("A", DependencyType.FINISH_TO_START, 2)),
            activity("SS", 4, Dependency.of("A", DependencyType.START_TO_START, 3)),
            activity("FF", 4, Dependency.of("A", DependencyType.FINISH_TO_FINISH, 1)),
            activity("SF", 4, Dependency.of("A", DependencyType.START_TO_FINISH, 6)));

    EarlyDates dates = pass(activities);

    assertThat(dates.start(1)).isEqualTo(12);
    assertThat(dates.start(2)).isEqualTo(3);
    assertThat(dates.finish(3)).isEqualTo(11);
    assertThat(dates.start(3)).isEqualTo(7);
    assertThat(dates.finish(4)).isEqualTo(6);
    assertThat(dates.start(4)).isEqualTo(2);
    assertThat(dates.projectFinish()).isEqualTo(16);
  }

  @Test
  void forwardPass_negativeLagOverlapsButNeverStartsBeforeDayZero() {
    EarlyDates dates =
        pass(List.of(activity("A", 5), activity("B", 3, Dependency.of("A", DependencyType.FINISH_TO_START, -2)),
            activity("C", 3, Dependency.of("A", DependencyType.START_TO_START, -4))));

    assertThat(dates.start(1)).isEqualTo(3);
    assertThat(dates.start(2)).isZero();
  }

  @Test
  void forwardPass_takesTheLatestConstraint() {
    EarlyDates dates =
        pass(List.of(activity("A", 5), activity("B", 9), activity("C", 1, Dependency.on("A"), Dependency.on("B"))));

    assertThat(dates.start(2)).isEqualTo(9);
  }

  @Test
  void forwardPass_successorListedBeforeItsPredecessor() {
    EarlyDates dates = pass(List.of(activity("B", 1, Dependency.on("A")), activity("A", 4)));

    assertThat(dates.start(0)).isEqualTo(4);
  }

  @Test
  void forwardPass_refusedOnACycle() {
    ActivityNetwork network = ActivityNetwork.compile(List.of(activity("A", 1, Dependency.on("B")), activity("B", 1, Dependency.on("A"))));

    assertThatThrownBy(() -> network.forwardPass(network.mostLikelyDurations()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dependency cycle");
  }

  // ---- Structure ----

  @Test
  void compile_unknownPredecessorsAreLeftOut() {
    ActivityNetwork network = ActivityNetwork.compile(List.of(activity("A", 2, Dependency.on("GHOST"))));

    assertThat(network.isAcyclic()).isTrue();
    assertThat(network.forwardPass(network.mostLikelyDurations()).start(0)).isZero();
  }

  @Test
  void compile_duplicateIdsResolveToTheFirst() {
    ActivityNetwork network =
        ActivityNetwork.compile(List.of(activity("A", 2), activity("A", 7), activity("B", 1, Dependency.on("A"))));

    assertThat(network.node("A")).isZero();
    assertThat(network.node("NONE")).isEqualTo(-1);
    assertThat(network.forwardPass(network.mostLikelyDurations()).start(2)).isEqualTo(2);
  }

  // ---- Cycles ----

  @Test
  void cycles_namesTheCycleInDependencyOrder() {
    ActivityNetwork network =
        ActivityNetwork.compile(
            List.of(
                activity("START", 1),
                activity("A", 1, Dependency.on("START"), Dependency.on("C")),
                activity("B", 1, Dependency.on("A")),
                activity("C", 1, Dependency.on("B")),
                activity("AFTER", 1, Dependency.on("C"))));

    assertThat(network.isAcyclic()).isFalse();
    assertThat(network.cycles()).containsExactly(List.of("A", "B", "C", "A"));
  }

  @Test
  void cycles_selfLoopAndTwoDisjointCycles() {
    ActivityNetwork network =
        ActivityNetwork.compile(
            List.of(
                activity("X", 1, Dependency.on("Y")),
                activity("Y", 1, Dependency.on("X")),
                activity("P", 1, Dependency.on("Q")),
                activity("Q", 1, Dependency.on("R")),
                activity("R", 1, Dependency.on("P"))));

    assertThat(network.cycles()).hasSize(2);
    assertThat(network.cycles()).allSatisfy(cycle -> assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1)));
    assertThat(network.cycles().stream().map(cycle -> cycle.size() - 1)).containsExactlyInAnyOrder(2, 3);
  }

  @Test
  void cycles_noneInAnAcyclicNetwork() {
    ActivityNetwork network = ActivityNetwork.compile(List.of(activity("A", 1), activity("B", 1, Dependency.on("A"))));

    assertThat(network.cycles()).isEmpty();
    assertThat(network.size()).isEqualTo(2);
    assertThat(network.activity(1).id()).isEqualTo("B");
  }
}
