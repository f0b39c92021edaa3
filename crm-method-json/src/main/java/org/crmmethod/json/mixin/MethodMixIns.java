package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.ImmutableDeliverableType;
import org.crmmethod.core.method.ImmutableDurationRange;
import org.crmmethod.core.method.ImmutableLotStepTemplate;
import org.crmmethod.core.method.ImmutableLotTemplate;
import org.crmmethod.core.method.ImmutableMethod;
import org.crmmethod.core.method.ImmutablePhaseTemplate;
import org.crmmethod.core.method.ImmutableQualityGate;
import org.crmmethod.core.method.ImmutableRole;
import org.crmmethod.core.method.ImmutableTeamNorm;
import org.crmmethod.core.method.ImmutableTimelineNorms;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.organisation.TeamPurpose;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of the method side: {@code org.crmmethod.core.method}.
 *
 * <p>A {@link Method} is a top-level document and opens with {@code "schemaVersion"}. Its parts
 * are nested objects whose properties are the accessors of the model, in declaration order. Only
 * stored attributes are written: the lookups a method derives from its catalogues ({@code phase},
 * {@code typicalDuration()} of the whole method and the like) are computed again after reading.
 * Enums ({@link MethodFact}, {@link ActivityKind}, {@link DurationUnit}, ...) are written by name;
 * a method fact is written as its id, e.g. {@code "F07"}, not with its summary. The catalogue
 * references inside a method (a deliverable's {@code producedBy}, a phase's {@code exitGate}, ...)
 * stay plain id strings, exactly as in the model, and are checked when the method is built.
 *
 * <p>Reading is as strict as the model and no stricter: an optional given as {@code null} counts
 * as absent, a collection left out counts as empty, and a set that names an element twice holds
 * it once. Sets are written in the order the value holds them (enum sets in declaration order,
 * other sets in the order they were built), which a read keeps.
 */
