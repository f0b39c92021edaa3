package org.crmmethod.core.startmodule.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.PlanGenerators;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of start-module scoring over random ratings and weights: scores are monotone in each
 * rating, the ranking ignores the scale of the weights and the order of the candidates, and every
 * ranking is one the values accept.
 */
class StartModuleRecommenderPropertiesTest {
  private static final int CRITERIA = StartModuleCriterion.values().length;
  private static final int MODULES = CrmModule.values().length;

  /** Ratings anywhere on the scale, and often on a half-point grid so that ties occur. */
  private static Gen<Double> ratings() {
    return doubles().between(0, 5).mix(integers().between(0, 10).map(half -> half / 2.0), 50);
  }

  /** Non-negative weights, often whole numbers and sometimes zero. */
  private static Gen<Double> anyWeights() {
    return doubles().between(0, 10).mix(integers().between(0, 5).map(Integer::doubleValue), 50);
  }

  private static Gen<CriterionWeights> weights(Gen<Double> each) {
    return lists().of(each).ofSize(CRITERIA).map(StartModuleRecommenderPropertiesTest::weightsOf);
  }

  private static CriterionWeights weightsOf(List<Double> values) {
    Map<StartModuleCriterion, Double> weights = new EnumMap<>(StartModuleCriterion.class);
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      weights.put(criterion, values.get(criterion.ordinal()));
    }
    if (values.stream().allMatch(weight -> weight == 0)) {
      weights.put(StartModuleCriterion.AWAITED_BY_USERS, 1.0);
    }
    return new CriterionWeights(weights);
  }

  /** One to five candidates, distinct modules, each rated on every criterion. */
  private static Gen<List<CandidateAssessment>> candidates() {
    return lists()
        .of(lists().of(ratings()).ofSize(CRITERIA))
        .ofSizeBetween(1, MODULES)
        .zip(longs().all(), StartModuleRecommenderPropertiesTest::candidatesOf);
  }

  private static List<CandidateAssessment> candidatesOf(List<List<Double>> ratings, long seed) {
    List<CrmModule> modules = new ArrayList<>(List.of(CrmModule.values()));
    Collections.shuffle(modules, new Random(seed));
    List<CandidateAssessment> candidates = new ArrayList<>();
    for (int i = 0; i < ratings.size(); i++) {
      List<CriterionRating> rated = new ArrayList<>();
      for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
        rated.add(new CriterionRating(
            criterion, ratings.get(i).get(criterion.ordinal()), "Rated for the property."));
      }
      candidates.add(new CandidateAssessment(modules.get(i), rated));
    }
    return candidates;
  }

  private static List<CrmModule> order(StartModuleRecommendation recommendation) {
    return recommendation.ranking().stream().map(RankedModule::module).toList();
  }

  private static List<Double> scores(StartModuleRecommendation recommendation) {
    return recommendation.ranking().stream().map(RankedModule::score).toList();
  }

  @Test
  @DisplayName("F02-F04: raising one rating never lowers the module's score nor its rank")
  void raisingARating_neverLowersScoreOrRank() {
    qt().forAll(
            candidates(),
            weights(anyWeights()),
            integers().between(0, CRITERIA - 1),
            doubles().between(0, 5))
        .checkAssert((candidates, weights, criterionIndex, raise) -> {
          StartModuleRecommender recommender = StartModuleRecommender.of(weights);
          StartModuleCriterion criterion = StartModuleCriterion.values()[criterionIndex];
          CandidateAssessment raised = candidates.get(0);
          double rating = Math.min(5, raised.rating(criterion).rating() + raise);
          List<CandidateAssessment> after = new ArrayList<>(candidates);
          after.set(0, raised.with(criterion, rating, "Raised."));

          RankedModule before = recommender.rank(candidates).ranked(raised.module()).orElseThrow();
          RankedModule now = recommender.rank(after).ranked(raised.module()).orElseThrow();

          assertThat(now.score()).isGreaterThanOrEqualTo(before.score());
          assertThat(now.rank()).isLessThanOrEqualTo(before.rank());
        });
  }

  @Test
  @DisplayName("F02: weights multiplied by a positive whole number give the same ranking and scores")
  void scalingWholeWeights_keepsTheRanking() {
    Gen<Double> wholeWeights = integers().between(0, 10).map(Integer::doubleValue);
    qt().forAll(candidates(), lists().of(wholeWeights).ofSize(CRITERIA), integers().between(1, 1_000))
        .checkAssert((candidates, values, factor) -> {
          CriterionWeights weights = weightsOf(values);
          CriterionWeights scaled = weightsOf(values.stream().map(weight -> weight * factor).toList());

          StartModuleRecommendation plain = StartModuleRecommender.of(weights).rank(candidates);
          StartModuleRecommendation bigger = StartModuleRecommender.of(scaled).rank(candidates);

          assertThat(order(bigger)).isEqualTo(order(plain));
          assertThat(scores(bigger)).isEqualTo(scores(plain));
          assertThat(bigger.tiedFirst()).isEqualTo(plain.tiedFirst());
        });
  }

  @Test
  @DisplayName("F02: any weights multiplied by a power of two give the same ranking and scores")
  void scalingAnyWeightsByAPowerOfTwo_keepsTheRanking() {
    qt().forAll(candidates(), lists().of(anyWeights()).ofSize(CRITERIA), integers().between(-30, 30))
        .checkAssert((candidates, values, exponent) -> {
          double factor = Math.scalb(1.0, exponent);
          CriterionWeights weights = weightsOf(values);
          CriterionWeights scaled = weightsOf(values.stream().map(weight -> weight * factor).toList());

          StartModuleRecommendation plain = StartModuleRecommender.of(weights).rank(candidates);
          StartModuleRecommendation other = StartModuleRecommender.of(scaled).rank(candidates);

          assertThat(order(other)).isEqualTo(order(plain));
          assertThat(scores(other)).isEqualTo(scores(plain));
        });
  }

  @Test
  void theOrderOfTheCandidates_changesNothing() {
    qt().forAll(candidates(), weights(anyWeights()), longs().all())
        .checkAssert((candidates, weights, seed) -> {
          List<CandidateAssessment> shuffled = new ArrayList<>(candidates);
          Collections.shuffle(shuffled, new Random(seed));
          StartModuleRecommender recommender = StartModuleRecommender.of(weights);

          assertThat(recommender.rank(shuffled)).isEqualTo(recommender.rank(candidates));
        });
  }

  @Test
  void everyRanking_isOrderedByScore_andItsContributionsAddUpToTheScore() {
    qt().forAll(candidates(), weights(anyWeights()))
        .checkAssert((candidates, weights) -> {
          StartModuleRecommendation recommendation = StartModuleRecommender.of(weights).rank(candidates);

          assertThat(recommendation.ranking()).hasSameSizeAs(candidates);
          assertThat(scores(recommendation)).isSortedAccordingTo(Collections.reverseOrder());
          for (RankedModule ranked : recommendation.ranking()) {
            double sum = ranked.contributions().stream()
                .mapToDouble(CriterionContribution::contribution).sum();
            assertThat(ranked.score()).isBetween(0.0, 5.0).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
          }
          assertThat(new StartModuleRecommendation(weights, recommendation.ranking()))
              .isEqualTo(recommendation);
          assertThat(StartModuleRecommender.of(weights).rank(recommendation.assessments()))
              .isEqualTo(recommendation);
          assertThat(recommendation.tiedFirst()).startsWith(recommendation.recommended());
        });
  }

  @Test
  @DisplayName("F01-F04: any context gives a ranking of exactly its modules, every rating naming its facts")
  void anyContext_ranksItsModules_withReasonsNamingFacts() {
    qt().forAll(PlanGenerators.projectContexts())
        .checkAssert(context -> {
          StartModuleRecommendation recommendation = StartModuleRecommender.standard().recommend(context);

          assertThat(order(recommendation)).containsExactlyInAnyOrderElementsOf(context.modules());
          for (RankedModule ranked : recommendation.ranking()) {
            assertThat(ranked.contributions())
                .allSatisfy(c -> assertThat(c.basis()).containsPattern("\\(F\\d\\d[,)]"));
          }
          if (context.modules().contains(CrmModule.ANALYTICAL)) {
            assertThat(recommendation.recommended()).isEqualTo(CrmModule.ANALYTICAL);
          }
        });
  }
}
