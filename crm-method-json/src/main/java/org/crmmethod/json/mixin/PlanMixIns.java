package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ImmutableActivity;
import org.crmmethod.core.plan.ImmutableDependency;
import org.crmmethod.core.plan.ImmutableThreePointEstimate;
import org.crmmethod.core.plan.ThreePointEstimate;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The wire format of the plan side: {@code org.crmmethod.core.plan}. */
final class PlanMixIns {
  private PlanMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(Activity.class, ActivityMixIn.class);
    context.setMixIn(ImmutableActivity.Builder.class, ActivityBuilderMixIn.class);
    context.setMixIn(Dependency.class, DependencyMixIn.class);
    context.setMixIn(ImmutableDependency.Builder.class, DependencyBuilderMixIn.class);
    context.setMixIn(ThreePointEstimate.class, ThreePointEstimateMixIn.class);
    context.setMixIn(
        ImmutableThreePointEstimate.Builder.class, ThreePointEstimateBuilderMixIn.class);
  }

  @JsonPropertyOrder({
    "id",
    "name",
    "kind",
    "estimate",
    "dependencies",
    "roles",
    "participants",
    "teamSize",
    "startNoEarlierThan"
  })
  @JsonDeserialize(builder = Activity.Builder.class)
  abstract static class ActivityMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract ActivityKind kind();

    @JsonProperty("estimate")
    abstract ThreePointEstimate estimate();

    @JsonProperty("dependencies")
    abstract List<Dependency> dependencies();

    @JsonProperty("roles")
    abstract Set<String> roles();

    @JsonProperty("participants")
    abstract Set<String> participants();

    @JsonProperty("teamSize")
    abstract int teamSize();

    @JsonProperty("startNoEarlierThan")
    abstract Optional<LocalDate> startNoEarlierThan();
  }

  abstract static class ActivityBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("kind")
    abstract Object kind(ActivityKind value);

    @JsonProperty("estimate")
    abstract Object estimate(ThreePointEstimate value);

    @JsonProperty("dependencies")
    abstract Object dependencies(Iterable<? extends Dependency> value);

    @JsonProperty("roles")
    abstract Object roles(Iterable<String> value);

    @JsonProperty("participants")
    abstract Object participants(Iterable<String> value);

    @JsonProperty("teamSize")
    abstract Object teamSize(int value);

    @JsonProperty("startNoEarlierThan")
    abstract Object startNoEarlierThan(Optional<? extends LocalDate> value);
  }

  @JsonPropertyOrder({"predecessor", "type", "lagDays"})
  @JsonDeserialize(builder = Dependency.Builder.class)
  abstract static class DependencyMixIn extends ValueMixIn {
    @JsonProperty("predecessor")
    abstract String predecessor();

    @JsonProperty("type")
    abstract DependencyType type();

    @JsonProperty("lagDays")
    abstract double lagDays();
  }

  abstract static class DependencyBuilderMixIn extends BuilderMixIn {
    @JsonProperty("predecessor")
    abstract Object predecessor(String value);

    @JsonProperty("type")
    abstract Object type(DependencyType value);

    @JsonProperty("lagDays")
    abstract Object lagDays(double value);
  }

  @JsonPropertyOrder({"optimistic", "mostLikely", "pessimistic"})
  @JsonDeserialize(builder = ThreePointEstimate.Builder.class)
  abstract static class ThreePointEstimateMixIn extends ValueMixIn {
    @JsonProperty("optimistic")
    abstract double optimistic();

    @JsonProperty("mostLikely")
    abstract double mostLikely();

    @JsonProperty("pessimistic")
    abstract double pessimistic();
  }

  abstract static class ThreePointEstimateBuilderMixIn extends BuilderMixIn {
    @JsonProperty("optimistic")
    abstract Object optimistic(double value);

    @JsonProperty("mostLikely")
    abstract Object mostLikely(double value);

    @JsonProperty("pessimistic")
    abstract Object pessimistic(double value);
  }
}