final class MethodMixIns {
  private MethodMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(Method.class, MethodMixIn.class);
    context.setMixIn(ImmutableMethod.Builder.class, MethodBuilderMixIn.class);
    context.setMixIn(PhaseTemplate.class, PhaseTemplateMixIn.class);
    context.setMixIn(ImmutablePhaseTemplate.Builder.class, PhaseTemplateBuilderMixIn.class);
    context.setMixIn(DeliverableType.class, DeliverableTypeMixIn.class);
    context.setMixIn(ImmutableDeliverableType.Builder.class, DeliverableTypeBuilderMixIn.class);
    context.setMixIn(DurationRange.class, DurationRangeMixIn.class);
    context.setMixIn(ImmutableDurationRange.Builder.class, DurationRangeBuilderMixIn.class);
    context.setMixIn(LotStepTemplate.class, LotStepTemplateMixIn.class);
    context.setMixIn(ImmutableLotStepTemplate.Builder.class, LotStepTemplateBuilderMixIn.class);
    context.setMixIn(LotTemplate.class, LotTemplateMixIn.class);
    context.setMixIn(ImmutableLotTemplate.Builder.class, LotTemplateBuilderMixIn.class);
    context.setMixIn(QualityGate.class, QualityGateMixIn.class);
    context.setMixIn(ImmutableQualityGate.Builder.class, QualityGateBuilderMixIn.class);
    context.setMixIn(Role.class, RoleMixIn.class);
    context.setMixIn(ImmutableRole.Builder.class, RoleBuilderMixIn.class);
    context.setMixIn(TeamNorm.class, TeamNormMixIn.class);
    context.setMixIn(ImmutableTeamNorm.Builder.class, TeamNormBuilderMixIn.class);
    context.setMixIn(TimelineNorms.class, TimelineNormsMixIn.class);
    context.setMixIn(ImmutableTimelineNorms.Builder.class, TimelineNormsBuilderMixIn.class);
  }

  /**
   * A method document: {@code "schemaVersion"} first, then the method's attributes. The version is
   * a virtual property put in front of the others by {@link VersionedDocument}; the
   * reader takes it off before the builder sees the rest.
   */
  @VersionedDocument
  @JsonPropertyOrder({
    "id",
    "name",
    "version",
    "approach",
    "description",
    "phases",
    "deliverableTypes",
    "roles",
    "gates",
    "lotTemplate",
    "timelineNorms",
    "facts"
  })
  @JsonDeserialize(builder = Method.Builder.class)
  abstract static class MethodMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("version")
    abstract String version();

    @JsonProperty("approach")
    abstract Approach approach();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("phases")
    abstract List<PhaseTemplate> phases();

    @JsonProperty("deliverableTypes")
    abstract List<DeliverableType> deliverableTypes();

    @JsonProperty("roles")
    abstract List<Role> roles();

    @JsonProperty("gates")
    abstract List<QualityGate> gates();

    @JsonProperty("lotTemplate")
    abstract Optional<LotTemplate> lotTemplate();

    @JsonProperty("timelineNorms")
    abstract Optional<TimelineNorms> timelineNorms();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class MethodBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("version")
    abstract Object version(String value);

    @JsonProperty("approach")
    abstract Object approach(Approach value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("phases")
    abstract Object phases(Iterable<? extends PhaseTemplate> value);

    @JsonProperty("deliverableTypes")
    abstract Object deliverableTypes(Iterable<? extends DeliverableType> value);

    @JsonProperty("roles")
    abstract Object roles(Iterable<? extends Role> value);

    @JsonProperty("gates")
    abstract Object gates(Iterable<? extends QualityGate> value);

    @JsonProperty("lotTemplate")
    abstract Object lotTemplate(Optional<? extends LotTemplate> value);

    @JsonProperty("timelineNorms")
    abstract Object timelineNorms(Optional<? extends TimelineNorms> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  /**
   * A phase template. The three flags with a default ({@code extensible}, {@code decisive}, {@code
   * runsLots}) are always written, {@code false} included, so that a document states them; a
   * reader that leaves one out gets the model's default, {@code false}.
   */
  @JsonPropertyOrder({
    "id",
    "name",
    "objective",
    "typicalDuration",
    "extensible",
    "decisive",
    "activityKinds",
    "requiredDeliverables",
    "exitGate",
    "involvedRoles",
    "teamNorms",
    "mayLoopBackTo",
    "reopeningsReportTo",
    "runsLots",
    "facts"
  })
  @JsonDeserialize(builder = PhaseTemplate.Builder.class)
  abstract static class PhaseTemplateMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("objective")
    abstract String objective();

    @JsonProperty("typicalDuration")
    abstract DurationRange typicalDuration();

    @JsonProperty("extensible")
    abstract boolean extensible();

    @JsonProperty("decisive")
    abstract boolean decisive();

    @JsonProperty("activityKinds")
    abstract List<ActivityKind> activityKinds();

    @JsonProperty("requiredDeliverables")
    abstract List<String> requiredDeliverables();

    @JsonProperty("exitGate")
    abstract Optional<String> exitGate();

    @JsonProperty("involvedRoles")
    abstract Set<String> involvedRoles();

    @JsonProperty("teamNorms")
    abstract List<TeamNorm> teamNorms();

    @JsonProperty("mayLoopBackTo")
    abstract Optional<String> mayLoopBackTo();

    @JsonProperty("reopeningsReportTo")
    abstract Optional<String> reopeningsReportTo();

    @JsonProperty("runsLots")
    abstract boolean runsLots();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class PhaseTemplateBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("objective")
    abstract Object objective(String value);

    @JsonProperty("typicalDuration")
    abstract Object typicalDuration(DurationRange value);

    @JsonProperty("extensible")
    abstract Object extensible(boolean value);

    @JsonProperty("decisive")
    abstract Object decisive(boolean value);

    @JsonProperty("activityKinds")
    abstract Object activityKinds(Iterable<? extends ActivityKind> value);

    @JsonProperty("requiredDeliverables")
    abstract Object requiredDeliverables(Iterable<String> value);

    @JsonProperty("exitGate")
    abstract Object exitGate(Optional<String> value);

    @JsonProperty("involvedRoles")
    abstract Object involvedRoles(Iterable<String> value);

    @JsonProperty("teamNorms")
    abstract Object teamNorms(Iterable<? extends TeamNorm> value);

    @JsonProperty("mayLoopBackTo")
    abstract Object mayLoopBackTo(Optional<String> value);

    @JsonProperty("reopeningsReportTo")
    abstract Object reopeningsReportTo(Optional<String> value);

    @JsonProperty("runsLots")
    abstract Object runsLots(boolean value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({
    "id",
    "name",
    "description",
    "producedBy",
    "approvedBy",
    "requiredSections",
    "prerequisites",
    "facts"
  })
  @JsonDeserialize(builder = DeliverableType.Builder.class)
  abstract static class DeliverableTypeMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("producedBy")
    abstract String producedBy();

    @JsonProperty("approvedBy")
    abstract Set<String> approvedBy();

    @JsonProperty("requiredSections")
    abstract List<String> requiredSections();

    @JsonProperty("prerequisites")
    abstract Set<String> prerequisites();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class DeliverableTypeBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("producedBy")
    abstract Object producedBy(String value);

    @JsonProperty("approvedBy")
    abstract Object approvedBy(Iterable<String> value);

    @JsonProperty("requiredSections")
    abstract Object requiredSections(Iterable<String> value);

    @JsonProperty("prerequisites")
    abstract Object prerequisites(Iterable<String> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  /**
   * A duration range, as an object of its three attributes, e.g. {@code {"minimum" : 2.0,
   * "maximum" : 3.0, "unit" : "MONTHS"}}; the bounds are numbers in the stated unit, not converted
   * to working days.
   */
  @JsonPropertyOrder({"minimum", "maximum", "unit"})
  @JsonDeserialize(builder = DurationRange.Builder.class)
  abstract static class DurationRangeMixIn extends ValueMixIn {
    @JsonProperty("minimum")
    abstract double minimum();

    @JsonProperty("maximum")
    abstract double maximum();

    @JsonProperty("unit")
    abstract DurationUnit unit();
  }

  abstract static class DurationRangeBuilderMixIn extends BuilderMixIn {
    @JsonProperty("minimum")
    abstract Object minimum(double value);

    @JsonProperty("maximum")
    abstract Object maximum(double value);

    @JsonProperty("unit")
    abstract Object unit(DurationUnit value);
  }

  @JsonPropertyOrder({"kind", "description", "typicalDuration", "facts"})
  @JsonDeserialize(builder = LotStepTemplate.Builder.class)
  abstract static class LotStepTemplateMixIn extends ValueMixIn {
    @JsonProperty("kind")
    abstract ActivityKind kind();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("typicalDuration")
    abstract DurationRange typicalDuration();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class LotStepTemplateBuilderMixIn extends BuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(ActivityKind value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("typicalDuration")
    abstract Object typicalDuration(DurationRange value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({
    "parallelWorkstreams",
    "optionalWorkstreams",
    "workstreamDuration",
    "steps",
    "minimumRealUseWeeks",
    "facts"
  })
  @JsonDeserialize(builder = LotTemplate.Builder.class)
  abstract static class LotTemplateMixIn extends ValueMixIn {
    @JsonProperty("parallelWorkstreams")
    abstract Set<WorkstreamKind> parallelWorkstreams();

    @JsonProperty("optionalWorkstreams")
    abstract Set<WorkstreamKind> optionalWorkstreams();

    @JsonProperty("workstreamDuration")
    abstract DurationRange workstreamDuration();

    @JsonProperty("steps")
    abstract List<LotStepTemplate> steps();

    @JsonProperty("minimumRealUseWeeks")
    abstract int minimumRealUseWeeks();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class LotTemplateBuilderMixIn extends BuilderMixIn {
    @JsonProperty("parallelWorkstreams")
    abstract Object parallelWorkstreams(Iterable<WorkstreamKind> value);

    @JsonProperty("optionalWorkstreams")
    abstract Object optionalWorkstreams(Iterable<WorkstreamKind> value);

    @JsonProperty("workstreamDuration")
    abstract Object workstreamDuration(DurationRange value);

    @JsonProperty("steps")
    abstract Object steps(Iterable<? extends LotStepTemplate> value);

    @JsonProperty("minimumRealUseWeeks")
    abstract Object minimumRealUseWeeks(int value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  /**
   * A quality gate. {@code perLot} has a default in the model and is always written, {@code false}
   * included.
   */
  @JsonPropertyOrder({
    "id",
    "name",
    "description",
    "requiredDeliverables",
    "approvingRole",
    "perLot",
    "facts"
  })
  @JsonDeserialize(builder = QualityGate.Builder.class)
  abstract static class QualityGateMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("requiredDeliverables")
    abstract Set<String> requiredDeliverables();

    @JsonProperty("approvingRole")
    abstract String approvingRole();

    @JsonProperty("perLot")
    abstract boolean perLot();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class QualityGateBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("requiredDeliverables")
    abstract Object requiredDeliverables(Iterable<String> value);

    @JsonProperty("approvingRole")
    abstract Object approvingRole(String value);

    @JsonProperty("perLot")
    abstract Object perLot(boolean value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({"id", "name", "description"})
  @JsonDeserialize(builder = Role.Builder.class)
  abstract static class RoleMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("description")
    abstract String description();
  }

  abstract static class RoleBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("description")
    abstract Object description(String value);
  }

  @JsonPropertyOrder({"purpose", "minimumSize", "maximumSize", "requiredRoles", "facts"})
  @JsonDeserialize(builder = TeamNorm.Builder.class)
  abstract static class TeamNormMixIn extends ValueMixIn {
    @JsonProperty("purpose")
    abstract TeamPurpose purpose();

    @JsonProperty("minimumSize")
    abstract int minimumSize();

    @JsonProperty("maximumSize")
    abstract int maximumSize();

    @JsonProperty("requiredRoles")
    abstract Set<String> requiredRoles();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class TeamNormBuilderMixIn extends BuilderMixIn {
    @JsonProperty("purpose")
    abstract Object purpose(TeamPurpose value);

    @JsonProperty("minimumSize")
    abstract Object minimumSize(int value);

    @JsonProperty("maximumSize")
    abstract Object maximumSize(int value);

    @JsonProperty("requiredRoles")
    abstract Object requiredRoles(Iterable<String> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({
    "nominalMonths",
    "credibleMinimumMonths",
    "physicalDeploymentOnlyDays",
    "facts"
  })
  @JsonDeserialize(builder = TimelineNorms.Builder.class)
  abstract static class TimelineNormsMixIn extends ValueMixIn {
    @JsonProperty("nominalMonths")
    abstract double nominalMonths();

    @JsonProperty("credibleMinimumMonths")
    abstract double credibleMinimumMonths();

    @JsonProperty("physicalDeploymentOnlyDays")
    abstract int physicalDeploymentOnlyDays();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class TimelineNormsBuilderMixIn extends BuilderMixIn {
    @JsonProperty("nominalMonths")
    abstract Object nominalMonths(double value);

    @JsonProperty("credibleMinimumMonths")
    abstract Object credibleMinimumMonths(double value);

    @JsonProperty("physicalDeploymentOnlyDays")
    abstract Object physicalDeploymentOnlyDays(int value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }
}
