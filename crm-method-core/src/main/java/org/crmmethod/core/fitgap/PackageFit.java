package org.crmmethod.core.fitgap;

/**
 * How the chosen CRM package meets a requirement (F08), from the best fit to the worst.
 *
 * <p>{@link #STANDARD} and {@link #CONFIGURATION} are fits: the package covers the requirement as it
 * comes or once set up. The other three are gaps. A gap the project can close with the package, at a
 * cost, is <em>closable</em>: {@link #SPECIFIC_DEVELOPMENT} and {@link #WORKAROUND}. A {@link
 * #NOT_SUPPORTED} requirement stays uncovered by the package whatever the budget; its resolution
 * lies outside the package (another tool, a change of process, a lower priority).
 */
public enum PackageFit {
  /** The package does it as delivered. */
  STANDARD("Standard", false, false),
  /** The package does it once configured, without code (configuration, "paramétrage"). */
  CONFIGURATION("Configuration", false, false),
  /** The package does it only with code written for the project (specific development). */
  SPECIFIC_DEVELOPMENT("Specific development", true, true),
  /** The package cannot do it, but users can reach the same result another way within it. */
  WORKAROUND("Workaround", true, true),
  /** The package cannot do it at all. */
  NOT_SUPPORTED("Not supported", true, false);

  private final String label;
  private final boolean gap;
  private final boolean closable;

  PackageFit(String label, boolean gap, boolean closable) {
    this.label = label;
    this.gap = gap;
    this.closable = closable;
  }

  /**
   * Returns the fit's name as a person reads it.
   *
   * @return the label, e.g. "Specific development"
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether the package leaves a gap: it does not cover the requirement as delivered or once
   * configured.
   *
   * @return true for {@link #SPECIFIC_DEVELOPMENT}, {@link #WORKAROUND} and {@link #NOT_SUPPORTED}
   */
  public boolean isGap() {
    return gap;
  }

  /**
   * Tells whether the project can close the gap with the package, at the assessment's cost.
   *
   * @return true for {@link #SPECIFIC_DEVELOPMENT} and {@link #WORKAROUND}
   */
  public boolean closable() {
    return closable;
  }
}
