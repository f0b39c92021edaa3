package org.crmmethod.core.startmodule;

/** Risk factors against starting with a module that replaces an entrenched system (F03). */
public enum StartModuleRisk {
  /** An obsolete system is already in place. */
  OBSOLETE_LEGACY_SYSTEM,
  /** Earlier attempts failed and left a bad memory. */
  PAST_FAILURES,
  /** Users' habits are settled. */
  SETTLED_HABITS
}
