package org.crmmethod.core.plan;

/** What a project decision is about; rules look for decisions of some kinds. */
public enum DecisionKind {
  /** The pragmatic priorities derived from the global objective (F01). */
  PRIORITIES,
  /** The module the project starts with (F02). */
  START_MODULE,
  /** The budget allotted to the project (F06). */
  BUDGET,
  /** The CRM solution chosen after the market analysis (F06). */
  SOLUTION_CHOICE,
  /** Classic or differentiating project (F13). */
  APPROACH,
  /** How the rollout is split into lots (F13). */
  LOT_SPLIT,
  /** What is in and out of the project's scope. */
  SCOPE,
  /** The technical architecture (F07). */
  ARCHITECTURE,
  /** The target organisation (F13). */
  ORGANISATION,
  /** Any other decision. */
  OTHER
}
