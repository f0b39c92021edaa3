package org.crmmethod.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
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
 * Validates a plan with every built-in rule: the reference plan, and generated valid plans of about
 * 10,000 and 100,000 activities, with the rules in parallel (the default) and on one thread. The
 * plan is built once per trial; only validation is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ValidationBenchmark {
  /** Which plan: {@code reference}, or a number of activities for a generated plan. */
  @Param({"reference", "10000", "100000"})
  public String plan;

  private final Validator sequential = Validator.builder().addBuiltInRules().parallel(false).build();
  private ProjectPlan subject;
  private Method method;

  /** Builds the plan to validate. */
  @Setup(Level.Trial)
  public void setUp() {
    method = StagedMethod.definition();
    subject =
        plan.equals("reference")
            ? PharmaReferencePlan.plan()
            : PlanGenerator.withActivities(Integer.parseInt(plan)).generate(new SplittableRandom(42));
    ValidationReport report = Validator.standard().validate(subject, method);
    if (!report.isValid()) {
      throw new IllegalStateException("The benchmark plan should be valid: " + report.render());
    }
  }

  /**
   * Validates the plan with the standard validator, whose rules run in parallel on large plans.
   *
   * @return the report, so that the work is not optimised away
   */
  @Benchmark
  public ValidationReport validate() {
    return Validator.standard().validate(subject, method);
  }

  /**
   * Validates the plan with every rule on the calling thread.
   *
   * @return the report, so that the work is not optimised away
   */
  @Benchmark
  public ValidationReport validateOnOneThread() {
    return sequential.validate(subject, method);
  }
}
