package org.crmmethod.core.fitgap;

import java.util.Objects;
import org.crmmethod.core.value.Invariants;

/**
 * A requirement the package does not cover as standard or by configuration, with its assessment:
 * the gap, its cost and effort, and its resolution options (F08).
 *
 * @param requirement the requirement
 * @param assessment its assessment, a gap ({@link PackageFit#isGap()})
 * @param toClose whether the project plans to close it; only a closable gap may be
 */
public record Gap(Requirement requirement, FitAssessment assessment, boolean toClose) {

  /**
   * Checks that the assessment is a gap of the requirement.
   *
   * @throws org.crmmethod.core.InvalidModelException when the assessment is of another
   *     requirement, is no gap, or a gap that cannot be closed is planned to be
   */
  public Gap {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(assessment, "assessment");
    Invariants.of("Gap")
        .require(
            assessment.requirement().equals(requirement.id()),
            "assessment",
            assessment.requirement(),
            "must assess the requirement '" + requirement.id() + "'")
        .require(assessment.fit().isGap(), "assessment", assessment.fit(), "must be a gap")
        .require(
            !toClose || assessment.fit().closable(),
            "toClose",
            toClose,
            "must be false for a gap the package cannot close (" + assessment.fit() + ")");
  }

  /**
   * Tells whether the project can close the gap with the package.
   *
   * @return true for specific development and workarounds
   */
  public boolean closable() {
    return assessment.fit().closable();
  }
}
