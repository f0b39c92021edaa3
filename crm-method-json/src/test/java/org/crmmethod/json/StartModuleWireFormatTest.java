package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.json.RoundTrips.assertRoundTrips;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionContribution;
import org.crmmethod.core.startmodule.recommendation.CriterionRating;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of start-module recommendations (F02-F04): every value round-trips, a pinned
 * document per type shows its exact property names, and documents whose figures disagree are
 * refused with the field named.
 */
class StartModuleWireFormatTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final StartModuleRecommendation PHARMA =
      StartModuleRecommender.standard().recommend(PharmaReferencePlan.plan().context());

  private static CrmJsonException readFailure(String document, Class<?> type) {
    try {
      JSON.read(document, type);
    } catch (CrmJsonException failure) {
      return failure;
    }
    throw new AssertionError("the document was read, but should have been refused:\n" + document);
  }

  private static ObjectNode tree(Object value) {
    return (ObjectNode) JSON.mapper().readTree(JSON.write(value));
  }

  // ---- Round trips ----

  @Test
  @DisplayName("F04: the pharmaceutical recommendation round-trips, byte for byte")
  void pharmaRecommendation_roundTrips() {
    assertRoundTrips(PHARMA, StartModuleRecommendation.class);
    assertThat(JSON.read(JSON.write(PHARMA), StartModuleRecommendation.class).recommended())
        .isEqualTo(CrmModule.ANALYTICAL);
  }

  @Test
  void everyRecommendationValue_roundTrips() {
    RankedModule first = PHARMA.first();
    assertRoundTrips(PHARMA.weights(), CriterionWeights.class);
    assertRoundTrips(CriterionWeights.defaults().with(StartModuleCriterion.AWAITED_BY_USERS, 0.1), CriterionWeights.class);
    assertRoundTrips(first, RankedModule.class);
    assertRoundTrips(first.contribution(StartModuleCriterion.LOW_LEGACY_RISK), CriterionContribution.class);
    for (CandidateAssessment assessment : PHARMA.assessments()) {
      assertRoundTrips(assessment, CandidateAssessment.class);
      assertRoundTrips(assessment.ratings().get(0), CriterionRating.class);
    }
  }

  // ---- Pinned documents ----

  @Test
  void criterionWeights_pinned() {
    assertThat(JSON.write(CriterionWeights.defaults().with(StartModuleCriterion.RETURN_ON_INVESTMENT, 0.5)))
        .isEqualTo(
            """
            {
              "weights" : {
                "CUSTOMER_CULTURE_SHIFT" : 3.0,
                "ENABLES_LATER_STEPS" : 3.0,
                "AWAITED_BY_USERS" : 3.0,
                "EASE_OF_IMPLEMENTATION" : 1.0,
                "FEW_HOMOGENEOUS_PEOPLE" : 1.0,
                "RETURN_ON_INVESTMENT" : 0.5,
                "LOW_LEGACY_RISK" : 2.0
              }
            }""");
  }

  @Test
  void recommendation_pinned_namesAndOrder() {
    ObjectNode document = tree(PHARMA);
    JsonNode first = document.get("ranking").get(0);

    assertThat(document.propertyNames()).containsExactly("schemaVersion", "weights", "ranking");
    assertThat(first.propertyNames())
        .containsExactly("rank", "module", "score", "contributions", "reasons");
    assertThat(first.get("module").asString()).isEqualTo("ANALYTICAL");
    assertThat(first.get("score").asDouble()).isEqualTo(PHARMA.first().score());
    assertThat(first.get("reasons").get(0).asString())
        .isEqualTo("Ranked 1 of 2 with 3.71 of 5, 1.54 ahead of Sales force automation.");
    assertThat(JSON.write(PHARMA.ranked(CrmModule.SFA).orElseThrow()
            .contribution(StartModuleCriterion.LOW_LEGACY_RISK)))
        .isEqualTo(
            """
            {
              "criterion" : "LOW_LEGACY_RISK",
              "rating" : 0.0,
              "weight" : 2.0,
              "contribution" : 0.0,
              "basis" : "The legacy system 'In-house sales force system' brings 3 of the 3 risk factors\
             the method names against starting with Sales force automation: an obsolete system in place,\
             past failures, settled habits (F03)."
            }""");
    assertThat(JSON.write(new CriterionRating(StartModuleCriterion.AWAITED_BY_USERS, 4.5, "Asked for.")))
        .isEqualTo(
            """
            {
              "criterion" : "AWAITED_BY_USERS",
              "rating" : 4.5,
              "basis" : "Asked for."
            }""");
  }

  // ---- Refusals ----

  @Test
  @DisplayName("F02: a stored score its own ratings contradict is refused, naming the field")
  void recommendation_withAScoreItsRatingsContradict_isRefused() {
    ObjectNode document = tree(PHARMA);
    ((ObjectNode) document.get("ranking").get(0)).put("score", 4.5);

    CrmJsonException failure = readFailure(document.toString(), StartModuleRecommendation.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/ranking/0/score");
    assertThat(failure.detail()).contains("RankedModule.score must be the weighted mean of the ratings");
  }

  @Test
  void recommendation_outOfOrderOrWeighedOtherwise_isRefused() {
    ObjectNode swapped = tree(PHARMA);
    JsonNode first = swapped.get("ranking").get(0);
    JsonNode second = swapped.get("ranking").get(1);
    ((ObjectNode) first).put("rank", 2);
    ((ObjectNode) second).put("rank", 1);
    swapped.putArray("ranking").add(second).add(first);

    CrmJsonException order = readFailure(swapped.toString(), StartModuleRecommendation.class);
    assertThat(order.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(order.detail()).contains("must not rank below SFA");

    ObjectNode reweighed = tree(PHARMA);
    ((ObjectNode) reweighed.get("weights").get("weights")).put("RETURN_ON_INVESTMENT", 2.0);
    CrmJsonException weight = readFailure(reweighed.toString(), StartModuleRecommendation.class);
    assertThat(weight.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(weight.detail()).contains("must be the recommendation's weight (2.0)");
  }

  @Test
  void weightsAndRatings_badFigures_areRefused() {
    CrmJsonException missing =
        readFailure("{\"weights\" : {\"AWAITED_BY_USERS\" : 1.0}}", CriterionWeights.class);
    assertThat(missing.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(missing.pointer()).isEqualTo("/weights");
    assertThat(missing.detail()).contains("must weigh every criterion");

    CrmJsonException unknownCriterion =
        readFailure("{\"weights\" : {\"PRICE\" : 1.0}}", CriterionWeights.class);
    assertThat(unknownCriterion.pointer()).startsWith("/weights");

    CrmJsonException notANumber = readFailure(
        "{\"criterion\" : \"AWAITED_BY_USERS\", \"rating\" : \"NaN\", \"basis\" : \"Why.\"}",
        CriterionRating.class);
    assertThat(notANumber.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(notANumber.pointer()).isEqualTo("/rating");

    CrmJsonException offScale = readFailure(
        "{\"criterion\" : \"AWAITED_BY_USERS\", \"rating\" : 6, \"basis\" : \"Why.\"}",
        CriterionRating.class);
    assertThat(offScale.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(offScale.detail()).contains("CriterionRating.rating must be from 0.0 to 5.0, but was 6.0");

    CrmJsonException noBasis =
        readFailure("{\"criterion\" : \"AWAITED_BY_USERS\", \"rating\" : 3}", CriterionRating.class);
    assertThat(noBasis.problem()).isEqualTo(Problem.MISSING_PROPERTY);

    CrmJsonException nullWeight =
        readFailure("{\"weights\" : {\"AWAITED_BY_USERS\" : null}}", CriterionWeights.class);
    assertThat(nullWeight.pointer()).startsWith("/weights");
  }

  @Test
  void assessment_withACriterionRatedTwice_isRefused() {
    List<CriterionRating> ratings = new ArrayList<>(PHARMA.assessments().get(0).ratings());
    ObjectNode document = tree(PHARMA.assessments().get(0));
    ((ObjectNode) document.get("ratings").get(1)).put("criterion", ratings.get(0).criterion().name());

    CrmJsonException failure = readFailure(document.toString(), CandidateAssessment.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/ratings");
    assertThat(failure.detail()).contains("must name each criterion once");
  }
}
