package org.crmmethod.core.readiness;

import org.crmmethod.core.method.MethodFact;

/**
 * The groups of readiness questions, in the order the method asks them: strategy first, IT last
 * (F28).
 */
public enum ReadinessGroup {
  /** The company's strategy and customers (F29). */
  STRATEGY(MethodFact.F29),
  /** The data the strategy needs (F30). */
  DATA(MethodFact.F30),
  /** The organisation and its people (F31). */
  ORGANISATION(MethodFact.F31),
  /** The information system (F32). */
  IT(MethodFact.F32);

  private final MethodFact fact;

  ReadinessGroup(MethodFact fact) {
    this.fact = fact;
  }

  /**
   * Returns the fact that lists this group's questions.
   *
   * @return the fact
   */
  public MethodFact fact() {
    return fact;
  }
}
