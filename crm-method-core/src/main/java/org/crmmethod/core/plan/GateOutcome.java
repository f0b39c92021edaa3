package org.crmmethod.core.plan;

/** The outcome of a quality-gate review. */
public enum GateOutcome {
  /** The project goes on. */
  GO,
  /** The project stops until the gate is reviewed again. */
  NO_GO,
  /** The project goes on, under conditions that must be met. */
  GO_WITH_CONDITIONS
}
