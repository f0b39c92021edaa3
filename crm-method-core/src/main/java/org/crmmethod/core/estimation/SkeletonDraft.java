package org.crmmethod.core.estimation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * The working state of an estimation: the project's context, its method, the number of lots, and
 * each method phase's estimate so far, which {@link EstimationRule}s read and replace.
 */
public final class SkeletonDraft {
  private final ProjectContext context;
  private final Method method;
  private final int lots;
  private final Map<String, ThreePointEstimate> estimates = new LinkedHashMap<>();

  SkeletonDraft(ProjectContext context, Method method, int lots) {
    this.context = context;
    this.method = method;
    this.lots = lots;
    for (PhaseTemplate phase : method.phases()) {
      estimates.put(phase.id(), ThreePointEstimate.milestone());
    }
  }

  /**
   * Returns the project's context.
   *
   * @return the context
   */
  public ProjectContext context() {
    return context;
  }

  /**
   * Returns the method the project follows.
   *
   * @return the method
   */
  public Method method() {
    return method;
  }

  /**
   * Returns the number of lots the rollout is split into.
   *
   * @return the lots, at least 1
   */
  public int lots() {
    return lots;
  }

  /**
   * Returns the method's phases, in order.
   *
   * @return the phase templates
   */
  public List<PhaseTemplate> phases() {
    return method.phases();
  }

  /**
   * Returns a phase's estimate so far.
   *
   * @param phaseId the method phase's id
   * @return the estimate, in working days
   * @throws IllegalArgumentException when the method has no such phase
   */
  public ThreePointEstimate estimate(String phaseId) {
    ThreePointEstimate estimate = estimates.get(phaseId);
    if (estimate == null) {
      throw new IllegalArgumentException("phaseId: the method has no phase '" + phaseId + "'");
    }
    return estimate;
  }

  /**
   * Replaces a phase's estimate.
   *
   * @param phaseId the method phase's id
   * @param estimate the new estimate, in working days
   * @throws IllegalArgumentException when the method has no such phase
   */
  public void estimate(String phaseId, ThreePointEstimate estimate) {
    estimate(phaseId);
    estimates.put(phaseId, Objects.requireNonNull(estimate, "estimate"));
  }

  /**
   * Multiplies a phase's three estimates by a factor.
   *
   * @param phaseId the method phase's id
   * @param factor the factor, finite and not negative
   */
  public void scale(String phaseId, double factor) {
    if (!Double.isFinite(factor) || factor < 0) {
      throw new IllegalArgumentException("factor must be finite and >= 0, but was " + factor);
    }
    ThreePointEstimate current = estimate(phaseId);
    estimate(phaseId, ThreePointEstimate.of(
        current.optimistic() * factor, current.mostLikely() * factor, current.pessimistic() * factor));
  }

  Map<String, ThreePointEstimate> estimates() {
    return estimates;
  }
}
