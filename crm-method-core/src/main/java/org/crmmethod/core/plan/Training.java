package org.crmmethod.core.plan;

import org.crmmethod.core.method.ActivityKind;
import org.immutables.value.Value;

/** Training a lot's users once its functions are validated (F17). */
@Value.Immutable
public abstract class Training implements LotStep {

  /**
   * The activity that carries the training.
   *
   * @return an activity of kind {@link ActivityKind#TRAINING}
   */
  @Override
  public abstract Activity activity();

  /**
   * Whether users are trained on real data rather than on test data.
   *
   * @return true for training on real data
   */
  @Value.Default
  public boolean onRealData() {
    return false;
  }

  /**
   * Whether users receive a printed user guide.
   *
   * @return true when a printed guide is handed out
   */
  @Value.Default
  public boolean printedUserGuide() {
    return false;
  }

  /**
   * Starts building a training step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Training} values. */
  public static final class Builder extends ImmutableTraining.Builder {}

  @Value.Check
  void check() {
    LotStep.checkKind("Training", activity(), ActivityKind.TRAINING);
  }
}
