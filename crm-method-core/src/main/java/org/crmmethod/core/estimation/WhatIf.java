package org.crmmethod.core.estimation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * The forecast difference a change of context makes: one more lot, one module fewer, or the other
 * approach (F13).
 *
 * <p>Both sides are estimated with the same {@link SkeletonEstimator} and simulated with the same
 * {@link MonteCarloSimulator} (same seed, so the difference is not noise of the draw): each phase
 * estimate becomes one activity, the phases running one after the other.
 *
 * @param change what was changed, e.g. {@code "one more lot (3 instead of 2)"}
 * @param before the skeleton before the change
 * @param after the skeleton after the change
 * @param beforeForecast the forecast before the change, in working days
 * @param afterForecast the forecast after the change, in working days
 */
public record WhatIf(
    String change, TimelineSkeleton before, TimelineSkeleton after, Forecast beforeForecast, Forecast afterForecast) {

  /**
   * Returns how much the change moves the median finish.
   *
   * @return P50 after minus P50 before, in working days (negative when the change saves time)
   */
  public double p50Difference() {
    return afterForecast.p50() - beforeForecast.p50();
  }

  /**
   * Returns how much the change moves the 80th percentile of the finish.
   *
   * @return P80 after minus P80 before, in working days
   */
  public double p80Difference() {
    return afterForecast.p80() - beforeForecast.p80();
  }

  /**
   * Compares the project with one more lot.
   *
   * @param context the project's context
   * @param method its method
   * @param lots its number of lots now, at least 1
   * @param estimator the estimation rules
   * @param simulator the simulator
   * @return the comparison
   */
  public static WhatIf addLot(
      ProjectContext context, Method method, int lots, SkeletonEstimator estimator, MonteCarloSimulator simulator) {
    return compare("one more lot (" + (lots + 1) + " instead of " + lots + ")",
        estimator.estimate(context, method, lots), estimator.estimate(context, method, lots + 1), context, method, simulator);
  }

  /**
   * Compares the project without one of its modules.
   *
   * @param context the project's context
   * @param method its method
   * @param lots its number of lots, at least 1
   * @param module a module in scope, not the only one
   * @param estimator the estimation rules
   * @param simulator the simulator
   * @return the comparison
   * @throws IllegalArgumentException when the module is not in scope or is the only one
   */
  public static WhatIf dropModule(
      ProjectContext context, Method method, int lots, CrmModule module, SkeletonEstimator estimator, MonteCarloSimulator simulator) {
    if (!context.modules().contains(module) || context.modules().size() == 1) {
      throw new IllegalArgumentException(
          "module must be one of several modules in scope " + context.modules() + ", but was " + module);
    }
    Set<CrmModule> fewer = EnumSet.copyOf(context.modules());
    fewer.remove(module);
    ProjectContext changed = ProjectContext.builder().from(context).modules(fewer).build();
    return compare("without the " + module + " module",
        estimator.estimate(context, method, lots), estimator.estimate(changed, method, lots), context, method, simulator);
  }

  /**
   * Compares the project run with the other approach, classic instead of differentiating or the
   * reverse.
   *
   * @param context the project's context
   * @param method its method
   * @param lots its number of lots, at least 1
   * @param estimator the estimation rules
   * @param simulator the simulator
   * @return the comparison
   */
  public static WhatIf switchApproach(
      ProjectContext context, Method method, int lots, SkeletonEstimator estimator, MonteCarloSimulator simulator) {
    Approach other = context.approach() == Approach.CLASSIC ? Approach.DIFFERENTIATING : Approach.CLASSIC;
    ProjectContext changed = ProjectContext.builder().from(context).approach(other).build();
    return compare(other + " instead of " + context.approach(),
        estimator.estimate(context, method, lots), estimator.estimate(changed, method, lots), context, method, simulator);
  }

  private static WhatIf compare(
      String change, TimelineSkeleton before, TimelineSkeleton after, ProjectContext context, Method method,
      MonteCarloSimulator simulator) {
    Objects.requireNonNull(simulator, "simulator");
    return new WhatIf(change, before, after,
        simulator.forecast(asPlan(before, context, method)), simulator.forecast(asPlan(after, context, method)));
  }

  /** Lays a skeleton out as a plan: one activity a phase, each phase after the one before. */
  static ProjectPlan asPlan(TimelineSkeleton skeleton, ProjectContext context, Method method) {
    List<Phase> phases = new ArrayList<>();
    String previous = null;
    for (Map.Entry<String, ThreePointEstimate> phase : skeleton.phases().entrySet()) {
      String id = phase.getKey() + "-WORK";
      Activity.Builder work = Activity.builder().id(id).name("Work of " + phase.getKey()).kind(ActivityKind.OTHER).estimate(phase.getValue());
      if (previous != null) {
        work.addDependencies(Dependency.on(previous));
      }
      phases.add(Phase.builder().id(phase.getKey()).name(phase.getKey()).template(phase.getKey()).addActivities(work.build()).build());
      previous = id;
    }
    return ProjectPlan.builder().id("skeleton").name("Skeleton of " + context.company()).method(method.id())
        .context(context).phases(phases).build();
  }
}
