package org.crmmethod.core.plan;

import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.immutables.value.Value;

/** Signing the final acceptance of a lot after a period of real use (F20). */
@Value.Immutable
public abstract class FinalAcceptance implements LotStep {

  /**
   * The activity that carries the signature; it waits for the period of real use through its
   * dependencies' lag.
   *
   * @return an activity of kind {@link ActivityKind#FINAL_ACCEPTANCE}
   */
  @Override
  public abstract Activity activity();

  /**
   * The signature, once final acceptance is signed.
   *
   * @return the approval that signs acceptance, or empty while it is not signed
   */
  public abstract Optional<Approval> signature();

  /**
   * Starts building a final-acceptance step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FinalAcceptance} values. */
  public static final class Builder extends ImmutableFinalAcceptance.Builder {}

  @Value.Check
  void check() {
    LotStep.checkKind("FinalAcceptance", activity(), ActivityKind.FINAL_ACCEPTANCE);
  }
}
