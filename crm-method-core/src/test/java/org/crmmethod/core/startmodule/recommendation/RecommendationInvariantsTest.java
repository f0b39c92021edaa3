package org.crmmethod.core.startmodule.recommendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.startmodule.StartModuleCriterion.AWAITED_BY_USERS;
import static org.crmmethod.core.startmodule.StartModuleCriterion.LOW_LEGACY_RISK;
import static org.crmmethod.core.startmodule.StartModuleCriterion.RETURN_ON_INVESTMENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the recommendation values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value,
 * or with a {@link NullPointerException} for a null.
 */
class RecommendationInvariantsTest {
  private static final StartModuleRecommendation PHARMA =
      StartModuleRecommender.standard().recommend(PharmaReferencePlan.plan().context());
  private static final RankedModule FIRST = PHARMA.first();
  private static final RankedModule SECOND = PHARMA.ranking().get(1);

  private static Map<StartModuleCriterion, Double> weights(double each) {
    Map<StartModuleCriterion, Double> weights = new EnumMap<>(StartModuleCriterion.class);
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      weights.put(criterion, each);
    }
    return weights;
  }

  private static List<CriterionContribution> replaced(
      List<CriterionContribution> contributions, int index, CriterionContribution replacement) {
    List<CriterionContribution> changed = new ArrayList<>(contributions);
    changed.set(index, replacement);
    return changed;
  }

  // --- CriterionWeights ---

  @Test
  void criterionWeights_missingCriterion() {
    Map<StartModuleCriterion, Double> weights = weights(1);
    weights.remove(AWAITED_BY_USERS);
    weights.remove(LOW_LEGACY_RISK);

    assertInvalid(
        () -> new CriterionWeights(weights),
        "CriterionWeights.weights must weigh every criterion; missing [AWAITED_BY_USERS,"
            + " LOW_LEGACY_RISK], but was " + weights,
        "CriterionWeights",
        "weights",
        weights.toString());
  }

  @Test
  void criterionWeights_negativeOrNotFinite() {
    assertInvalid(
        () -> CriterionWeights.defaults().with(RETURN_ON_INVESTMENT, -0.5),
        "CriterionWeights.weights[RETURN_ON_INVESTMENT] must be finite and >= 0, but was -0.5",
        "CriterionWeights",
        "weights[RETURN_ON_INVESTMENT]",
        "-0.5");
    assertInvalid(
        () -> CriterionWeights.defaults().with(AWAITED_BY_USERS, Double.POSITIVE_INFINITY),
        "CriterionWeights.weights[AWAITED_BY_USERS] must be finite and >= 0, but was Infinity",
        "CriterionWeights",
        "weights[AWAITED_BY_USERS]",
        "Infinity");
    assertInvalid(
        () -> CriterionWeights.defaults().with(AWAITED_BY_USERS, Double.NaN),
        "CriterionWeights.weights[AWAITED_BY_USERS] must be finite and >= 0, but was NaN",
        "CriterionWeights",
        "weights[AWAITED_BY_USERS]",
        "NaN");
  }

  @Test
  void criterionWeights_allZero() {
    assertInvalid(
        () -> new CriterionWeights(weights(0)),
        "CriterionWeights.weights must give at least one criterion a positive weight, but was "
            + weights(0),
        "CriterionWeights",
        "weights",
        weights(0).toString());
  }

  @Test
  void criterionWeights_nulls() {
    Map<StartModuleCriterion, Double> withNull = new HashMap<>(weights(1));
    withNull.put(AWAITED_BY_USERS, null);

    assertThatThrownBy(() -> new CriterionWeights(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CriterionWeights(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CriterionWeights.defaults().with(null, 1))
        .isInstanceOf(NullPointerException.class);
  }

  // --- CriterionRating ---

  @Test
  void criterionRating_offTheScale() {
    assertInvalid(
        () -> new CriterionRating(AWAITED_BY_USERS, 5.5, "Very much."),
        "CriterionRating.rating must be from 0.0 to 5.0, but was 5.5",
        "CriterionRating",
        "rating",
        "5.5");
    assertInvalid(
        () -> new CriterionRating(AWAITED_BY_USERS, -1, "Not at all."),
        "CriterionRating.rating must be from 0.0 to 5.0, but was -1.0",
        "CriterionRating",
        "rating",
        "-1.0");
    assertInvalid(
        () -> new CriterionRating(AWAITED_BY_USERS, Double.NaN, "Unknown."),
        "CriterionRating.rating must be from 0.0 to 5.0, but was NaN",
        "CriterionRating",
        "rating",
        "NaN");
  }

  @Test
  void criterionRating_blankBasisAndNulls() {
    assertInvalid(
        () -> new CriterionRating(AWAITED_BY_USERS, 3, " \n"),
        "CriterionRating.basis must not be blank, but was ' \n'",
        "CriterionRating",
        "basis",
        "' \n'");
    assertThatThrownBy(() -> new CriterionRating(null, 3, "Why."))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CriterionRating(AWAITED_BY_USERS, 3, null))
        .isInstanceOf(NullPointerException.class);
  }

  // --- CandidateAssessment ---

  @Test
  void candidateAssessment_criterionTwiceOrMissing() {
    List<CriterionRating> ratings = new ArrayList<>(FIRST.assessment().ratings());
    ratings.set(0, new CriterionRating(AWAITED_BY_USERS, 1, "Twice."));

    assertInvalid(
        () -> new CandidateAssessment(CrmModule.EMA, ratings),
        "CandidateAssessment.ratings must name each criterion once, but was AWAITED_BY_USERS",
        "CandidateAssessment",
        "ratings",
        "AWAITED_BY_USERS");
    assertInvalid(
        () -> new CandidateAssessment(CrmModule.EMA, ratings.subList(2, 7)),
        "CandidateAssessment.ratings must cover every criterion; missing"
            + " [CUSTOMER_CULTURE_SHIFT, ENABLES_LATER_STEPS], but was [AWAITED_BY_USERS,"
            + " EASE_OF_IMPLEMENTATION, FEW_HOMOGENEOUS_PEOPLE, RETURN_ON_INVESTMENT,"
            + " LOW_LEGACY_RISK]",
        "CandidateAssessment",
        "ratings",
        "[AWAITED_BY_USERS, EASE_OF_IMPLEMENTATION, FEW_HOMOGENEOUS_PEOPLE, RETURN_ON_INVESTMENT,"
            + " LOW_LEGACY_RISK]");
    assertThatThrownBy(() -> new CandidateAssessment(null, FIRST.assessment().ratings()))
        .isInstanceOf(NullPointerException.class);
  }

  // --- CriterionContribution ---

  @Test
  void criterionContribution_figuresOutOfRange() {
    assertInvalid(
        () -> new CriterionContribution(AWAITED_BY_USERS, 6, 3, 1, "Why."),
        "CriterionContribution.rating must be from 0.0 to 5.0, but was 6.0",
        "CriterionContribution",
        "rating",
        "6.0");
    assertInvalid(
        () -> new CriterionContribution(AWAITED_BY_USERS, 3, -3, 1, "Why."),
        "CriterionContribution.weight must be finite and >= 0, but was -3.0",
        "CriterionContribution",
        "weight",
        "-3.0");
    assertInvalid(
        () -> new CriterionContribution(AWAITED_BY_USERS, 3, 3, 5.25, "Why."),
        "CriterionContribution.contribution must be from 0 to 5.0, but was 5.25",
        "CriterionContribution",
        "contribution",
        "5.25");
    assertInvalid(
        () -> new CriterionContribution(AWAITED_BY_USERS, 3, 3, 1, ""),
        "CriterionContribution.basis must not be blank, but was ''",
        "CriterionContribution",
        "basis",
        "''");
  }

  // --- RankedModule ---

  @Test
  void rankedModule_rankBelowOne() {
    assertInvalid(
        () -> new RankedModule(0, FIRST.module(), FIRST.score(), FIRST.contributions(), FIRST.reasons()),
        "RankedModule.rank must be at least 1, but was 0",
        "RankedModule",
        "rank",
        "0");
  }

  @Test
  void rankedModule_contributionNotWhatWeightAndRatingGive() {
    CriterionContribution roi = FIRST.contribution(RETURN_ON_INVESTMENT);
    CriterionContribution wrong = new CriterionContribution(
        roi.criterion(), roi.rating(), roi.weight(), 0.5, roi.basis());

    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), FIRST.score(),
            replaced(FIRST.contributions(), RETURN_ON_INVESTMENT.ordinal(), wrong), FIRST.reasons()),
        "RankedModule.contributions[RETURN_ON_INVESTMENT].contribution must be the weight times the"
            + " rating over the total weight (" + roi.contribution() + "), but was 0.5",
        "RankedModule",
        "contributions[RETURN_ON_INVESTMENT].contribution",
        "0.5");
  }

  @Test
  void rankedModule_scoreNotTheWeightedMean() {
    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), 3.5, FIRST.contributions(), FIRST.reasons()),
        "RankedModule.score must be the weighted mean of the ratings (" + FIRST.score()
            + "), but was 3.5",
        "RankedModule",
        "score",
        "3.5");
  }

  @Test
  void rankedModule_everyWeightZero() {
    List<CriterionContribution> zero = FIRST.contributions().stream()
        .map(c -> new CriterionContribution(c.criterion(), c.rating(), 0, 0, c.basis()))
        .toList();

    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), 0, zero, FIRST.reasons()),
        "RankedModule.contributions must give at least one criterion a positive weight, but was "
            + zero,
        "RankedModule",
        "contributions",
        zero.toString());
  }

  @Test
  void rankedModule_criterionMissing_andReasons() {
    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), FIRST.score(), FIRST.contributions().subList(0, 6),
            FIRST.reasons()),
        "RankedModule.contributions must cover every criterion; missing [LOW_LEGACY_RISK], but was"
            + " [CUSTOMER_CULTURE_SHIFT, ENABLES_LATER_STEPS, AWAITED_BY_USERS,"
            + " EASE_OF_IMPLEMENTATION, FEW_HOMOGENEOUS_PEOPLE, RETURN_ON_INVESTMENT]",
        "RankedModule",
        "contributions",
        "[CUSTOMER_CULTURE_SHIFT, ENABLES_LATER_STEPS, AWAITED_BY_USERS, EASE_OF_IMPLEMENTATION,"
            + " FEW_HOMOGENEOUS_PEOPLE, RETURN_ON_INVESTMENT]");
    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), FIRST.score(), FIRST.contributions(), List.of()),
        "RankedModule.reasons must hold at least one element, but was []",
        "RankedModule",
        "reasons",
        "[]");
    assertInvalid(
        () -> new RankedModule(1, FIRST.module(), FIRST.score(), FIRST.contributions(), List.of("\t")),
        "RankedModule.reasons must not be blank, but was '\t'",
        "RankedModule",
        "reasons",
        "'\t'");
  }

  // --- StartModuleRecommendation ---

  @Test
  void recommendation_emptyRanking() {
    assertInvalid(
        () -> new StartModuleRecommendation(CriterionWeights.defaults(), List.of()),
        "StartModuleRecommendation.ranking must hold at least one element, but was []",
        "StartModuleRecommendation",
        "ranking",
        "[]");
  }

  @Test
  void recommendation_ranksNotOneToN() {
    RankedModule third = new RankedModule(
        3, SECOND.module(), SECOND.score(), SECOND.contributions(), SECOND.reasons());

    assertInvalid(
        () -> new StartModuleRecommendation(CriterionWeights.defaults(), List.of(FIRST, third)),
        "StartModuleRecommendation.ranking[1].rank must be 2, but was 3",
        "StartModuleRecommendation",
        "ranking[1].rank",
        "3");
  }

  @Test
  void recommendation_moduleTwice() {
    RankedModule again = new RankedModule(
        2, FIRST.module(), FIRST.score(), FIRST.contributions(), FIRST.reasons());

    assertInvalid(
        () -> new StartModuleRecommendation(CriterionWeights.defaults(), List.of(FIRST, again)),
        "StartModuleRecommendation.ranking[1].module must not repeat a module, but was ANALYTICAL",
        "StartModuleRecommendation",
        "ranking[1].module",
        "ANALYTICAL");
  }

  @Test
  void recommendation_weighedWithOtherWeights() {
    CriterionWeights other = CriterionWeights.defaults().with(RETURN_ON_INVESTMENT, 0.5);

    assertInvalid(
        () -> new StartModuleRecommendation(other, PHARMA.ranking()),
        "StartModuleRecommendation.ranking[0].contributions[RETURN_ON_INVESTMENT].weight must be"
            + " the recommendation's weight (0.5), but was 1.0",
        "StartModuleRecommendation",
        "ranking[0].contributions[RETURN_ON_INVESTMENT].weight",
        "1.0");
  }

  @Test
  void recommendation_outOfOrder() {
    RankedModule sfaFirst = new RankedModule(
        1, SECOND.module(), SECOND.score(), SECOND.contributions(), SECOND.reasons());
    RankedModule analyticalSecond = new RankedModule(
        2, FIRST.module(), FIRST.score(), FIRST.contributions(), FIRST.reasons());

    assertInvalid(
        () -> new StartModuleRecommendation(
            CriterionWeights.defaults(), List.of(sfaFirst, analyticalSecond)),
        "StartModuleRecommendation.ranking[1].module must not rank below SFA: modules go by score,"
            + " then by the primary criteria, then in declaration order, but was ANALYTICAL",
        "StartModuleRecommendation",
        "ranking[1].module",
        "ANALYTICAL");
    assertThatThrownBy(() -> new StartModuleRecommendation(null, PHARMA.ranking()))
        .isInstanceOf(NullPointerException.class);
  }
}
