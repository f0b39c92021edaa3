package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.ImmutableFinding;
import org.crmmethod.core.validation.ImmutableValidationReport;
import org.crmmethod.core.validation.ImmutableValidationSettings;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of validation results: {@code org.crmmethod.core.validation}.
 *
 * <ul>
 *   <li>A {@link ValidationReport} is a document of its own: {@code schemaVersion} first, then what
 *       the validator produced: the plan's and the method's ids, the rules that ran and the
 *       findings, in the report's order. Its counts and validity are computed from the findings and
 *       are not written.
 *   <li>A {@link Finding}'s {@code path} is the plain string the finding holds, in the grammar of
 *       {@link org.crmmethod.core.validation.PlanPath}; its facts are written by name, e.g. {@code
 *       "F17"}.
 *   <li>{@link ValidationSettings} are written in full, defaults included, so that a stored setting
 *       does not change meaning if a default does; an unset {@code minimumRealUseWeeks} is left
 *       out, and a missing default setting reads as its default. The start-module weights are
 *       nested in their own format (see {@code StartModuleMixIns}).
 * </ul>
 */
final class ValidationMixIns {
  private ValidationMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(ValidationReport.class, ValidationReportMixIn.class);
    context.setMixIn(ImmutableValidationReport.Builder.class, ValidationReportBuilderMixIn.class);
    context.setMixIn(Finding.class, FindingMixIn.class);
    context.setMixIn(ImmutableFinding.Builder.class, FindingBuilderMixIn.class);
    context.setMixIn(ValidationSettings.class, ValidationSettingsMixIn.class);
    context.setMixIn(
        ImmutableValidationSettings.Builder.class, ValidationSettingsBuilderMixIn.class);
  }

  @VersionedDocument
  @JsonPropertyOrder({"planId", "methodId", "rulesRun", "findings"})
  @JsonDeserialize(builder = ValidationReport.Builder.class)
  abstract static class ValidationReportMixIn extends ValueMixIn {
    @JsonProperty("planId")
    abstract String planId();

    @JsonProperty("methodId")
    abstract String methodId();

    @JsonProperty("rulesRun")
    abstract List<String> rulesRun();

    @JsonProperty("findings")
    abstract List<Finding> findings();
  }

  abstract static class ValidationReportBuilderMixIn extends BuilderMixIn {
    @JsonProperty("planId")
    abstract Object planId(String value);

    @JsonProperty("methodId")
    abstract Object methodId(String value);

    @JsonProperty("rulesRun")
    abstract Object rulesRun(Iterable<String> value);

    @JsonProperty("findings")
    abstract Object findings(Iterable<? extends Finding> value);
  }

  @JsonPropertyOrder({"ruleId", "severity", "facts", "message", "path", "hints"})
  @JsonDeserialize(builder = Finding.Builder.class)
  abstract static class FindingMixIn extends ValueMixIn {
    @JsonProperty("ruleId")
    abstract String ruleId();

    @JsonProperty("severity")
    abstract Severity severity();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();

    @JsonProperty("message")
    abstract String message();

    @JsonProperty("path")
    abstract String path();

    @JsonProperty("hints")
    abstract List<String> hints();
  }

  abstract static class FindingBuilderMixIn extends BuilderMixIn {
    @JsonProperty("ruleId")
    abstract Object ruleId(String value);

    @JsonProperty("severity")
    abstract Object severity(Severity value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);

    @JsonProperty("message")
    abstract Object message(String value);

    @JsonProperty("path")
    abstract Object path(String value);

    @JsonProperty("hints")
    abstract Object hints(Iterable<String> value);
  }

  @JsonPropertyOrder({
    "minimumRealUseWeeks",
    "hypercareStartWithinDays",
    "phaseDurationTolerance",
    "longestPlausibleDays",
    "startModuleWeights"
  })
  @JsonDeserialize(builder = ValidationSettings.Builder.class)
  abstract static class ValidationSettingsMixIn extends ValueMixIn {
    @JsonProperty("minimumRealUseWeeks")
    abstract Optional<Integer> minimumRealUseWeeks();

    @JsonProperty("hypercareStartWithinDays")
    abstract double hypercareStartWithinDays();

    @JsonProperty("phaseDurationTolerance")
    abstract double phaseDurationTolerance();

    @JsonProperty("longestPlausibleDays")
    abstract double longestPlausibleDays();

    @JsonProperty("startModuleWeights")
    abstract CriterionWeights startModuleWeights();
  }

  abstract static class ValidationSettingsBuilderMixIn extends BuilderMixIn {
    @JsonProperty("minimumRealUseWeeks")
    abstract Object minimumRealUseWeeks(Optional<Integer> value);

    @JsonProperty("hypercareStartWithinDays")
    abstract Object hypercareStartWithinDays(double value);

    @JsonProperty("phaseDurationTolerance")
    abstract Object phaseDurationTolerance(double value);

    @JsonProperty("longestPlausibleDays")
    abstract Object longestPlausibleDays(double value);

    @JsonProperty("startModuleWeights")
    abstract Object startModuleWeights(CriterionWeights value);
  }
}
