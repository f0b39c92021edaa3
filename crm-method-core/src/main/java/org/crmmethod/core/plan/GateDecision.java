package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The decision taken at a quality gate: go, no-go or go with conditions, by whom, when and why. */
@Value.Immutable
public abstract class GateDecision {

  /**
   * The id of the method's quality gate reviewed.
   *
   * @return a gate id of the plan's method
   */
  public abstract String gate();

  /**
   * The id of the lot reviewed, for a gate passed once per lot.
   *
   * @return a lot id of the same plan, or empty for a project-wide gate
   */
  public abstract Optional<String> lot();

  /**
   * What was decided.
   *
   * @return the outcome
   */
  public abstract GateOutcome outcome();

  /**
   * The id of the stakeholder who decided.
   *
   * @return a stakeholder id of the same plan
   */
  public abstract String decidedBy();

  /**
   * The day of the decision.
   *
   * @return the date
   */
  public abstract LocalDate decidedOn();

  /**
   * Why the decision was taken.
   *
   * @return the rationale, not blank
   */
  public abstract String rationale();

  /**
   * The conditions attached to a go with conditions.
   *
   * @return the conditions: at least one for {@link GateOutcome#GO_WITH_CONDITIONS}, none otherwise
   */
  public abstract List<String> conditions();

  /**
   * Starts building a gate decision.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDecision} values. */
  public static final class Builder extends ImmutableGateDecision.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("GateDecision")
            .id("gate", gate())
            .id("decidedBy", decidedBy())
            .text("rationale", rationale())
            .texts("conditions", conditions())
            .require(
                (outcome() == GateOutcome.GO_WITH_CONDITIONS) == !conditions().isEmpty(),
                "conditions",
                conditions(),
                outcome() == GateOutcome.GO_WITH_CONDITIONS
                    ? "must hold at least one condition for GO_WITH_CONDITIONS"
                    : "must be empty for " + outcome());
    lot().ifPresent(lot -> invariants.id("lot", lot));
  }
}
