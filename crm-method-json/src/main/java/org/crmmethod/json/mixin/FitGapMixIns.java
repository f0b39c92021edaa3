package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.CoverageWeights;
import org.crmmethod.core.fitgap.DegreeOfFit;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.Gap;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.ImmutableCoverageWeights;
import org.crmmethod.core.fitgap.ImmutableFitAssessment;
import org.crmmethod.core.fitgap.ImmutableFitGapAnalysis;
import org.crmmethod.core.fitgap.ImmutableRequirement;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.fitgap.Solver;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of the fit-gap analysis: {@code org.crmmethod.core.fitgap}.
 *
 * <ul>
 *   <li>The plan side ({@link FitGapAnalysis}, {@link Requirement}, {@link FitAssessment}) and
 *       {@link CoverageWeights}, a part of the results, are value types, written by their
 *       attributes and read through their builders, exactly as the plan's other values. A plan's
 *       analysis is its {@code fitGap} property. Costs and budgets are {@link Money}, amounts as
 *       decimal strings. Weights are always written, a missing weight reads as its default.
 *   <li>The results ({@link FitGapReport}, {@link Coverage}, {@link Gap}, {@link DegreeOfFit},
 *       {@link GapClosurePlan}) are records, written by their components and read through their
 *       canonical constructors, every component required; what they compute from their components
 *       (total and planned costs, shares, whether a plan is over budget) is not written. Coverage
 *       by priority and by module and the counts by fit are objects keyed by the enum constants'
 *       names, written in the constants' order. Shares and efforts are finite numbers (see {@link
 *       FiniteNumbers}).
 *   <li>A {@link FitGapReport} and a {@link GapClosurePlan} are result documents of their own:
 *       {@code schemaVersion} comes first, and the reader checks it before the components.
 * </ul>
 */
