package org.crmmethod.benchmarks;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recommends the gaps to close (F08) in a generated fit-gap analysis of 10,000 requirements (seed
 * 42), exactly and by the approximation, and reports on it; and the same at 100,000 requirements,
 * where the standard optimiser approximates.
 *
 * <p>Workloads:
 *
 * <ul>
 *   <li>{@code typical-10000}: priorities must 25%, should 35%, could 30%, won't 10%; fits standard
 *       35%, configuration 30%, specific development 20%, workaround 10%, not supported 5%; costs in
 *       euros and cents (configuration 500 to 20,000, development 5,000 to 80,000, workarounds 500
 *       to 10,000); a budget of the fit cost plus 40% of what closing every closable gap would
 *       cost. About 2,700 closable gaps compete for the budget.
 *   <li>{@code all-gaps-10000}: the same, but every requirement is a closable gap (development or
 *       workaround): about 9,000 gaps, the hardest case for the exact method at this size, still
 *       within the standard optimiser's exact limit.
 *   <li>{@code typical-100000}: the typical mix for 100,000 requirements, beyond the exact limit:
 *       {@code recommend} approximates there.
 * </ul>
 *
 * <p>The analysis is built once per trial; each call is timed whole, from compiling the analysis
 * into arrays to the finished recommendation or report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class GapClosureBenchmark {
  private static final Currency EURO = Currency.getInstance("EUR");

  /** The workload: {@code typical-10000}, {@code all-gaps-10000} or {@code typical-100000}. */
  @Param({"typical-10000", "all-gaps-10000", "typical-100000"})
  public String workload;

  private final GapClosureOptimiser optimiser = GapClosureOptimiser.standard();
  FitGapAnalysis analysis;

  /** Generates the analysis. */
  @Setup(Level.Trial)
  public void setUp() {
    int requirements = Integer.parseInt(workload.substring(workload.lastIndexOf('-') + 1));
    analysis = generate(requirements, workload.startsWith("all-gaps"), new SplittableRandom(42));
  }

  /**
   * Recommends by the exact method.
   *
   * @return the recommendation, so that the work is not optimised away
   */
  @Benchmark
  public GapClosurePlan exact() {
    return optimiser.exact(analysis, analysis.budget());
  }

  /**
   * Recommends by the approximation.
   *
   * @return the recommendation
   */
  @Benchmark
  public GapClosurePlan approximate() {
    return optimiser.approximate(analysis, analysis.budget());
  }

  /**
   * Recommends as the standard optimiser does: exactly within its limit, else approximately.
   *
   * @return the recommendation
   */
  @Benchmark
  public GapClosurePlan recommend() {
    return optimiser.recommend(analysis);
  }

  /**
   * Reports on the analysis: coverage, gaps, costs, degree of fit.
   *
   * @return the report
   */
  @Benchmark
  public FitGapReport analyse() {
    return FitGapAnalyser.standard().analyse(analysis);
  }

  /**
   * Generates an analysis of the workloads described on the class.
   *
   * @param requirements how many requirements
   * @param gapsOnly whether every requirement is a closable gap
   * @param random the source of randomness
   * @return the analysis, every requirement assessed
   */
  static FitGapAnalysis generate(int requirements, boolean gapsOnly, SplittableRandom random) {
    FitGapAnalysis.Builder analysis = FitGapAnalysis.builder();
    CrmModule[] modules = CrmModule.values();
    BigDecimal fitCost = BigDecimal.ZERO;
    BigDecimal gapCost = BigDecimal.ZERO;
    for (int i = 0; i < requirements; i++) {
      String id = "R-" + i;
      Priority priority = pick(random, new int[] {25, 35, 30, 10}, Priority.values());
      PackageFit fit =
          gapsOnly
              ? (random.nextInt(3) < 2 ? PackageFit.SPECIFIC_DEVELOPMENT : PackageFit.WORKAROUND)
              : pick(random, new int[] {35, 30, 20, 10, 5}, PackageFit.values());
      BigDecimal cost = switch (fit) {
        case STANDARD -> euros(random, 0, 2_000);
        case CONFIGURATION -> euros(random, 500, 20_000);
        case SPECIFIC_DEVELOPMENT -> euros(random, 5_000, 80_000);
        case WORKAROUND -> euros(random, 500, 10_000);
        case NOT_SUPPORTED -> BigDecimal.ZERO;
      };
      analysis.addRequirement(
          Requirement.of(id, "Generated requirement " + i, "DEPT-" + random.nextInt(8), modules[random.nextInt(modules.length)], priority));
      analysis.addAssessment(FitAssessment.of(id, fit, cost.doubleValue() / 500, Money.of(cost, EURO)));
      if (priority.inScope() && !fit.isGap()) {
        fitCost = fitCost.add(cost);
      } else if (priority.inScope() && fit.closable()) {
        gapCost = gapCost.add(cost);
      }
    }
    BigDecimal budget = fitCost.add(gapCost.multiply(new BigDecimal("0.4"))).setScale(2, java.math.RoundingMode.DOWN);
    return analysis.budget(Money.of(budget, EURO)).build();
  }

  private static BigDecimal euros(SplittableRandom random, int least, int most) {
    return BigDecimal.valueOf(random.nextLong(least * 100L, most * 100L + 1), 2);
  }

  private static <T> T pick(SplittableRandom random, int[] percents, T[] values) {
    int draw = random.nextInt(100);
    for (int i = 0; i < percents.length; i++) {
      draw -= percents[i];
      if (draw < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
