package org.crmmethod.examples.cli;

/**
 * The methods {@code new} makes a starting plan for. Only the staged method has one in the
 * catalogue (the pharmaceutical reference plan) and a generator of valid plans; the lot-rollout
 * methods have neither yet.
 */
enum StartingMethod {
  /** The staged method, {@code crm-staged} (F05-F11). */
  STAGED
}
