package org.crmmethod.core.method;

import java.util.Set;

/** The kinds of work that run side by side inside a lot or across a project (F13, F14). */
public enum WorkstreamKind {
  /** Setting up the package through its own parameters. */
  CONFIGURATION(MethodFact.F14),
  /** Code written for the company where configuration is not enough. */
  SPECIFIC_DEVELOPMENT(MethodFact.F14),
  /** Testing what configuration and development produced. */
  TESTS(MethodFact.F14),
  /** Taking over the data of earlier systems. */
  DATA_MIGRATION(MethodFact.F13, MethodFact.F14),
  /** Meetings that present the coming solution to its users. */
  USER_PRESENTATIONS(MethodFact.F14),
  /** Training users on the validated solution. */
  TRAINING(MethodFact.F13, MethodFact.F17),
  /** Involving users and lowering resistance to the change. */
  CHANGE_MANAGEMENT(MethodFact.F07, MethodFact.F13);

  private final Set<MethodFact> facts;

  WorkstreamKind(MethodFact... facts) {
    this.facts = Set.of(facts);
  }

  /**
   * Returns the facts that name this kind of work.
   *
   * @return the facts, never empty
   */
  public Set<MethodFact> facts() {
    return facts;
  }
}
