package org.crmmethod.core.fitgap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * The gap analysis of the requirements specification (F08): what users want, what the chosen CRM
 * package can do about it, and the budget it must fit in, with the gaps the project means to close.
 *
 * <p>An analysis is consistent within itself, or it is not built: requirement ids are unique, each
 * requirement is assessed at most once, every assessment and every gap to close names a requirement
 * of the analysis, only closable gaps ({@link PackageFit#closable()}) are planned to be closed, and
 * every amount is in the budget's currency (amounts in several currencies are refused: the library
 * converts no currency). A requirement may still be unassessed while the analysis is under way;
 * whether the analysis is complete when the specification phase ends, whether it covers the
 * must-haves and whether its gap plan fits the budget are the validator's questions.
 */
@Value.Immutable
public abstract class FitGapAnalysis {

  /**
   * The requirements users stated, in the order the specification lists them.
   *
   * @return the requirements, ids unique
   */
  public abstract List<Requirement> requirements();

  /**
   * How the package meets the requirements assessed so far.
   *
   * @return at most one assessment per requirement
   */
  public abstract List<FitAssessment> assessments();

  /**
   * The money available to fit the package to the requirements: configuration, specific
   * development and workarounds. It is the share of the project's budget (F06) set aside for that
   * work, not the whole project's budget.
   *
   * @return the budget; every assessment's cost is in its currency
   */
  public abstract Money budget();

  /**
   * The gaps the project has decided to close: its gap plan.
   *
   * @return ids of requirements assessed as {@link PackageFit#SPECIFIC_DEVELOPMENT} or {@link
   *     PackageFit#WORKAROUND}
   */
  public abstract Set<String> gapsToClose();

  /**
   * Finds a requirement by id.
   *
   * @param id the requirement id
   * @return the requirement, or empty
   */
  public Optional<Requirement> requirement(String id) {
    return requirements().stream().filter(requirement -> requirement.id().equals(id)).findFirst();
  }

  /**
   * Finds the assessment of a requirement.
   *
   * @param requirementId the requirement id
   * @return the assessment, or empty while the requirement is unassessed
   */
  public Optional<FitAssessment> assessment(String requirementId) {
    return assessments().stream()
        .filter(assessment -> assessment.requirement().equals(requirementId))
        .findFirst();
  }

  /**
   * Starts building an analysis.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FitGapAnalysis} values. */
  public static final class Builder extends ImmutableFitGapAnalysis.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("FitGapAnalysis").uniqueIds("requirements", requirements(), Requirement::id);
    Set<String> requirementIds = new HashSet<>();
    requirements().forEach(requirement -> requirementIds.add(requirement.id()));
    Map<String, PackageFit> fits = new HashMap<>();
    for (FitAssessment assessment : assessments()) {
      String id = assessment.requirement();
      invariants
          .refersTo("assessments", id, requirementIds, "requirement")
          .require(
              fits.put(id, assessment.fit()) == null,
              "assessments",
              id,
              "must not assess the same requirement twice")
          .require(
              assessment.cost().currency().equals(budget().currency()),
              "assessments",
              id + " costed " + assessment.cost(),
              "must be costed in the budget's currency ("
                  + budget().currency().getCurrencyCode()
                  + "); convert the amount before building the analysis");
    }
    for (String id : gapsToClose()) {
      invariants
          .refersTo("gapsToClose", id, requirementIds, "requirement")
          .require(
              fits.containsKey(id) && fits.get(id).closable(),
              "gapsToClose",
              id,
              "must name a requirement assessed as SPECIFIC_DEVELOPMENT or WORKAROUND, but it is "
                  + (fits.containsKey(id) ? "assessed as " + fits.get(id) : "not assessed"));
    }
  }
}
