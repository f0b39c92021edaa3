package org.crmmethod.core.readiness;

/**
 * A red, amber or green reading of a readiness score (F28), ordered from the worst to the best so
 * that {@code compareTo} says which of two readings is better.
 *
 * <p>{@link ReadinessThresholds} decides which score earns which colour.
 */
public enum RagStatus {
  /** Not ready: the answers are too few or too open for the work they condition to start. */
  RED,
  /** Getting there: the gaps are known and being worked on. */
  AMBER,
  /** Ready: most questions are settled and the rest are under way. */
  GREEN;

  /**
   * Returns the worse of this reading and another.
   *
   * @param other the other reading
   * @return the one that comes first in the enum's order
   */
  public RagStatus worst(RagStatus other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
