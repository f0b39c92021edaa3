package org.crmmethod.core.fitgap;

import org.crmmethod.core.value.Invariants;

/**
 * How a group of requirements (one priority, one module, or all of them) is covered (F08). Every
 * requirement of the group is counted exactly once, in the first of these that applies: met by the
 * package, a gap the project plans to close, a gap left open, not yet assessed.
 *
 * @param requirements the requirements of the group
 * @param coveredByPackage those the package meets as standard or by configuration
 * @param gapsToClose those whose gap the project plans to close
 * @param openGaps those whose gap stays open: not planned to be closed, or not supported
 * @param unassessed those not assessed yet
 */
public record Coverage(
    int requirements, int coveredByPackage, int gapsToClose, int openGaps, int unassessed) {

  /**
   * Checks the counts.
   *
   * @throws org.crmmethod.core.InvalidModelException when a count is negative or the four kinds do
   *     not add up to the requirements
   */
  public Coverage {
    Invariants.of("Coverage")
        .require(coveredByPackage >= 0, "coveredByPackage", coveredByPackage, "must not be negative")
        .require(gapsToClose >= 0, "gapsToClose", gapsToClose, "must not be negative")
        .require(openGaps >= 0, "openGaps", openGaps, "must not be negative")
        .require(unassessed >= 0, "unassessed", unassessed, "must not be negative")
        .require(
            (long) coveredByPackage + gapsToClose + openGaps + unassessed == requirements,
            "requirements",
            requirements,
            "must be the sum of coveredByPackage, gapsToClose, openGaps and unassessed ("
                + ((long) coveredByPackage + gapsToClose + openGaps + unassessed)
                + ")");
  }

  /**
   * Returns the share of the group the package covers as standard or by configuration.
   *
   * @return a share from 0 to 1; 1 for an empty group, in which nothing is uncovered
   */
  public double packageCoverage() {
    return requirements == 0 ? 1 : (double) coveredByPackage / requirements;
  }

  /**
   * Returns the share of the group covered once the planned gaps are closed.
   *
   * @return a share from 0 to 1; 1 for an empty group
   */
  public double plannedCoverage() {
    return requirements == 0 ? 1 : (double) (coveredByPackage + gapsToClose) / requirements;
  }
}
