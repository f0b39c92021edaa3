package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A later phase calling an earlier decision into question (F09). */
@Value.Immutable
public abstract class Reopening {

  /**
   * The id of the plan phase in which the decision was reopened.
   *
   * @return a phase id of the same plan
   */
  public abstract String phase();

  /**
   * The day the decision was reopened.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Why the decision was reopened.
   *
   * @return the reason, not blank
   */
  public abstract String reason();

  /**
   * The day general management was informed of the reopening (F09).
   *
   * @return the date, not before the reopening, or empty while it has not been informed
   */
  public abstract Optional<LocalDate> generalManagementInformedOn();

  /**
   * Starts building a reopening.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Reopening} values. */
  public static final class Builder extends ImmutableReopening.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Reopening")
        .id("phase", phase())
        .text("reason", reason())
        .require(
            generalManagementInformedOn().map(informed -> !informed.isBefore(date())).orElse(true),
            "generalManagementInformedOn",
            generalManagementInformedOn().orElse(null),
            "must not be before the reopening (" + date() + ")");
  }
}
