package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
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
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of the start-module choice: {@code org.crmmethod.core.startmodule}.
 *
 * <p>Every value is a JSON object whose property names are the model's accessor names, in the
 * order the model declares them; modules, criteria, risks and method facts are written by their
 * enum names and dates as ISO-8601 days. Sets of enums come out in the enums' declaration order.
 */
final class StartModuleMixIns {
  private StartModuleMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(StartModuleChoice.class, StartModuleChoiceMixIn.class);
    context.setMixIn(ImmutableStartModuleChoice.Builder.class, StartModuleChoiceBuilderMixIn.class);
    context.setMixIn(StartModuleProfile.class, StartModuleProfileMixIn.class);
    context.setMixIn(
        ImmutableStartModuleProfile.Builder.class, StartModuleProfileBuilderMixIn.class);
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
}
