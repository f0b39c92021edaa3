package org.crmmethod.core.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A performance indicator the project sets up to measure how the new processes work (F10, F21). */
@Value.Immutable
public abstract class Kpi {

  /**
   * The indicator's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The indicator's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * How the indicator is computed.
   *
   * @return the definition, not blank
   */
  public abstract String definition();

  /**
   * The unit the indicator is expressed in, e.g. {@code %} or {@code visits per week}.
   *
   * @return the unit, not blank
   */
  public abstract String unit();

  /**
   * The value aimed at, in {@link #unit()}.
   *
   * @return the target, or empty when none is set yet
   */
  public abstract Optional<BigDecimal> target();

  /**
   * The id of the plan phase in which the indicator is set up.
   *
   * @return a phase id of the same plan
   */
  public abstract String phase();

  /**
   * The id of the stakeholder who owns the indicator.
   *
   * @return a stakeholder id of the same plan, or empty
   */
  public abstract Optional<String> owner();

  /**
   * Starts building an indicator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Kpi} values. */
  public static final class Builder extends ImmutableKpi.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Kpi")
            .id("id", id())
            .text("name", name())
            .text("definition", definition())
            .text("unit", unit())
            .id("phase", phase());
    owner().ifPresent(owner -> invariants.id("owner", owner));
  }
}
