package org.crmmethod.core.estimation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * A project's phase estimates derived from its context before any detailed plan exists: one
 * three-point estimate per method phase, in working days, the phases running one after the other.
 *
 * @param methodId the id of the method estimated
 * @param phases each method phase's estimate, in the method's order, in working days
 * @param rulesApplied the ids of the estimation rules applied, in order
 */
public record TimelineSkeleton(String methodId, Map<String, ThreePointEstimate> phases, List<String> rulesApplied) {

  /**
   * Creates a skeleton, copying its parts.
   *
   * @param methodId the method's id
   * @param phases the phase estimates, in order
   * @param rulesApplied the rules applied
   */
  public TimelineSkeleton {
    phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    rulesApplied = List.copyOf(rulesApplied);
  }

  /**
   * Returns the whole project's estimate: the phases' estimates added up, as they run in sequence.
   *
   * @return the total, in working days
   */
  public ThreePointEstimate total() {
    double optimistic = 0;
    double likely = 0;
    double pessimistic = 0;
    for (ThreePointEstimate phase : phases.values()) {
      optimistic += phase.optimistic();
      likely += phase.mostLikely();
      pessimistic += phase.pessimistic();
    }
    return ThreePointEstimate.of(optimistic, likely, pessimistic);
  }

  /**
   * Returns the most likely total in months of 21 working days.
   *
   * @return the most likely length, in months
   */
  public double mostLikelyMonths() {
    return total().mostLikely() / DurationUnit.MONTHS.workingDays();
  }
}
