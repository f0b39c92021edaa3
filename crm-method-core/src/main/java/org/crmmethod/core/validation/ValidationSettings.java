package org.crmmethod.core.validation;

import java.util.Optional;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * Settings that tune the built-in rules where the method leaves room for judgement. The defaults
 * follow the method; a validator is built with {@link #defaults()} unless told otherwise.
 */
@Value.Immutable
public abstract class ValidationSettings {

  /**
   * How long a lot must be in real use before its final acceptance is signed (F20), overriding the
   * method's lot template.
   *
   * @return the minimum period of real use, in weeks of 5 working days, at least 1; empty to take
   *     the method's own figure (4 weeks in the built-in catalogue)
   */
  public abstract Optional<Integer> minimumRealUseWeeks();

  /**
   * How soon after cut-over the increased support must start to count as "right after go-live"
   * (F19).
   *
   * @return the largest gap allowed, in working days, not negative; 1 unless set
   */
  @Value.Default
  public double hypercareStartWithinDays() {
    return 1;
  }

  /**
   * How far a phase's scheduled length may stray from its method template's typical duration before
   * it is flagged (F06-F10), as a share of the range's bounds: with 0.2, a phase of "2 to 3 months"
   * may last from 1.6 to 3.6 months.
   *
   * @return the tolerance, a share from 0 to 1; 0.2 unless set
   */
  @Value.Default
  public double phaseDurationTolerance() {
    return 0.2;
  }

  /**
   * The longest activity estimate or dependency lag that is not absurd.
   *
   * @return the bound, in working days, positive; 5 years of 252 working days unless set
   */
  @Value.Default
  public double longestPlausibleDays() {
    return 5 * 252;
  }

  /**
   * The weights the start-module rule ranks the candidate modules with (F02-F04), so that a
   * vendor's validator judges a plan's start module by the vendor's own weighing.
   *
   * @return the weights; {@link CriterionWeights#defaults()} unless set
   */
  @Value.Default
  public CriterionWeights startModuleWeights() {
    return CriterionWeights.defaults();
  }

  /**
   * Returns the default settings.
   *
   * @return the settings that follow the method
   */
  public static ValidationSettings defaults() {
    return builder().build();
  }

  /**
   * Starts building settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationSettings} values. */
  public static final class Builder extends ImmutableValidationSettings.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ValidationSettings")
            .nonNegative("hypercareStartWithinDays", hypercareStartWithinDays())
            .require(
                phaseDurationTolerance() >= 0 && phaseDurationTolerance() <= 1,
                "phaseDurationTolerance",
                phaseDurationTolerance(),
                "must be from 0 to 1")
            .require(
                Double.isFinite(longestPlausibleDays()) && longestPlausibleDays() > 0,
                "longestPlausibleDays",
                longestPlausibleDays(),
                "must be finite and > 0");
    minimumRealUseWeeks()
        .ifPresent(
            weeks ->
                invariants.require(weeks >= 1, "minimumRealUseWeeks", weeks, "must be at least 1"));
  }
}
