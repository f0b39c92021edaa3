package org.crmmethod.core.plan;

import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The global test of a lot by its key users before it goes live: pre-acceptance, or VABF (F16). */
@Value.Immutable
public abstract class PreAcceptance implements LotStep {

  /**
   * The activity that carries the test.
   *
   * @return an activity of kind {@link ActivityKind#PRE_ACCEPTANCE}
   */
  @Override
  public abstract Activity activity();

  /**
   * The ids of the key users who run the test.
   *
   * @return stakeholder ids of the same plan
   */
  public abstract Set<String> keyUsers();

  /**
   * Starts building a pre-acceptance step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PreAcceptance} values. */
  public static final class Builder extends ImmutablePreAcceptance.Builder {}

  @Value.Check
  void check() {
    LotStep.checkKind("PreAcceptance", activity(), ActivityKind.PRE_ACCEPTANCE);
    Invariants.of("PreAcceptance").ids("keyUsers", keyUsers());
  }
}
