package org.crmmethod.core.fitgap;

/**
 * How much a requirement matters to the release being specified, on the MoSCoW scale (F08).
 *
 * <p>The constants are declared from the most to the least important.
 */
public enum Priority {
  /** The release cannot go without it: users could not work with a solution that lacks it. */
  MUST("Must have"),
  /** Important, but the release can go live without it if it must. */
  SHOULD("Should have"),
  /** Wanted, and done if time and budget allow. */
  COULD("Could have"),
  /** Agreed to stay out of this release; recorded so that it is not asked for again. */
  WONT("Won't have this time");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  /**
   * Returns the priority's name as a person reads it.
   *
   * @return the label, e.g. "Must have"
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether requirements of this priority belong to the release being specified: all but
   * {@link #WONT}.
   *
   * @return true for {@link #MUST}, {@link #SHOULD} and {@link #COULD}
   */
  public boolean inScope() {
    return this != WONT;
  }
}
