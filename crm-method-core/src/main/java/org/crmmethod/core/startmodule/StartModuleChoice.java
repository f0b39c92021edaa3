package org.crmmethod.core.startmodule;

import java.time.LocalDate;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A plan's choice of the module to start with, and the criteria it was chosen on (F02). */
@Value.Immutable
public abstract class StartModuleChoice {

  /**
   * The module the project starts with.
   *
   * @return the module
   */
  public abstract CrmModule module();

  /**
   * The criteria the choice rests on.
   *
   * @return the criteria, at least one
   */
  public abstract Set<StartModuleCriterion> criteria();

  /**
   * The day the choice was made.
   *
   * @return the date
   */
  public abstract LocalDate decidedOn();

  /**
   * Starts building a start-module choice.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StartModuleChoice} values. */
  public static final class Builder extends ImmutableStartModuleChoice.Builder {}

  @Value.Check
  void check() {
    Invariants.of("StartModuleChoice").nonEmpty("criteria", criteria());
  }
}
