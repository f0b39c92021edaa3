package org.crmmethod.core.startmodule.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.value.Invariants;

/**
 * One candidate start module rated on every criterion of the method (F02-F04).
 *
 * <p>{@link StartModuleRecommender#assess} derives assessments from a project's context; a vendor
 * may build its own, or adjust a derived one with {@link #with}, for instance once the audit's
 * interviews (F07) have shown which module users await most.
 *
 * @param module the candidate module
 * @param ratings one rating per criterion, in the criteria's declaration order
 */
public record CandidateAssessment(CrmModule module, List<CriterionRating> ratings) {

  /**
   * Creates an assessment, putting the ratings in the criteria's declaration order.
   *
   * @param module the candidate module
   * @param ratings one rating per criterion, in any order
   * @throws org.crmmethod.core.InvalidModelException when a criterion is rated twice or not at all
   */
  public CandidateAssessment {
    Objects.requireNonNull(module, "module");
    List<CriterionRating> sorted = new ArrayList<>(List.copyOf(ratings));
    sorted.sort(Comparator.comparing(CriterionRating::criterion));
    requireEachCriterionOnce(
        "CandidateAssessment", "ratings", sorted.stream().map(CriterionRating::criterion).toList());
    ratings = List.copyOf(sorted);
  }

  /**
   * Checks that a list of criteria, sorted, names each criterion exactly once.
   *
   * @param type the value type checked, for the message
   * @param attribute the attribute checked
   * @param criteria the criteria, sorted in declaration order
   */
  static void requireEachCriterionOnce(
      String type, String attribute, List<StartModuleCriterion> criteria) {
    Invariants invariants = Invariants.of(type);
    for (int i = 1; i < criteria.size(); i++) {
      invariants.require(
          criteria.get(i) != criteria.get(i - 1),
          attribute,
          criteria.get(i),
          "must name each criterion once");
    }
    Set<StartModuleCriterion> missing = EnumSet.allOf(StartModuleCriterion.class);
    criteria.forEach(missing::remove);
    invariants.require(
        missing.isEmpty(), attribute, criteria, "must cover every criterion; missing " + missing);
  }

  /**
   * Returns the rating on one criterion.
   *
   * @param criterion the criterion
   * @return the module's rating on it
   */
  public CriterionRating rating(StartModuleCriterion criterion) {
    return ratings.get(criterion.ordinal());
  }

  /**
   * Returns this assessment with one criterion rated anew.
   *
   * @param criterion the criterion
   * @param rating the new rating, from {@value CriterionRating#LOWEST} to {@value
   *     CriterionRating#HIGHEST}
   * @param basis why, not blank
   * @return the new assessment
   */
  public CandidateAssessment with(StartModuleCriterion criterion, double rating, String basis) {
    List<CriterionRating> changed = new ArrayList<>(ratings);
    changed.set(criterion.ordinal(), new CriterionRating(criterion, rating, basis));
    return new CandidateAssessment(module, changed);
  }
}
