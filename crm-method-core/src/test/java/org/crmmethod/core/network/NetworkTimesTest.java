package org.crmmethod.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.network.NetworkActivities.activity;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.junit.jupiter.api.Test;

class NetworkTimesTest {

  private static NetworkTimes analyse(List<Activity> activities) {
    ActivityNetwork network = ActivityNetwork.compile(activities);
    return network.analyse(network.mostLikelyDurations(), null);
  }

  // ---- Hand-computed networks ----

  @Test
  void analyse_finishToStartChainAndABranchWithFloat() {
    // A(5) -> B(10) -> D(2); A -> C(4) -> D. C has 6 days of float.
    NetworkTimes times = analyse(List.of(
        activity("A", 5),
        activity("B", 10, Dependency.on("A")),
        activity("C", 4, Dependency.on("A")),
        activity("D", 2, Dependency.on("B"), Dependency.on("C"))));

    assertThat(times.projectFinish()).isEqualTo(17);
    assertThat(times.lateStart(2)).isEqualTo(11);
    assertThat(times.lateFinish(2)).isEqualTo(15);
    assertThat(times.totalFloat(2)).isEqualTo(6);
    assertThat(times.freeFloat(2)).isEqualTo(6);
    assertThat(times.isCritical(0)).isTrue();
    assertThat(times.isCritical(1)).isTrue();
    assertThat(times.isCritical(2)).isFalse();
    assertThat(times.criticalPath()).containsExactly(0, 1, 3);
  }

  @Test
  void analyse_startToStartWithLag() {
    // A(10); B(4) starts 3 days after A starts: B has 3 days of float before the project's end.
    NetworkTimes times = analyse(List.of(activity("A", 10), activity("B", 4, Dependency.of("A", DependencyType.START_TO_START, 3))));

    assertThat(times.earlyStart(1)).isEqualTo(3);
    assertThat(times.lateStart(1)).isEqualTo(6);
    assertThat(times.totalFloat(1)).isEqualTo(3);
    assertThat(times.lateStart(0)).isZero();
    assertThat(times.isCritical(0)).isTrue();
  }

  @Test
  void analyse_finishToFinishLimitsThePredecessorsLateFinish() {
    // A(6); B(8) must finish 2 days after A finishes: B ends on day 8, A may end on day 6 at the latest.
    NetworkTimes times = analyse(List.of(activity("A", 6), activity("B", 8, Dependency.of("A", DependencyType.FINISH_TO_FINISH, 2))));

    assertThat(times.earlyStart(1)).isZero();
    assertThat(times.earlyFinish(1)).isEqualTo(8);
    assertThat(times.lateFinish(0)).isEqualTo(6);
    assertThat(times.totalFloat(0)).isZero();
    // The link is tight (8 = 6 + 2): A drives B's finish, so both are on the critical path.
    assertThat(times.criticalPath()).containsExactly(0, 1);
  }

  @Test
  void analyse_startToFinish() {
    // B(3) finishes at least 5 days after A(10) starts; A's late start is bound by B's late finish.
    NetworkTimes times = analyse(List.of(activity("A", 10), activity("B", 3, Dependency.of("A", DependencyType.START_TO_FINISH, 5))));

    assertThat(times.earlyStart(1)).isEqualTo(2);
    assertThat(times.lateFinish(1)).isEqualTo(10);
    assertThat(times.totalFloat(1)).isEqualTo(5);
    assertThat(times.lateStart(0)).isZero();
  }

  @Test
  void analyse_negativeLagAndMilestones() {
    // A(10); M is a milestone 3 days before A ends; B(5) follows M.
    NetworkTimes times = analyse(List.of(
        activity("A", 10),
        activity("M", 0, Dependency.of("A", DependencyType.FINISH_TO_START, -3)),
        activity("B", 5, Dependency.on("M"))));

    assertThat(times.earlyStart(1)).isEqualTo(7);
    assertThat(times.earlyFinish(1)).isEqualTo(7);
    assertThat(times.projectFinish()).isEqualTo(12);
    assertThat(times.criticalPath()).containsExactly(0, 1, 2);
  }

  @Test
  void analyse_earliestStartsHoldActivitiesBack() {
    ActivityNetwork network = ActivityNetwork.compile(List.of(activity("A", 5), activity("B", 5)));

    NetworkTimes times = network.analyse(network.mostLikelyDurations(), new double[] {0, 20});

    assertThat(times.earlyStart(1)).isEqualTo(20);
    assertThat(times.projectFinish()).isEqualTo(25);
    assertThat(times.totalFloat(0)).isEqualTo(20);
    assertThat(times.criticalPath()).containsExactly(1);
  }

