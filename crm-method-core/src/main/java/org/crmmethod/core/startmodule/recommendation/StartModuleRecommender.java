package org.crmmethod.core.startmodule.recommendation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.startmodule.StartModuleCriterion;

/**
 * Recommends the module a CRM project starts with (F01-F04): rates every module in the project's
 * scope on the method's criteria, weighs the ratings and ranks the modules, each with the reasons
 * for its rank.
 *
 * <p>A recommender is a pure function: the same context, or the same assessments, and the same
 * weights always give the same recommendation, whatever order the candidates come in. It is
 * immutable and safe to share between threads. The method's order still applies (F01): a
 * recommendation answers "where to start" once the global strategic objective is set, and its
 * neutral ratings point at what only the strategy and the audit can tell.
 *
 * <h2>Scores</h2>
 *
 * <p>A module's score is the weighted mean of its ratings, {@code Σ weight × rating ÷ Σ weight},
 * from 0 to 5. Raising one of a module's ratings never lowers its score nor its rank, since every
 * weight is non-negative; multiplying every weight by the same positive number changes nothing.
 * Scores are compared exactly and ties are broken as {@link StartModuleRecommendation} describes.
 *
 * <h2>Ratings derived from the context</h2>
 *
 * <p>{@link #assess(ProjectContext)} rates each module in {@link ProjectContext#modules()} from the
 * module's profile in the {@link org.crmmethod.core.catalogue.StartModuleCatalogue} and from the
 * context, on the scale of {@link CriterionRating}:
 *
 * <table>
 *   <caption>How ratings are derived</caption>
 *   <tr><th>Criterion</th><th>Rating</th></tr>
 *   <tr><td>any but the legacy risk</td><td>4 when the profile counts the criterion among the
 *       module's strengths (analytical CRM: F04; SFA's return on investment: F02, F03); otherwise
 *       2.5, the neutral middle: the method says nothing particular and a context does not record
 *       users' expectations (F07) or the culture sought (F01). Neutral ratings are where a vendor
 *       should supply its own.</td></tr>
 *   <tr><td>{@code ENABLES_LATER_STEPS}</td><td>one point more (at most 5) when succeeding first
 *       with the module wins over groups a later module needs: analytical CRM when SFA or a
 *       contact center, the modules whose groups the method counts as hard to win over, is also in
 *       scope (F04); any module other than those two and with no risk factor of its own when SFA
 *       is in scope and the legacy system shows one of SFA's risk factors (F03).</td></tr>
 *   <tr><td>{@code FEW_HOMOGENEOUS_PEOPLE}</td><td>1.5 for SFA in a pharmaceutical company, the
 *       tool of a large field force of medical representatives organised by segment and sector
 *       (F04, F25).</td></tr>
 *   <tr><td>{@code LOW_LEGACY_RISK}</td><td>5 for a module whose profile names no risk factor.
 *       For the others (SFA), 5 less an equal share for each of the profile's risk factors that
 *       the context's legacy system shows: an obsolete, failed, habit-bound system gives 0 (F03).
 *       A {@link org.crmmethod.core.plan.LegacySystem} does not say which module it serves: like
 *       the method, the recommender takes it to weigh on the modules whose profile names legacy
 *       risks.</td></tr>
 * </table>
 *
 * <p>For the pharmaceutical reference plan (analytical CRM and SFA in scope, an obsolete in-house
 * SFA system with past failures and settled habits), the default weights give analytical CRM
 * 52/14 ≈ 3.71 and SFA 30.5/14 ≈ 2.18: start with analytical CRM, as the method argues (F04).
 *
 * <h2>Ratings of one's own</h2>
 *
 * <p>A vendor who knows more than the context says, from the audit's interviews for instance,
 * ranks its own assessments with {@link #rank(Collection)}, or adjusts derived ones with {@link
 * CandidateAssessment#with}; {@link #of(CriterionWeights)} sets the weights.
 */
public final class StartModuleRecommender {
  private static final StartModuleRecommender STANDARD =
      new StartModuleRecommender(CriterionWeights.defaults());

  private final CriterionWeights weights;

  private StartModuleRecommender(CriterionWeights weights) {
    this.weights = weights;
  }

  /**
   * Returns the recommender with the method's default weights.
   *
   * @return the standard recommender, weighing with {@link CriterionWeights#defaults()}
   */
  public static StartModuleRecommender standard() {
    return STANDARD;
  }

  /**
   * Returns a recommender that weighs the criteria with the given weights.
   *
   * @param weights the weights
   * @return the recommender
   */
  public static StartModuleRecommender of(CriterionWeights weights) {
    return new StartModuleRecommender(Objects.requireNonNull(weights, "weights"));
  }

  /**
   * Returns the weights this recommender scores with.
   *
   * @return the weights
   */
  public CriterionWeights weights() {
    return weights;
  }

  /**
   * Rates every module in the context's scope on every criterion, as the class description says.
   * The ratings do not depend on the weights.
   *
   * @param context the project's context
   * @return one assessment per module in scope, in {@link CrmModule} declaration order
   */
  public List<CandidateAssessment> assess(ProjectContext context) {
    return ContextRatings.assess(Objects.requireNonNull(context, "context"));
  }

  /**
   * Recommends where the project starts, from ratings derived from its context.
   *
   * @param context the project's context
   * @return the modules in scope, ranked
   */
  public StartModuleRecommendation recommend(ProjectContext context) {
    return rank(assess(context));
  }

  /**
   * Ranks candidates rated by the caller.
   *
   * @param candidates the candidates, at least one, no module twice, in any order
   * @return the candidates, ranked
   * @throws IllegalArgumentException when there is no candidate or a module appears twice
   */
  public StartModuleRecommendation rank(Collection<CandidateAssessment> candidates) {
    checkArgument(!candidates.isEmpty(), "candidates must hold at least one module, but was empty");
    Set<CrmModule> seen = EnumSet.noneOf(CrmModule.class);
    for (CandidateAssessment candidate : candidates) {
      checkArgument(
          seen.add(candidate.module()), "candidates must not repeat a module, but %s appears twice",
          candidate.module());
    }
    List<Scores.Scored> ordered = new ArrayList<>();
    for (CandidateAssessment candidate : candidates) {
      List<CriterionContribution> contributions = contributions(candidate);
      ordered.add(new Scores.Scored(candidate.module(), score(contributions), contributions));
    }
    ordered.sort(Scores.BEST_FIRST);
    List<RankedModule> ranking = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Scores.Scored candidate = ordered.get(i);
      ranking.add(new RankedModule(
          i + 1,
          candidate.module(),
          candidate.score(),
          candidate.contributions(),
          RankReasons.of(ordered, i)));
    }
    return new StartModuleRecommendation(weights, ranking);
  }

  private List<CriterionContribution> contributions(CandidateAssessment candidate) {
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      totalWeight = totalWeight.add(new BigDecimal(weights.weight(criterion)));
    }
    List<CriterionContribution> contributions = new ArrayList<>();
    for (CriterionRating rating : candidate.ratings()) {
      double weight = weights.weight(rating.criterion());
      contributions.add(new CriterionContribution(
          rating.criterion(),
          rating.rating(),
          weight,
          Scores.share(Scores.product(weight, rating.rating()), totalWeight),
          rating.basis()));
    }
    return contributions;
  }

  private static double score(List<CriterionContribution> contributions) {
    return Scores.share(Scores.weightedSum(contributions, false), Scores.totalWeight(contributions));
  }

  @Override
  public String toString() {
    return "StartModuleRecommender" + weights.weights();
  }
}
