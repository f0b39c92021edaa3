package org.crmmethod.core.startmodule;

/** Risk factors against starting with a module that replaces an entrenched system (F03). */
public enum StartModuleRisk {
  /** An obsolete system is already in place. */
  OBSOLETE_LEGACY_SYSTEM("an obsolete system in place"),
  /** Earlier attempts failed and left a bad memory. */
  PAST_FAILURES("past failures"),
  /** Users' habits are settled. */
  SETTLED_HABITS("settled habits");

  private final String label;

  StartModuleRisk(String label) {
    this.label = label;
  }

  /**
   * Returns the risk factor as a person reads it, in lower case so that it fits inside a sentence.
   *
   * @return the label, e.g. "settled habits"
   */
  public String label() {
    return label;
  }
}