  @Test
  void criticalPaths_enumeratesParallelCriticalBranches() {
    NetworkTimes times = analyse(List.of(
        activity("A", 5),
        activity("B", 4, Dependency.on("A")),
        activity("C", 4, Dependency.on("A")),
        activity("D", 1, Dependency.on("B"), Dependency.on("C"))));

    assertThat(times.criticalPaths(10)).containsExactlyInAnyOrder(new int[] {0, 1, 3}, new int[] {0, 2, 3});
    assertThat(times.criticalPaths(1)).hasSize(1);
    assertThatThrownBy(() -> times.criticalPaths(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void analyse_emptyNetwork() {
    NetworkTimes times = analyse(List.of());

    assertThat(times.projectFinish()).isZero();
    assertThat(times.criticalPath()).isEmpty();
    assertThat(times.criticalPaths(3)).isEmpty();
  }

  // ---- Properties on random networks ----

  /** A random acyclic network: activity i depends on up to 3 of the activities before it. */
  private static List<Activity> randomNetwork(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<Dependency> dependencies = new ArrayList<>();
      int links = i == 0 ? 0 : random.nextInt(4);
      for (int l = 0; l < links; l++) {
        DependencyType type = DependencyType.values()[random.nextInt(4)];
        dependencies.add(Dependency.of("N" + random.nextInt(i), type, random.nextInt(-3, 6)));
      }
      activities.add(activity("N" + i, random.nextInt(0, 12), dependencies.stream().distinct().toArray(Dependency[]::new)));
    }
    return activities;
  }

  /** The earliest start of each node by relaxing every constraint until nothing moves. */
  private static double[] bruteForceEarlyStarts(List<Activity> activities) {
    double[] start = new double[activities.size()];
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        double duration = activity.estimate().mostLikely();
        for (Dependency dependency : activity.dependencies()) {
          int p = Integer.parseInt(dependency.predecessor().substring(1));
          double pd = activities.get(p).estimate().mostLikely();
          double bound = switch (dependency.type()) {
            case FINISH_TO_START -> start[p] + pd + dependency.lagDays();
            case START_TO_START -> start[p] + dependency.lagDays();
            case FINISH_TO_FINISH -> start[p] + pd + dependency.lagDays() - duration;
            case START_TO_FINISH -> start[p] + dependency.lagDays() - duration;
          };
          if (bound > start[i]) {
            start[i] = bound;
            moved = true;
          }
        }
      }
    }
    return start;
  }

  @Test
  void analyse_matchesBruteForceAndKeepsFloatsSound() {
    qt().forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, size) -> {
          List<Activity> activities = randomNetwork(seed, size);
          NetworkTimes times = analyse(activities);
          double[] expected = bruteForceEarlyStarts(activities);
          double finish = 0;
          for (int i = 0; i < size; i++) {
            assertThat(times.earlyStart(i)).isEqualTo(expected[i]);
            finish = Math.max(finish, expected[i] + activities.get(i).estimate().mostLikely());
            assertThat(times.totalFloat(i)).isGreaterThanOrEqualTo(0);
            assertThat(times.freeFloat(i)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(times.totalFloat(i) + 1e-9);
            assertThat(times.lateStart(i)).isGreaterThanOrEqualTo(times.earlyStart(i) - 1e-9);
            assertThat(times.lateFinish(i)).isLessThanOrEqualTo(times.projectFinish() + 1e-9);
          }
          assertThat(times.projectFinish()).isEqualTo(finish);
          int[] path = times.criticalPath();
          assertThat(path).isNotEmpty();
          for (int node : path) {
            assertThat(times.isCritical(node)).isTrue();
            assertThat(times.totalFloat(node)).isLessThanOrEqualTo(1e-6 * Math.max(1, finish));
          }
        });
  }

  @Test
  void analyse_doesNotDependOnTheOrderActivitiesAreListed() {
    qt().forAll(longs().all(), integers().between(1, 30))
        .checkAssert((seed, size) -> {
          List<Activity> activities = randomNetwork(seed, size);
          List<Activity> shuffled = new ArrayList<>(activities);
          Collections.shuffle(shuffled, new java.util.Random(seed));
          NetworkTimes straight = analyse(activities);
          ActivityNetwork network = ActivityNetwork.compile(shuffled);
          NetworkTimes mixed = network.analyse(network.mostLikelyDurations(), null);
          for (int i = 0; i < size; i++) {
            int node = network.node("N" + i);
            assertThat(mixed.earlyStart(node)).isEqualTo(straight.earlyStart(i));
            assertThat(mixed.lateStart(node)).isEqualTo(straight.lateStart(i));
            assertThat(mixed.freeFloat(node)).isEqualTo(straight.freeFloat(i));
            assertThat(mixed.isCritical(node)).isEqualTo(straight.isCritical(i));
          }
        });
  }
}
