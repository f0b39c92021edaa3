package org.crmmethod.core.plan;

import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The increased, reactive user support right after a lot goes live (F19). */
@Value.Immutable
public abstract class Hypercare implements LotStep {

  /**
   * The activity that carries the increased support; its estimate is how long it lasts.
   *
   * @return an activity of kind {@link ActivityKind#HYPERCARE}
   */
  @Override
  public abstract Activity activity();

  /**
   * The longest time users should wait for an answer while support is increased.
   *
   * @return the response-time target, in hours, at least 1, or empty when none is set
   */
  public abstract Optional<Integer> responseTimeHours();

  /**
   * Starts building a hypercare step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Hypercare} values. */
  public static final class Builder extends ImmutableHypercare.Builder {}

  @Value.Check
  void check() {
    LotStep.checkKind("Hypercare", activity(), ActivityKind.HYPERCARE);
    responseTimeHours()
        .ifPresent(
            hours ->
                Invariants.of("Hypercare")
                    .require(hours >= 1, "responseTimeHours", hours, "must be at least 1"));
  }
}
