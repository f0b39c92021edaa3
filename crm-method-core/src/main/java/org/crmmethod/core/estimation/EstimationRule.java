package org.crmmethod.core.estimation;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;

/**
 * One step in deriving a project's phase estimates from its context. Rules run in order, each
 * reading and replacing the estimates the previous ones left; a rule is pure and keeps no state.
 *
 * <p>Ids follow the validation rules' scheme with an {@code EST} marker: {@code
 * CRM-EST-F<nn>-<WHAT>}; vendors use their own prefix.
 */
public interface EstimationRule {

  /**
   * Returns the rule's stable id.
   *
   * @return the id, e.g. {@code CRM-EST-F13-APPROACH}
   */
  String id();

  /**
   * Returns the facts of the method the rule rests on.
   *
   * @return the fact ids
   */
  Set<MethodFact> facts();

  /**
   * Returns the rule's formula in a line a person can read.
   *
   * @return e.g. {@code specification × 0.6 and deployment × 0.8 for a CLASSIC project}
   */
  String formula();

  /**
   * Adjusts the phase estimates.
   *
   * @param skeleton the project's context, its method and the estimates so far, to replace
   */
  void apply(SkeletonDraft skeleton);
}