final class FitGapMixIns {
  private FitGapMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(FitGapAnalysis.class, FitGapAnalysisMixIn.class);
    context.setMixIn(ImmutableFitGapAnalysis.Builder.class, FitGapAnalysisBuilderMixIn.class);
    context.setMixIn(Requirement.class, RequirementMixIn.class);
    context.setMixIn(ImmutableRequirement.Builder.class, RequirementBuilderMixIn.class);
    context.setMixIn(FitAssessment.class, FitAssessmentMixIn.class);
    context.setMixIn(ImmutableFitAssessment.Builder.class, FitAssessmentBuilderMixIn.class);
    context.setMixIn(CoverageWeights.class, CoverageWeightsMixIn.class);
    context.setMixIn(ImmutableCoverageWeights.Builder.class, CoverageWeightsBuilderMixIn.class);
    context.setMixIn(FitGapReport.class, FitGapReportMixIn.class);
    context.setMixIn(Coverage.class, CoverageMixIn.class);
    context.setMixIn(Gap.class, GapMixIn.class);
    context.setMixIn(DegreeOfFit.class, DegreeOfFitMixIn.class);
    context.setMixIn(GapClosurePlan.class, GapClosurePlanMixIn.class);
  }

  // ---- The plan side ----

  @JsonPropertyOrder({"requirements", "assessments", "budget", "gapsToClose"})
  @JsonDeserialize(builder = FitGapAnalysis.Builder.class)
  abstract static class FitGapAnalysisMixIn extends ValueMixIn {
    @JsonProperty("requirements")
    abstract List<Requirement> requirements();

    @JsonProperty("assessments")
    abstract List<FitAssessment> assessments();

    @JsonProperty("budget")
    abstract Money budget();

    @JsonProperty("gapsToClose")
    abstract Set<String> gapsToClose();
  }

  abstract static class FitGapAnalysisBuilderMixIn extends BuilderMixIn {
    @JsonProperty("requirements")
    abstract Object requirements(Iterable<? extends Requirement> value);

    @JsonProperty("assessments")
    abstract Object assessments(Iterable<? extends FitAssessment> value);

    @JsonProperty("budget")
    abstract Object budget(Money value);

    @JsonProperty("gapsToClose")
    abstract Object gapsToClose(Iterable<String> value);
  }

  @JsonPropertyOrder({"id", "statement", "source", "module", "priority"})
  @JsonDeserialize(builder = Requirement.Builder.class)
  abstract static class RequirementMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("statement")
    abstract String statement();

    @JsonProperty("source")
    abstract String source();

    @JsonProperty("module")
    abstract CrmModule module();

    @JsonProperty("priority")
    abstract Priority priority();
  }

  abstract static class RequirementBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("statement")
    abstract Object statement(String value);

    @JsonProperty("source")
    abstract Object source(String value);

    @JsonProperty("module")
    abstract Object module(CrmModule value);

    @JsonProperty("priority")
    abstract Object priority(Priority value);
  }

  @JsonPropertyOrder({"requirement", "fit", "effortDays", "cost", "resolutionOptions"})
  @JsonDeserialize(builder = FitAssessment.Builder.class)
  abstract static class FitAssessmentMixIn extends ValueMixIn {
    @JsonProperty("requirement")
    abstract String requirement();

    @JsonProperty("fit")
    abstract PackageFit fit();

    @JsonProperty("effortDays")
    abstract double effortDays();

    @JsonProperty("cost")
    abstract Money cost();

    @JsonProperty("resolutionOptions")
    abstract List<String> resolutionOptions();
  }

  abstract static class FitAssessmentBuilderMixIn extends BuilderMixIn {
    @JsonProperty("requirement")
    abstract Object requirement(String value);

    @JsonProperty("fit")
    abstract Object fit(PackageFit value);

    @JsonProperty("effortDays")
    abstract Object effortDays(double value);

    @JsonProperty("cost")
    abstract Object cost(Money value);

    @JsonProperty("resolutionOptions")
    abstract Object resolutionOptions(Iterable<String> value);
  }

  @JsonPropertyOrder({"must", "should", "could"})
  @JsonDeserialize(builder = CoverageWeights.Builder.class)
  abstract static class CoverageWeightsMixIn extends ValueMixIn {
    @JsonProperty("must")
    abstract int must();

    @JsonProperty("should")
    abstract int should();

    @JsonProperty("could")
    abstract int could();
  }

  abstract static class CoverageWeightsBuilderMixIn extends BuilderMixIn {
    @JsonProperty("must")
    abstract Object must(int value);

    @JsonProperty("should")
    abstract Object should(int value);

    @JsonProperty("could")
    abstract Object could(int value);
  }

  // ---- Results ----

  @VersionedDocument
  @JsonPropertyOrder({
    "overall",
    "byPriority",
    "byModule",
    "gaps",
    "unassessed",
    "budget",
    "fitCost",
    "fitEffortDays",
    "weightedCoverage",
    "degreeOfFit",
    "weights"
  })
  abstract static class FitGapReportMixIn extends RecordMixIn {
    @JsonProperty("overall")
    abstract Coverage overall();

    @JsonProperty("byPriority")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract Map<Priority, Coverage> byPriority();

    @JsonProperty("byModule")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract Map<CrmModule, Coverage> byModule();

    @JsonProperty("gaps")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<Gap> gaps();

    @JsonProperty("unassessed")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<Requirement> unassessed();

    @JsonProperty("budget")
    abstract Money budget();

    @JsonProperty("fitCost")
    abstract Money fitCost();

    @JsonProperty("fitEffortDays")
    @FiniteDouble
    abstract double fitEffortDays();

    @JsonProperty("weightedCoverage")
    @FiniteDouble
    abstract double weightedCoverage();

    @JsonProperty("degreeOfFit")
    abstract DegreeOfFit degreeOfFit();

    @JsonProperty("weights")
    abstract CoverageWeights weights();
  }

  @JsonPropertyOrder({"requirements", "coveredByPackage", "gapsToClose", "openGaps", "unassessed"})
  abstract static class CoverageMixIn extends RecordMixIn {
    @JsonProperty("requirements")
    abstract int requirements();

    @JsonProperty("coveredByPackage")
    abstract int coveredByPackage();

    @JsonProperty("gapsToClose")
    abstract int gapsToClose();

    @JsonProperty("openGaps")
    abstract int openGaps();

    @JsonProperty("unassessed")
    abstract int unassessed();
  }

  @JsonPropertyOrder({"requirement", "assessment", "toClose"})
  abstract static class GapMixIn extends RecordMixIn {
    @JsonProperty("requirement")
    abstract Requirement requirement();

    @JsonProperty("assessment")
    abstract FitAssessment assessment();

    @JsonProperty("toClose")
    abstract boolean toClose();
  }

  @JsonPropertyOrder({"byFit", "unassessed", "weightedFit"})
  abstract static class DegreeOfFitMixIn extends RecordMixIn {
    @JsonProperty("byFit")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract Map<PackageFit, Integer> byFit();

    @JsonProperty("unassessed")
    abstract int unassessed();

    @JsonProperty("weightedFit")
    @FiniteDouble
    abstract double weightedFit();
  }

  @VersionedDocument
  @JsonPropertyOrder({
    "budget",
    "fitCost",
    "gapsToClose",
    "cost",
    "effortDays",
    "value",
    "valueBound",
    "solver",
    "weightedCoverage",
    "openMustHaves",
    "weights"
  })
  abstract static class GapClosurePlanMixIn extends RecordMixIn {
    @JsonProperty("budget")
    abstract Money budget();

    @JsonProperty("fitCost")
    abstract Money fitCost();

    @JsonProperty("gapsToClose")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<String> gapsToClose();

    @JsonProperty("cost")
    abstract Money cost();

    @JsonProperty("effortDays")
    @FiniteDouble
    abstract double effortDays();

    @JsonProperty("value")
    abstract long value();

    @JsonProperty("valueBound")
    abstract long valueBound();

    @JsonProperty("solver")
    abstract Solver solver();

    @JsonProperty("weightedCoverage")
    @FiniteDouble
    abstract double weightedCoverage();

    @JsonProperty("openMustHaves")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<String> openMustHaves();

    @JsonProperty("weights")
    abstract CoverageWeights weights();
  }
}
