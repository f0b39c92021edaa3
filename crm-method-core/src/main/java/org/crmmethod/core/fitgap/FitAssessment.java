package org.crmmethod.core.fitgap;

import java.util.List;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How the chosen CRM package meets one requirement, and what it takes (F08).
 *
 * <p>For a fit ({@link PackageFit#STANDARD}, {@link PackageFit#CONFIGURATION}) the effort and cost
 * are those of setting the package up for the requirement. For a closable gap they are those of
 * closing it ({@link PackageFit#SPECIFIC_DEVELOPMENT}, {@link PackageFit#WORKAROUND}). For a {@link
 * PackageFit#NOT_SUPPORTED} requirement they are those of the best resolution outside the package,
 * if there is one; they are shown with the gap but never counted in the package's costs.
 */
@Value.Immutable
public abstract class FitAssessment {

  /**
   * The largest effort one assessment may state: a million working days, some four thousand years.
   * Anything larger is a slip or a hostile document, and the bound keeps the sums of an analysis
   * finite.
   */
  public static final double MAX_EFFORT_DAYS = 1_000_000;

  /**
   * The id of the requirement assessed.
   *
   * @return a requirement id of the same analysis
   */
  public abstract String requirement();

  /**
   * How the package meets the requirement.
   *
   * @return the fit
   */
  public abstract PackageFit fit();

  /**
   * The work it takes, as estimated.
   *
   * @return the effort, in working days, not negative and at most {@link #MAX_EFFORT_DAYS}
   */
  public abstract double effortDays();

  /**
   * What it costs, as estimated.
   *
   * @return the cost, in the analysis budget's currency
   */
  public abstract Money cost();

  /**
   * The ways to resolve the gap, other than the fit itself says, e.g. "a third-party add-on" or
   * "lower the priority to COULD".
   *
   * @return the options, each not blank; none for a fit
   */
  public abstract List<String> resolutionOptions();

  /**
   * Creates an assessment without resolution options.
   *
   * @param requirement the id of the requirement assessed
   * @param fit how the package meets it
   * @param effortDays the effort, in working days
   * @param cost the cost
   * @return the assessment
   */
  public static FitAssessment of(String requirement, PackageFit fit, double effortDays, Money cost) {
    return builder().requirement(requirement).fit(fit).effortDays(effortDays).cost(cost).build();
  }

  /**
   * Starts building an assessment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FitAssessment} values. */
  public static final class Builder extends ImmutableFitAssessment.Builder {}

  @Value.Check
  void check() {
    Invariants.of("FitAssessment")
        .id("requirement", requirement())
        .nonNegative("effortDays", effortDays())
        .require(
            effortDays() <= MAX_EFFORT_DAYS,
            "effortDays",
            effortDays(),
            "must be at most " + (long) MAX_EFFORT_DAYS + " working days")
        .texts("resolutionOptions", resolutionOptions())
        .require(
            fit().isGap() || resolutionOptions().isEmpty(),
            "resolutionOptions",
            resolutionOptions(),
            "must be empty when the package fits (" + fit() + ")");
  }
}
