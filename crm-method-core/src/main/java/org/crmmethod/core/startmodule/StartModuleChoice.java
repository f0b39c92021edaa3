package org.crmmethod.core.startmodule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A plan's choice of the module to start with, the criteria it was chosen on and, where recorded,
 * why (F02).
 */
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
   * Why the project starts with this module, in the deciders' words. The method expects one when
   * the choice departs from the module its criteria rank first (F02): a consultant reading the plan
   * then knows the departure is deliberate.
   *
   * @return the rationale, not blank, or empty when none is recorded
   */
  public abstract Optional<String> rationale();

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
    Invariants invariants = Invariants.of("StartModuleChoice").nonEmpty("criteria", criteria());
    rationale().ifPresent(text -> invariants.text("rationale", text));
  }
}
