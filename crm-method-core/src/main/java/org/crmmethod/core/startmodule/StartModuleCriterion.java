package org.crmmethod.core.startmodule;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;

/**
 * The criteria on which the method weighs where to start (F02-F04). The three primary ones decide;
 * return on investment is not a deciding criterion on its own (F02).
 */
public enum StartModuleCriterion {
  /** How well the module carries the company's shift to a customer culture (F02). */
  CUSTOMER_CULTURE_SHIFT("carrying the shift to a customer culture", true, MethodFact.F02),
  /** How much succeeding with the module helps the later CRM steps succeed (F02). */
  ENABLES_LATER_STEPS("making the later CRM steps succeed", true, MethodFact.F02),
  /** How much the module's users are waiting for it (F02). */
  AWAITED_BY_USERS("being awaited by its users", true, MethodFact.F02),
  /** How easy the module is to implement (F04). */
  EASE_OF_IMPLEMENTATION("ease of implementation", false, MethodFact.F04),
  /** How few and how homogeneous the people involved are (F04). */
  FEW_HOMOGENEOUS_PEOPLE("few and homogeneous people involved", false, MethodFact.F04),
  /** How high and how easily reached the return on investment is (F02, F04). */
  RETURN_ON_INVESTMENT("return on investment reached easily", false, MethodFact.F02, MethodFact.F04),
  /** How little the module is exposed to a legacy system, past failures and settled habits (F03). */
  LOW_LEGACY_RISK("low legacy-system and settled-habit risk", false, MethodFact.F03);

  private final String label;
  private final boolean primary;
  private final Set<MethodFact> facts;

  StartModuleCriterion(String label, boolean primary, MethodFact... facts) {
    this.label = label;
    this.primary = primary;
    this.facts = Set.of(facts);
  }

  /**
   * Returns the criterion as a person reads it, in lower case so that it fits inside a sentence.
   *
   * @return the label, e.g. "ease of implementation"
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether this is one of the three criteria the method makes decisive (F02).
   *
   * @return true for the primary criteria
   */
  public boolean isPrimary() {
    return primary;
  }

  /**
   * Returns the facts this criterion comes from.
   *
   * @return the facts
   */
  public Set<MethodFact> facts() {
    return facts;
  }
}
