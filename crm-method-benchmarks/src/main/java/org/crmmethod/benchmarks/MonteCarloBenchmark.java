package org.crmmethod.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.plan.ProjectPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forecasts a generated valid plan of about 1,000 activities ({@code
 * PlanGenerator.withActivities(1000)}, seed 42) with 10,000 Monte Carlo iterations of the default
 * PERT-beta distribution, on the default threads (one per processor) and on one thread. The plan is
 * built once per trial; the forecast is timed whole, from compiling the plan's network to the
 * ranked sensitivity.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class MonteCarloBenchmark {
  private final MonteCarloSimulator simulator =
      MonteCarloSimulator.builder().iterations(10_000).build();
  private final MonteCarloSimulator sequential =
      MonteCarloSimulator.builder().iterations(10_000).threads(1).build();
  private ProjectPlan plan;

  /** Builds the plan to forecast. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = PlanGenerator.withActivities(1000).generate(new SplittableRandom(42));
  }

  /**
   * Forecasts the plan on the default threads.
   *
   * @return the forecast, so that the work is not optimised away
   */
  @Benchmark
  public Forecast forecast() {
    return simulator.forecast(plan);
  }

  /**
   * Forecasts the plan on the calling thread only.
   *
   * @return the forecast, so that the work is not optimised away
   */
  @Benchmark
  public Forecast forecastOnOneThread() {
    return sequential.forecast(plan);
  }
}
