package org.crmmethod.core.plan;

import java.util.List;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** Switching a lot to the new system with the latest data of the old one (F18). */
@Value.Immutable
public abstract class CutOver implements LotStep {

  /**
   * The activity that carries the cut-over; its estimate is the cut-over window.
   *
   * @return an activity of kind {@link ActivityKind#CUT_OVER}
   */
  @Override
  public abstract Activity activity();

  /**
   * What is extracted from the old system at the last moment, e.g. the latest customers and the
   * open orders.
   *
   * @return descriptions of the extracted data
   */
  public abstract List<String> extractedData();

  /**
   * Whether the data is loaded by an automated import rather than by hand.
   *
   * @return true for an automated import
   */
  @Value.Default
  public boolean automatedImport() {
    return false;
  }

  /**
   * Whether the import produces reports that measure the quality of the migration.
   *
   * @return true when import reports are produced
   */
  @Value.Default
  public boolean importReport() {
    return false;
  }

  /**
   * Starts building a cut-over step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CutOver} values. */
  public static final class Builder extends ImmutableCutOver.Builder {}

  @Value.Check
  void check() {
    LotStep.checkKind("CutOver", activity(), ActivityKind.CUT_OVER);
    Invariants.of("CutOver").texts("extractedData", extractedData());
  }
}
