package org.crmmethod.json;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;

/** Plans and results to write and read, all real outputs of core's engines. */
final class ResultSamples {
  static final ProjectPlan REFERENCE = PharmaReferencePlan.plan();
  static final Method METHOD = StagedMethod.definition();
  static final LocalDate TARGET = LocalDate.of(2028, 1, 31);

  private ResultSamples() {}

  /** A small, seeded simulator, so that forecasts stay quick to compute and to compare. */
  static MonteCarloSimulator simulator(long seed, int iterations) {
    return MonteCarloSimulator.builder().iterations(iterations).seed(seed).threads(2).build();
  }

  /** A plan drawn by the generator from a seed. */
  static ProjectPlan generated(long seed) {
    return PlanGenerator.minimal().generate(new SplittableRandom(seed));
  }

  /**
   * The plan broken in one of several ways, each of which the validator reports with findings;
   * {@code way} 0 leaves the plan as it is.
   */
  static ProjectPlan broken(ProjectPlan plan, int way) {
    return switch (way) {
      case 0 -> plan;
      case 1 -> ProjectPlan.builder().from(plan).method("another-method").build();
      case 2 -> ProjectPlan.builder().from(plan).deliverables(List.of()).build();
      case 3 -> ProjectPlan.builder().from(plan).meetings(List.of()).build();
      case 4 -> ProjectPlan.builder().from(plan).kpis(List.of()).build();
      default -> throw new IllegalArgumentException("way " + way);
    };
  }

  /** The number of ways {@link #broken} knows. */
  static final int WAYS = 5;

  static ValidationReport validate(ProjectPlan plan) {
    return Validator.standard().validate(plan, METHOD);
  }
}
