package org.crmmethod.core.method;

import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** One of the steps every lot goes through once its parallel work is done (F16-F20). */
@Value.Immutable
public abstract class LotStepTemplate {

  /**
   * The step, as the kind of activity that carries it in a plan.
   *
   * @return a lot-step kind (see {@link ActivityKind#isLotStep()})
   */
  public abstract ActivityKind kind();

  /**
   * What the step does and what it must respect.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * How long the step typically lasts.
   *
   * @return the typical duration range
   */
  public abstract DurationRange typicalDuration();

  /**
   * The method facts this step encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a lot step template.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LotStepTemplate} values. */
  public static final class Builder extends ImmutableLotStepTemplate.Builder {}

  @Value.Check
  void check() {
    Invariants.of("LotStepTemplate")
        .require(kind().isLotStep(), "kind", kind(), "must be a lot step (PRE_ACCEPTANCE, TRAINING,"
            + " CUT_OVER, HYPERCARE or FINAL_ACCEPTANCE)")
        .text("description", description());
  }
}
