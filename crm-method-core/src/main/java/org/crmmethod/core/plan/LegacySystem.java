package org.crmmethod.core.plan;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * The system a CRM module would replace, with the risk factors the method warns about when starting
 * with SFA (F03).
 */
@Value.Immutable
public abstract class LegacySystem {

  /**
   * The legacy system's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Whether the system is obsolete.
   *
   * @return true for an obsolete system
   */
  @Value.Default
  public boolean obsolete() {
    return false;
  }

  /**
   * Whether earlier projects on this ground failed and left a bad memory.
   *
   * @return true when there is a legacy of past failures
   */
  @Value.Default
  public boolean pastFailures() {
    return false;
  }

  /**
   * Whether users' habits with the system are settled.
   *
   * @return true when habits are settled
   */
  @Value.Default
  public boolean settledHabits() {
    return false;
  }

  /**
   * Starts building a legacy system.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LegacySystem} values. */
  public static final class Builder extends ImmutableLegacySystem.Builder {}

  @Value.Check
  void check() {
    Invariants.of("LegacySystem").text("name", name());
  }
}
