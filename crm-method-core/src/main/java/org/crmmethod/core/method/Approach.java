package org.crmmethod.core.method;

/** The two kinds of CRM project (F13), which decide what most of the work is. */
public enum Approach {
  /**
   * Classic use of the package: the work is mostly training users and involving them (change
   * management), perhaps with some data migration.
   */
  CLASSIC,
  /**
   * A differentiating CRM: a study defines the target organisation and functional specifications
   * are written first; priorities and, where useful, lots follow.
   */
  DIFFERENTIATING;

  /**
   * Returns the fact this approach comes from.
   *
   * @return {@link MethodFact#F13}
   */
  public MethodFact fact() {
    return MethodFact.F13;
  }
}
