package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.startmodule.ImmutableStartModuleChoice;
import org.crmmethod.core.startmodule.ImmutableStartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleRisk;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionContribution;
import org.crmmethod.core.startmodule.recommendation.CriterionRating;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The wire format of the start-module choice and its recommendation: {@code
 * org.crmmethod.core.startmodule} and {@code org.crmmethod.core.startmodule.recommendation}.
 *
 * <p>Every value is a JSON object whose property names are the model's accessor names, in the
 * order the model declares them; modules, criteria, risks and method facts are written by their
 * enum names and dates as ISO-8601 days. Sets of enums come out in the enums' declaration order.
 *
 * <ul>
 *   <li>The recommendation's values are records, written by their components and read through
 *       their canonical constructors, every component required. Ratings, weights, contributions and
 *       scores are finite numbers (see {@link FiniteNumbers}).
 *   <li>{@link CriterionWeights} is an object with one property, {@code weights}: an object from
 *       criterion name to weight, in the criteria's declaration order, every criterion present.
 *   <li>A {@link StartModuleRecommendation} is a document of its own: {@code schemaVersion}
 *       first, then its weights and its ranking; the recommended module is the first of the
 *       ranking and not written again. Reading checks what
 *       the records check: each contribution and score is exactly what its weight and rating give,
 *       ranks run from 1 in the documented order and every contribution carries the
 *       recommendation's weight, so a document whose figures disagree is refused, naming the field
 *       ({@code /ranking/0/score}).
 * </ul>
 */
final class StartModuleMixIns {
  private StartModuleMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(StartModuleChoice.class, StartModuleChoiceMixIn.class);
    context.setMixIn(ImmutableStartModuleChoice.Builder.class, StartModuleChoiceBuilderMixIn.class);
    context.setMixIn(StartModuleProfile.class, StartModuleProfileMixIn.class);
    context.setMixIn(
        ImmutableStartModuleProfile.Builder.class, StartModuleProfileBuilderMixIn.class);
    context.setMixIn(CriterionWeights.class, CriterionWeightsMixIn.class);
    context.setMixIn(CriterionRating.class, CriterionRatingMixIn.class);
    context.setMixIn(CandidateAssessment.class, CandidateAssessmentMixIn.class);
    context.setMixIn(CriterionContribution.class, CriterionContributionMixIn.class);
    context.setMixIn(RankedModule.class, RankedModuleMixIn.class);
    context.setMixIn(StartModuleRecommendation.class, StartModuleRecommendationMixIn.class);
  }

  @JsonPropertyOrder({"module", "criteria", "decidedOn", "rationale"})
  @JsonDeserialize(builder = StartModuleChoice.Builder.class)
  abstract static class StartModuleChoiceMixIn extends ValueMixIn {
    @JsonProperty("module")
    abstract CrmModule module();

    @JsonProperty("criteria")
    abstract Set<StartModuleCriterion> criteria();

    @JsonProperty("decidedOn")
    abstract LocalDate decidedOn();

    @JsonProperty("rationale")
    abstract Optional<String> rationale();
  }

  abstract static class StartModuleChoiceBuilderMixIn extends BuilderMixIn {
    @JsonProperty("module")
    abstract Object module(CrmModule value);

    @JsonProperty("criteria")
    abstract Object criteria(Iterable<StartModuleCriterion> value);

    @JsonProperty("decidedOn")
    abstract Object decidedOn(LocalDate value);

    @JsonProperty("rationale")
    abstract Object rationale(Optional<String> value);
  }

  @JsonPropertyOrder({"module", "strengths", "riskFactors", "summary", "facts"})
  @JsonDeserialize(builder = StartModuleProfile.Builder.class)
  abstract static class StartModuleProfileMixIn extends ValueMixIn {
    @JsonProperty("module")
    abstract CrmModule module();

    @JsonProperty("strengths")
    abstract Set<StartModuleCriterion> strengths();

    @JsonProperty("riskFactors")
    abstract Set<StartModuleRisk> riskFactors();

    @JsonProperty("summary")
    abstract String summary();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class StartModuleProfileBuilderMixIn extends BuilderMixIn {
    @JsonProperty("module")
    abstract Object module(CrmModule value);

    @JsonProperty("strengths")
    abstract Object strengths(Iterable<StartModuleCriterion> value);

    @JsonProperty("riskFactors")
    abstract Object riskFactors(Iterable<StartModuleRisk> value);

    @JsonProperty("summary")
    abstract Object summary(String value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({"weights"})
  abstract static class CriterionWeightsMixIn extends RecordMixIn {
    @JsonProperty("weights")
    @JsonSerialize(contentUsing = FiniteNumbers.DoubleWriter.class)
    @JsonDeserialize(contentUsing = FiniteNumbers.DoubleReader.class)
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract Map<StartModuleCriterion, Double> weights();
  }

  @JsonPropertyOrder({"criterion", "rating", "basis"})
  abstract static class CriterionRatingMixIn extends RecordMixIn {
    @JsonProperty("criterion")
    abstract StartModuleCriterion criterion();

    @JsonProperty("rating")
    @FiniteDouble
    abstract double rating();

    @JsonProperty("basis")
    abstract String basis();
  }

  @JsonPropertyOrder({"module", "ratings"})
  abstract static class CandidateAssessmentMixIn extends RecordMixIn {
    @JsonProperty("module")
    abstract CrmModule module();

    @JsonProperty("ratings")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<CriterionRating> ratings();
  }

  @JsonPropertyOrder({"criterion", "rating", "weight", "contribution", "basis"})
  abstract static class CriterionContributionMixIn extends RecordMixIn {
    @JsonProperty("criterion")
    abstract StartModuleCriterion criterion();

    @JsonProperty("rating")
    @FiniteDouble
    abstract double rating();

    @JsonProperty("weight")
    @FiniteDouble
    abstract double weight();

    @JsonProperty("contribution")
    @FiniteDouble
    abstract double contribution();

    @JsonProperty("basis")
    abstract String basis();
  }

  @JsonPropertyOrder({"rank", "module", "score", "contributions", "reasons"})
  abstract static class RankedModuleMixIn extends RecordMixIn {
    @JsonProperty("rank")
    abstract int rank();

    @JsonProperty("module")
    abstract CrmModule module();

    @JsonProperty("score")
    @FiniteDouble
    abstract double score();

    @JsonProperty("contributions")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<CriterionContribution> contributions();

    @JsonProperty("reasons")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<String> reasons();
  }

  @VersionedDocument
  @JsonPropertyOrder({"weights", "ranking"})
  abstract static class StartModuleRecommendationMixIn extends RecordMixIn {
    @JsonProperty("weights")
    abstract CriterionWeights weights();

    @JsonProperty("ranking")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<RankedModule> ranking();
  }
}
