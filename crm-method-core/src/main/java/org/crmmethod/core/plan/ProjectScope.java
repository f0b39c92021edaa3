package org.crmmethod.core.plan;

/** How much of a CRM implementation a plan covers (F11). */
public enum ProjectScope {
  /** The whole implementation, from strategy to final acceptance. */
  FULL_IMPLEMENTATION,
  /** Only the physical deployment of a package with a pre-configured integration. */
  PHYSICAL_DEPLOYMENT_ONLY
}
