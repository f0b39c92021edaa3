package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.Histogram;
import org.crmmethod.core.forecast.ImmutableFinishDriver;
import org.crmmethod.core.forecast.ImmutableHistogram;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.plan.ProjectPlan;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The wire format of forecasts: {@code org.crmmethod.core.forecast}.
 *
 * <ul>
 *   <li>A {@link Forecast} is written as the parts a simulation produced and nothing it derives
 *       from them: {@code seed}, {@code distribution}, {@code activityIds} (plan order), {@code
 *       sortedDurations} (every iteration's project duration, ascending; their number is the number
 *       of iterations) and {@code sensitivity} (every activity's correlation and criticality index,
 *       ranked). The mean, standard deviation, percentiles and the map of criticality indices are
 *       computed again on reading. Reading goes through {@link Forecast#restore}, which refuses
 *       parts that disagree: unsorted durations, drivers that do not match the ids or are not in
 *       rank order, criticality indices that are no whole number of iterations.
 *   <li>A {@link PertAnalysis} is a pure function of its plan. It is written as the plan, nested in
 *       the plan's own format, followed by its summary figures {@code meanWorkingDays}, {@code
 *       variance} and {@code criticalPath} for readers of the document. Reading analyses the plan
 *       again ({@link PertAnalysis#restore}) and refuses the document if a stored figure is not
 *       exactly the one the plan gives. The standard deviation and the per-activity means and
 *       variances are derived and not written.
 *   <li>A {@link Credibility} is written by its record components, its forecast nested.
 *   <li>{@link Histogram} and {@link FinishDriver} are written by their attributes.
 * </ul>
 *
 * <p>A forecast, a PERT analysis and a credibility are documents: each starts with {@code
 * schemaVersion}, a forecast also where it is nested in a credibility or a what-if, and a plan
 * nested in an analysis keeps its own. A histogram and a finish driver are parts and carry none.
 *
 * <p>Every figure is a finite JSON number, written in the shortest form that reads back as the same
 * double; a non-finite figure cannot be written (see {@link FiniteNumbers}).
 */
final class ForecastMixIns {
  private ForecastMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(Forecast.class, ForecastMixIn.class);
    context.setMixIn(FinishDriver.class, FinishDriverMixIn.class);
    context.setMixIn(ImmutableFinishDriver.Builder.class, FinishDriverBuilderMixIn.class);
    context.setMixIn(Histogram.class, HistogramMixIn.class);
    context.setMixIn(ImmutableHistogram.Builder.class, HistogramBuilderMixIn.class);
    context.setMixIn(PertAnalysis.class, PertAnalysisMixIn.class);
    context.setMixIn(Credibility.class, CredibilityMixIn.class);
  }

  @VersionedDocument
  @JsonPropertyOrder({"seed", "distribution", "activityIds", "sortedDurations", "sensitivity"})
  abstract static class ForecastMixIn extends ValueMixIn {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Forecast restore(
        @JsonProperty("seed") long seed,
        @JsonProperty("distribution") DurationDistribution distribution,
        @JsonProperty("activityIds") @JsonSetter(contentNulls = Nulls.FAIL)
            List<String> activityIds,
        @JsonProperty("sortedDurations") @JsonDeserialize(using = FiniteNumbers.ArrayReader.class)
            double[] sortedDurations,
        @JsonProperty("sensitivity") @JsonSetter(contentNulls = Nulls.FAIL)
            List<FinishDriver> sensitivity) {
      throw new AssertionError("a mix-in is never called");
    }

    @JsonProperty("seed")
    abstract long seed();

    @JsonProperty("distribution")
    abstract DurationDistribution distribution();

    @JsonProperty("activityIds")
    abstract List<String> activityIds();

    @JsonProperty("sortedDurations")
    @JsonSerialize(using = FiniteNumbers.ArrayWriter.class)
    abstract double[] sortedDurations();

    @JsonProperty("sensitivity")
    abstract List<FinishDriver> sensitivity();
  }

  @JsonPropertyOrder({"activityId", "correlation", "criticalityIndex"})
  @JsonDeserialize(builder = FinishDriver.Builder.class)
  abstract static class FinishDriverMixIn extends ValueMixIn {
    @JsonProperty("activityId")
    abstract String activityId();

    @JsonProperty("correlation")
    abstract double correlation();

    @JsonProperty("criticalityIndex")
    abstract double criticalityIndex();
  }

  abstract static class FinishDriverBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activityId")
    abstract Object activityId(String value);

    @JsonProperty("correlation")
    abstract Object correlation(double value);

    @JsonProperty("criticalityIndex")
    abstract Object criticalityIndex(double value);
  }

  @JsonPropertyOrder({"edges", "counts"})
  @JsonDeserialize(builder = Histogram.Builder.class)
  abstract static class HistogramMixIn extends ValueMixIn {
    @JsonProperty("edges")
    abstract List<Double> edges();

    @JsonProperty("counts")
    abstract List<Integer> counts();
  }

  abstract static class HistogramBuilderMixIn extends BuilderMixIn {
    @JsonProperty("edges")
    abstract Object edges(Iterable<Double> value);

    @JsonProperty("counts")
    abstract Object counts(Iterable<Integer> value);
  }

  @VersionedDocument
  @JsonPropertyOrder({"plan", "meanWorkingDays", "variance", "criticalPath"})
  abstract static class PertAnalysisMixIn extends ValueMixIn {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static PertAnalysis restore(
        @JsonProperty("plan") ProjectPlan plan,
        @JsonProperty("meanWorkingDays") @JsonDeserialize(using = FiniteNumbers.DoubleReader.class)
            double meanWorkingDays,
        @JsonProperty("variance") @JsonDeserialize(using = FiniteNumbers.DoubleReader.class)
            double variance,
        @JsonProperty("criticalPath") @JsonSetter(contentNulls = Nulls.FAIL)
            List<String> criticalPath) {
      throw new AssertionError("a mix-in is never called");
    }

    @JsonProperty("plan")
    abstract ProjectPlan plan();

    @JsonProperty("meanWorkingDays")
    @JsonSerialize(using = FiniteNumbers.DoubleWriter.class)
    abstract double meanWorkingDays();

    @JsonProperty("variance")
    @JsonSerialize(using = FiniteNumbers.DoubleWriter.class)
    abstract double variance();

    @JsonProperty("criticalPath")
    abstract List<String> criticalPath();
  }

  @VersionedDocument
  @JsonPropertyOrder({
    "target",
    "workingDaysAvailable",
    "monteCarloProbability",
    "pertProbability",
    "forecast"
  })
  abstract static class CredibilityMixIn extends RecordMixIn {
    @JsonProperty("target")
    abstract LocalDate target();

    @JsonProperty("workingDaysAvailable")
    abstract int workingDaysAvailable();

    @JsonProperty("monteCarloProbability")
    @FiniteDouble
    abstract double monteCarloProbability();

    @JsonProperty("pertProbability")
    @FiniteDouble
    abstract double pertProbability();

    @JsonProperty("forecast")
    abstract Forecast forecast();
  }
}
