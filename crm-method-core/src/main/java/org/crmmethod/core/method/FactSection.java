package org.crmmethod.core.method;

/** The five parts of the method that its facts are grouped into. */
public enum FactSection {
  /** Choosing the module and the priorities the project starts with (F01-F05). */
  WHERE_TO_START,
  /** The staged method: four phases and the overall duration (F06-F11). */
  STAGED_METHOD,
  /** Rolling out in lots, from parallel workstreams to final acceptance (F12-F20). */
  LOT_ROLLOUT,
  /** The organisation around the CRM: buy-in, departments, segments, champions (F21-F27). */
  ORGANISATION,
  /** The questions a company answers before any IT work (F28-F33). */
  READINESS
}
