package org.crmmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Solver;
import org.junit.jupiter.api.Test;

/**
 * The gap-closure benchmark measures what it says (F08): 10,000 requirements, solved exactly where
 * the standard optimiser does, the approximation within its bound of the exact value.
 */
class GapClosureBenchmarkTest {

  private static GapClosureBenchmark setUp(String workload) {
    GapClosureBenchmark benchmark = new GapClosureBenchmark();
    benchmark.workload = workload;
    benchmark.setUp();
    return benchmark;
  }

  @Test
  void typicalWorkload_isSolvedExactly_andTheApproximationStaysWithinItsBound() {
    GapClosureBenchmark benchmark = setUp("typical-10000");

    assertThat(benchmark.analysis.requirements()).hasSize(10_000);
    GapClosurePlan exact = benchmark.exact();
    GapClosurePlan approximate = benchmark.approximate();
    assertThat(benchmark.recommend()).isEqualTo(exact);
    assertThat(exact.solver()).isEqualTo(Solver.EXACT_KNAPSACK);
    assertThat(exact.withinBudget()).isTrue();
    assertThat(exact.gapsToClose()).hasSizeGreaterThan(500);
    assertThat(approximate.value()).isBetween(exact.value() - 7, exact.value());
    assertThat(approximate.valueBound()).isGreaterThanOrEqualTo(exact.value());
    assertThat(benchmark.analyse().overall().requirements()).isEqualTo(10_000);
  }

  @Test
  void allGapsWorkload_isStillSolvedExactly() {
    GapClosureBenchmark benchmark = setUp("all-gaps-10000");

    GapClosurePlan exact = benchmark.exact();
    assertThat(benchmark.recommend()).isEqualTo(exact);
    assertThat(benchmark.approximate().value()).isBetween(exact.value() - 7, exact.value());
  }

  @Test
  void largeWorkload_isApproximated() {
    GapClosureBenchmark benchmark = setUp("typical-100000");

    assertThat(benchmark.analysis.requirements()).hasSize(100_000);
    assertThat(GapClosureOptimiser.standard().solvesExactly(benchmark.analysis)).isFalse();
    GapClosurePlan plan = benchmark.recommend();
    assertThat(plan.solver()).isEqualTo(Solver.GREEDY_APPROXIMATION);
    assertThat(plan.withinBudget()).isTrue();
    assertThat(plan.shortfallBound()).isLessThan(8);
  }
}
