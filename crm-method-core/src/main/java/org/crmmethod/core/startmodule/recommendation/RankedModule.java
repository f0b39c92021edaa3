package org.crmmethod.core.startmodule.recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.value.Invariants;

/**
 * One candidate module in a start-module ranking: its rank, its score, what each criterion
 * contributed and the reasons for its place.
 *
 * <p>The score is the weighted mean of the module's ratings, from 0 to 5. Its figures are checked
 * against each other when the value is created: each contribution and the score must be exactly
 * what the contributions' weights and ratings give (see {@link CriterionContribution}), so that a
 * stored ranking cannot carry a figure its own ratings contradict.
 *
 * @param rank the module's place, 1 for the recommended module
 * @param module the module
 * @param score the weighted mean of its ratings, from 0 to 5
 * @param contributions one per criterion, in the criteria's declaration order
 * @param reasons why the module holds this rank, as sentences naming the facts they rest on: its
 *     place and its distance to its neighbours first, then the criteria that count for it and
 *     those that count against it; at least one, none blank
 */
public record RankedModule(
    int rank,
    CrmModule module,
    double score,
    List<CriterionContribution> contributions,
    List<String> reasons) {

  /**
   * Creates a ranked module, putting the contributions in the criteria's declaration order.
   *
   * @param rank the rank
   * @param module the module
   * @param score the score
   * @param contributions one per criterion, in any order
   * @param reasons the reasons
   * @throws org.crmmethod.core.InvalidModelException when the rank is below 1, a criterion is
   *     missing or repeated, every weight is zero, a contribution or the score is not the figure the
   *     weights and ratings give, or the reasons are empty or blank
   */
  public RankedModule {
    Objects.requireNonNull(module, "module");
    List<CriterionContribution> sorted = new ArrayList<>(List.copyOf(contributions));
    sorted.sort(Comparator.comparing(CriterionContribution::criterion));
    contributions = List.copyOf(sorted);
    reasons = List.copyOf(reasons);
    Invariants invariants = Invariants.of("RankedModule");
    invariants.require(rank >= 1, "rank", rank, "must be at least 1");
    CandidateAssessment.requireEachCriterionOnce(
        "RankedModule",
        "contributions",
        contributions.stream().map(CriterionContribution::criterion).toList());
    BigDecimal totalWeight = Scores.totalWeight(contributions);
    invariants.require(
        totalWeight.signum() > 0,
        "contributions",
        contributions,
        "must give at least one criterion a positive weight");
    for (CriterionContribution contribution : contributions) {
      double expected =
          Scores.share(Scores.product(contribution.weight(), contribution.rating()), totalWeight);
      invariants.require(
          contribution.contribution() == expected,
          "contributions[" + contribution.criterion() + "].contribution",
          contribution.contribution(),
          "must be the weight times the rating over the total weight (" + expected + ")");
    }
    double expectedScore = Scores.share(Scores.weightedSum(contributions, false), totalWeight);
    invariants
        .require(
            score == expectedScore,
            "score",
            score,
            "must be the weighted mean of the ratings (" + expectedScore + ")")
        .nonEmpty("reasons", reasons)
        .texts("reasons", reasons);
  }

  /**
   * Returns what one criterion contributed.
   *
   * @param criterion the criterion
   * @return its contribution
   */
  public CriterionContribution contribution(StartModuleCriterion criterion) {
    return contributions.get(criterion.ordinal());
  }

  /**
   * Returns the ratings the module was ranked on, as an assessment that can be ranked again, with
   * other weights for instance.
   *
   * @return the module's assessment
   */
  public CandidateAssessment assessment() {
    return new CandidateAssessment(
        module, contributions.stream().map(CriterionContribution::asRating).toList());
  }
}
