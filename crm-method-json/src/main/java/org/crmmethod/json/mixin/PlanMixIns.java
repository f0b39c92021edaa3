package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.ImmutableActivity;
import org.crmmethod.core.plan.ImmutableApproval;
import org.crmmethod.core.plan.ImmutableCutOver;
import org.crmmethod.core.plan.ImmutableDeliverable;
import org.crmmethod.core.plan.ImmutableDependency;
import org.crmmethod.core.plan.ImmutableFinalAcceptance;
import org.crmmethod.core.plan.ImmutableGateDecision;
import org.crmmethod.core.plan.ImmutableHypercare;
import org.crmmethod.core.plan.ImmutableKpi;
import org.crmmethod.core.plan.ImmutableLegacySystem;
import org.crmmethod.core.plan.ImmutableLot;
import org.crmmethod.core.plan.ImmutableMeeting;
import org.crmmethod.core.plan.ImmutableMeetingMinutes;
import org.crmmethod.core.plan.ImmutableMoney;
import org.crmmethod.core.plan.ImmutablePhase;
import org.crmmethod.core.plan.ImmutablePreAcceptance;
import org.crmmethod.core.plan.ImmutableProjectContext;
import org.crmmethod.core.plan.ImmutableProjectDecision;
import org.crmmethod.core.plan.ImmutableProjectPlan;
import org.crmmethod.core.plan.ImmutableReopening;
import org.crmmethod.core.plan.ImmutableThreePointEstimate;
import org.crmmethod.core.plan.ImmutableTraining;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.MeetingKind;
import org.crmmethod.core.plan.MeetingMinutes;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ProjectScope;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.startmodule.StartModuleChoice;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The wire format of the plan side: {@code org.crmmethod.core.plan}.
 *
 * <p>Every value is a JSON object whose property names are the model's accessor names, in the
 * order the model declares them. Enums are written by name, dates as ISO-8601 days, absent
 * optional values are left out and collections are always written ({@code []} when empty).
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>A {@link ProjectPlan} is a top-level document: its first property is {@code
 *       "schemaVersion"}, written by {@link SchemaVersionWriter} and checked on reading before
 *       anything else.
 *   <li>{@link Money} keeps its amount as a decimal string, see {@link MoneyMixIn}.
 *   <li>A {@link Lot} holds its steps in five optional properties ({@code preAcceptance}, {@code
 *       training}, {@code cutOver}, {@code hypercare}, {@code finalAcceptance}), each of its own
 *       concrete type, exactly as the model does; {@link org.crmmethod.core.plan.LotStep} itself
 *       is never written, so no type ids are needed. {@code Lot.steps()} and {@code
 *       Lot.activities()} are derived and not written.
 *   <li>{@link Kpi#target()} is a JSON number in {@code BigDecimal}'s own text form ({@code 80.5},
 *       {@code 95}, {@code 1.2E+3}), read back with the scale it was written with. Unlike an amount
 *       of money it is an indicator's goal, not a sum that must survive every JSON reader to the
 *       cent, so it keeps JSON's natural type.
 *   <li>Attributes with a model default ({@code Activity.teamSize}, {@code
 *       ProjectContext.calendar}, the booleans of the lot steps...) are always written; a document
 *       that leaves one out gets the model's default.
 * </ul>
 */
final class PlanMixIns {
  private PlanMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(ProjectPlan.class, ProjectPlanMixIn.class);
    context.setMixIn(ImmutableProjectPlan.Builder.class, ProjectPlanBuilderMixIn.class);
    context.setMixIn(ProjectContext.class, ProjectContextMixIn.class);
    context.setMixIn(ImmutableProjectContext.Builder.class, ProjectContextBuilderMixIn.class);
    context.setMixIn(Money.class, MoneyMixIn.class);
    context.setMixIn(ImmutableMoney.Builder.class, MoneyBuilderMixIn.class);
    context.setMixIn(LegacySystem.class, LegacySystemMixIn.class);
    context.setMixIn(ImmutableLegacySystem.Builder.class, LegacySystemBuilderMixIn.class);
    context.setMixIn(Phase.class, PhaseMixIn.class);
    context.setMixIn(ImmutablePhase.Builder.class, PhaseBuilderMixIn.class);
    context.setMixIn(Activity.class, ActivityMixIn.class);
    context.setMixIn(ImmutableActivity.Builder.class, ActivityBuilderMixIn.class);
    context.setMixIn(Dependency.class, DependencyMixIn.class);
    context.setMixIn(ImmutableDependency.Builder.class, DependencyBuilderMixIn.class);
    context.setMixIn(ThreePointEstimate.class, ThreePointEstimateMixIn.class);
    context.setMixIn(
        ImmutableThreePointEstimate.Builder.class, ThreePointEstimateBuilderMixIn.class);
    context.setMixIn(Lot.class, LotMixIn.class);
    context.setMixIn(ImmutableLot.Builder.class, LotBuilderMixIn.class);
    context.setMixIn(PreAcceptance.class, PreAcceptanceMixIn.class);
    context.setMixIn(ImmutablePreAcceptance.Builder.class, PreAcceptanceBuilderMixIn.class);
    context.setMixIn(Training.class, TrainingMixIn.class);
    context.setMixIn(ImmutableTraining.Builder.class, TrainingBuilderMixIn.class);
    context.setMixIn(CutOver.class, CutOverMixIn.class);
    context.setMixIn(ImmutableCutOver.Builder.class, CutOverBuilderMixIn.class);
    context.setMixIn(Hypercare.class, HypercareMixIn.class);
    context.setMixIn(ImmutableHypercare.Builder.class, HypercareBuilderMixIn.class);
    context.setMixIn(FinalAcceptance.class, FinalAcceptanceMixIn.class);
    context.setMixIn(ImmutableFinalAcceptance.Builder.class, FinalAcceptanceBuilderMixIn.class);
    context.setMixIn(Deliverable.class, DeliverableMixIn.class);
    context.setMixIn(ImmutableDeliverable.Builder.class, DeliverableBuilderMixIn.class);
    context.setMixIn(Approval.class, ApprovalMixIn.class);
    context.setMixIn(ImmutableApproval.Builder.class, ApprovalBuilderMixIn.class);
    context.setMixIn(GateDecision.class, GateDecisionMixIn.class);
    context.setMixIn(ImmutableGateDecision.Builder.class, GateDecisionBuilderMixIn.class);
    context.setMixIn(ProjectDecision.class, ProjectDecisionMixIn.class);
    context.setMixIn(ImmutableProjectDecision.Builder.class, ProjectDecisionBuilderMixIn.class);
    context.setMixIn(Reopening.class, ReopeningMixIn.class);
    context.setMixIn(ImmutableReopening.Builder.class, ReopeningBuilderMixIn.class);
    context.setMixIn(Meeting.class, MeetingMixIn.class);
    context.setMixIn(ImmutableMeeting.Builder.class, MeetingBuilderMixIn.class);
    context.setMixIn(MeetingMinutes.class, MeetingMinutesMixIn.class);
    context.setMixIn(ImmutableMeetingMinutes.Builder.class, MeetingMinutesBuilderMixIn.class);
    context.setMixIn(Kpi.class, KpiMixIn.class);
    context.setMixIn(ImmutableKpi.Builder.class, KpiBuilderMixIn.class);
  }

  @JsonPropertyOrder({
    "id",
    "name",
    "method",
    "context",
    "statusDate",
    "phases",
    "lots",
    "deliverables",
    "gateDecisions",
    "decisions",
    "startModule",
    "readiness",
    "departments",
    "stakeholders",
    "teams",
    "championsTeam",
    "meetings",
    "kpis",
    "customerSegments",
    "objectives",
    "fitGap"
  })
  @VersionedDocument
  @JsonDeserialize(builder = ProjectPlan.Builder.class)
  abstract static class ProjectPlanMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("method")
    abstract String method();

    @JsonProperty("context")
    abstract ProjectContext context();

    @JsonProperty("statusDate")
    abstract Optional<LocalDate> statusDate();

    @JsonProperty("phases")
    abstract List<Phase> phases();

    @JsonProperty("lots")
    abstract List<Lot> lots();

    @JsonProperty("deliverables")
    abstract List<Deliverable> deliverables();

    @JsonProperty("gateDecisions")
    abstract List<GateDecision> gateDecisions();

    @JsonProperty("decisions")
    abstract List<ProjectDecision> decisions();

    @JsonProperty("startModule")
    abstract Optional<StartModuleChoice> startModule();

    @JsonProperty("readiness")
    abstract Optional<ReadinessAssessment> readiness();

    @JsonProperty("departments")
    abstract List<Department> departments();

    @JsonProperty("stakeholders")
    abstract List<Stakeholder> stakeholders();

    @JsonProperty("teams")
    abstract List<Team> teams();

    @JsonProperty("championsTeam")
    abstract Optional<ChampionsTeam> championsTeam();

    @JsonProperty("meetings")
    abstract List<Meeting> meetings();

    @JsonProperty("kpis")
    abstract List<Kpi> kpis();

    @JsonProperty("customerSegments")
    abstract List<CustomerSegment> customerSegments();

    @JsonProperty("objectives")
    abstract List<CrmObjective> objectives();

    @JsonProperty("fitGap")
    abstract Optional<FitGapAnalysis> fitGap();
  }

  abstract static class ProjectPlanBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("method")
    abstract Object method(String value);

    @JsonProperty("context")
    abstract Object context(ProjectContext value);

    @JsonProperty("statusDate")
    abstract Object statusDate(Optional<? extends LocalDate> value);

    @JsonProperty("phases")
    abstract Object phases(Iterable<? extends Phase> value);

    @JsonProperty("lots")
    abstract Object lots(Iterable<? extends Lot> value);

    @JsonProperty("deliverables")
    abstract Object deliverables(Iterable<? extends Deliverable> value);

    @JsonProperty("gateDecisions")
    abstract Object gateDecisions(Iterable<? extends GateDecision> value);

    @JsonProperty("decisions")
    abstract Object decisions(Iterable<? extends ProjectDecision> value);

    @JsonProperty("startModule")
    abstract Object startModule(Optional<? extends StartModuleChoice> value);

    @JsonProperty("readiness")
    abstract Object readiness(Optional<? extends ReadinessAssessment> value);

    @JsonProperty("departments")
    abstract Object departments(Iterable<? extends Department> value);

    @JsonProperty("stakeholders")
    abstract Object stakeholders(Iterable<? extends Stakeholder> value);

    @JsonProperty("teams")
    abstract Object teams(Iterable<? extends Team> value);

    @JsonProperty("championsTeam")
    abstract Object championsTeam(Optional<? extends ChampionsTeam> value);

    @JsonProperty("meetings")
    abstract Object meetings(Iterable<? extends Meeting> value);

    @JsonProperty("kpis")
    abstract Object kpis(Iterable<? extends Kpi> value);

    @JsonProperty("customerSegments")
    abstract Object customerSegments(Iterable<? extends CustomerSegment> value);

    @JsonProperty("objectives")
    abstract Object objectives(Iterable<? extends CrmObjective> value);

    @JsonProperty("fitGap")
    abstract Object fitGap(Optional<? extends FitGapAnalysis> value);
  }

  @JsonPropertyOrder({
    "company",
    "industry",
    "approach",
    "modules",
    "startDate",
    "calendar",
    "budget",
    "legacySystem",
    "scope",
    "externalConsultant",
    "targetFinish"
  })
  @JsonDeserialize(builder = ProjectContext.Builder.class)
  abstract static class ProjectContextMixIn extends ValueMixIn {
    @JsonProperty("company")
    abstract String company();

    @JsonProperty("industry")
    abstract Industry industry();

    @JsonProperty("approach")
    abstract Approach approach();

    @JsonProperty("modules")
    abstract Set<CrmModule> modules();

    @JsonProperty("startDate")
    abstract LocalDate startDate();

    @JsonProperty("calendar")
    abstract String calendar();

    @JsonProperty("budget")
    abstract Money budget();

    @JsonProperty("legacySystem")
    abstract Optional<LegacySystem> legacySystem();

    @JsonProperty("scope")
    abstract ProjectScope scope();

    @JsonProperty("externalConsultant")
    abstract boolean externalConsultant();

    @JsonProperty("targetFinish")
    abstract Optional<LocalDate> targetFinish();
  }

  abstract static class ProjectContextBuilderMixIn extends BuilderMixIn {
    @JsonProperty("company")
    abstract Object company(String value);

    @JsonProperty("industry")
    abstract Object industry(Industry value);

    @JsonProperty("approach")
    abstract Object approach(Approach value);

    @JsonProperty("modules")
    abstract Object modules(Iterable<CrmModule> value);

    @JsonProperty("startDate")
    abstract Object startDate(LocalDate value);

    @JsonProperty("calendar")
    abstract Object calendar(String value);

    @JsonProperty("budget")
    abstract Object budget(Money value);

    @JsonProperty("legacySystem")
    abstract Object legacySystem(Optional<? extends LegacySystem> value);

    @JsonProperty("scope")
    abstract Object scope(ProjectScope value);

    @JsonProperty("externalConsultant")
    abstract Object externalConsultant(boolean value);

    @JsonProperty("targetFinish")
    abstract Object targetFinish(Optional<? extends LocalDate> value);
  }

  /**
   * Money is written as {@code {"amount": "1250000.00", "currency": "EUR"}}. The amount is a JSON
   * string, not a number, so that no reader on the way turns it into a binary floating-point value
   * and every digit and the scale survive ({@code "10.50"} stays {@code "10.50"}); the currency is
   * its ISO 4217 code. See {@link MoneyFormat} for the exact syntax accepted.
   */
  @JsonPropertyOrder({"amount", "currency"})
  @JsonDeserialize(builder = Money.Builder.class)
  abstract static class MoneyMixIn extends ValueMixIn {
    @JsonProperty("amount")
    @JsonSerialize(using = MoneyFormat.AmountWriter.class)
    abstract BigDecimal amount();

    @JsonProperty("currency")
    @JsonSerialize(using = MoneyFormat.CurrencyWriter.class)
    abstract Currency currency();
  }

  abstract static class MoneyBuilderMixIn extends BuilderMixIn {
    @JsonProperty("amount")
    @JsonDeserialize(using = MoneyFormat.AmountReader.class)
    abstract Object amount(BigDecimal value);

    @JsonProperty("currency")
    @JsonDeserialize(using = MoneyFormat.CurrencyReader.class)
    abstract Object currency(Currency value);
  }

  @JsonPropertyOrder({"name", "obsolete", "pastFailures", "settledHabits"})
  @JsonDeserialize(builder = LegacySystem.Builder.class)
  abstract static class LegacySystemMixIn extends ValueMixIn {
    @JsonProperty("name")
    abstract String name();

    @JsonProperty("obsolete")
    abstract boolean obsolete();

    @JsonProperty("pastFailures")
    abstract boolean pastFailures();

    @JsonProperty("settledHabits")
    abstract boolean settledHabits();
  }

  abstract static class LegacySystemBuilderMixIn extends BuilderMixIn {
    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("obsolete")
    abstract Object obsolete(boolean value);

    @JsonProperty("pastFailures")
    abstract Object pastFailures(boolean value);

    @JsonProperty("settledHabits")
    abstract Object settledHabits(boolean value);
  }

  @JsonPropertyOrder({"id", "name", "template", "activities", "plannedStart", "plannedFinish"})
  @JsonDeserialize(builder = Phase.Builder.class)
  abstract static class PhaseMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("template")
    abstract Optional<String> template();

    @JsonProperty("activities")
    abstract List<Activity> activities();

    @JsonProperty("plannedStart")
    abstract Optional<LocalDate> plannedStart();

    @JsonProperty("plannedFinish")
    abstract Optional<LocalDate> plannedFinish();
  }

  abstract static class PhaseBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("template")
    abstract Object template(Optional<String> value);

    @JsonProperty("activities")
    abstract Object activities(Iterable<? extends Activity> value);

    @JsonProperty("plannedStart")
    abstract Object plannedStart(Optional<? extends LocalDate> value);

    @JsonProperty("plannedFinish")
    abstract Object plannedFinish(Optional<? extends LocalDate> value);
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

  @JsonPropertyOrder({
    "id",
    "name",
    "phase",
    "modules",
    "configuredOnly",
    "workstreams",
    "preAcceptance",
    "training",
    "cutOver",
    "hypercare",
    "finalAcceptance"
  })
  @JsonDeserialize(builder = Lot.Builder.class)
  abstract static class LotMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("phase")
    abstract String phase();

    @JsonProperty("modules")
    abstract Set<CrmModule> modules();

    @JsonProperty("configuredOnly")
    abstract boolean configuredOnly();

    @JsonProperty("workstreams")
    abstract List<Activity> workstreams();

    @JsonProperty("preAcceptance")
    abstract Optional<PreAcceptance> preAcceptance();

    @JsonProperty("training")
    abstract Optional<Training> training();

    @JsonProperty("cutOver")
    abstract Optional<CutOver> cutOver();

    @JsonProperty("hypercare")
    abstract Optional<Hypercare> hypercare();

    @JsonProperty("finalAcceptance")
    abstract Optional<FinalAcceptance> finalAcceptance();
  }

  abstract static class LotBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("phase")
    abstract Object phase(String value);

    @JsonProperty("modules")
    abstract Object modules(Iterable<CrmModule> value);

    @JsonProperty("configuredOnly")
    abstract Object configuredOnly(boolean value);

    @JsonProperty("workstreams")
    abstract Object workstreams(Iterable<? extends Activity> value);

    @JsonProperty("preAcceptance")
    abstract Object preAcceptance(Optional<? extends PreAcceptance> value);

    @JsonProperty("training")
    abstract Object training(Optional<? extends Training> value);

    @JsonProperty("cutOver")
    abstract Object cutOver(Optional<? extends CutOver> value);

    @JsonProperty("hypercare")
    abstract Object hypercare(Optional<? extends Hypercare> value);

    @JsonProperty("finalAcceptance")
    abstract Object finalAcceptance(Optional<? extends FinalAcceptance> value);
  }

  @JsonPropertyOrder({"activity", "keyUsers"})
  @JsonDeserialize(builder = PreAcceptance.Builder.class)
  abstract static class PreAcceptanceMixIn extends ValueMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("keyUsers")
    abstract Set<String> keyUsers();
  }

  abstract static class PreAcceptanceBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activity")
    abstract Object activity(Activity value);

    @JsonProperty("keyUsers")
    abstract Object keyUsers(Iterable<String> value);
  }

  @JsonPropertyOrder({"activity", "onRealData", "printedUserGuide"})
  @JsonDeserialize(builder = Training.Builder.class)
  abstract static class TrainingMixIn extends ValueMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("onRealData")
    abstract boolean onRealData();

    @JsonProperty("printedUserGuide")
    abstract boolean printedUserGuide();
  }

  abstract static class TrainingBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activity")
    abstract Object activity(Activity value);

    @JsonProperty("onRealData")
    abstract Object onRealData(boolean value);

    @JsonProperty("printedUserGuide")
    abstract Object printedUserGuide(boolean value);
  }

  @JsonPropertyOrder({"activity", "extractedData", "automatedImport", "importReport"})
  @JsonDeserialize(builder = CutOver.Builder.class)
  abstract static class CutOverMixIn extends ValueMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("extractedData")
    abstract List<String> extractedData();

    @JsonProperty("automatedImport")
    abstract boolean automatedImport();

    @JsonProperty("importReport")
    abstract boolean importReport();
  }

  abstract static class CutOverBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activity")
    abstract Object activity(Activity value);

    @JsonProperty("extractedData")
    abstract Object extractedData(Iterable<String> value);

    @JsonProperty("automatedImport")
    abstract Object automatedImport(boolean value);

    @JsonProperty("importReport")
    abstract Object importReport(boolean value);
  }

  @JsonPropertyOrder({"activity", "responseTimeHours"})
  @JsonDeserialize(builder = Hypercare.Builder.class)
  abstract static class HypercareMixIn extends ValueMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("responseTimeHours")
    abstract Optional<Integer> responseTimeHours();
  }

  abstract static class HypercareBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activity")
    abstract Object activity(Activity value);

    @JsonProperty("responseTimeHours")
    abstract Object responseTimeHours(Optional<Integer> value);
  }

  @JsonPropertyOrder({"activity", "signature"})
  @JsonDeserialize(builder = FinalAcceptance.Builder.class)
  abstract static class FinalAcceptanceMixIn extends ValueMixIn {
    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("signature")
    abstract Optional<Approval> signature();
  }

  abstract static class FinalAcceptanceBuilderMixIn extends BuilderMixIn {
    @JsonProperty("activity")
    abstract Object activity(Activity value);

    @JsonProperty("signature")
    abstract Object signature(Optional<? extends Approval> value);
  }

  @JsonPropertyOrder({
    "id",
    "type",
    "name",
    "phase",
    "producedBy",
    "status",
    "approvals",
    "sections"
  })
  @JsonDeserialize(builder = Deliverable.Builder.class)
  abstract static class DeliverableMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("type")
    abstract String type();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("phase")
    abstract String phase();

    @JsonProperty("producedBy")
    abstract Optional<String> producedBy();

    @JsonProperty("status")
    abstract DeliverableStatus status();

    @JsonProperty("approvals")
    abstract List<Approval> approvals();

    @JsonProperty("sections")
    abstract Set<String> sections();
  }

  abstract static class DeliverableBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("type")
    abstract Object type(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("phase")
    abstract Object phase(String value);

    @JsonProperty("producedBy")
    abstract Object producedBy(Optional<String> value);

    @JsonProperty("status")
    abstract Object status(DeliverableStatus value);

    @JsonProperty("approvals")
    abstract Object approvals(Iterable<? extends Approval> value);

    @JsonProperty("sections")
    abstract Object sections(Iterable<String> value);
  }

  @JsonPropertyOrder({"stakeholder", "role", "date"})
  @JsonDeserialize(builder = Approval.Builder.class)
  abstract static class ApprovalMixIn extends ValueMixIn {
    @JsonProperty("stakeholder")
    abstract String stakeholder();

    @JsonProperty("role")
    abstract String role();

    @JsonProperty("date")
    abstract LocalDate date();
  }

  abstract static class ApprovalBuilderMixIn extends BuilderMixIn {
    @JsonProperty("stakeholder")
    abstract Object stakeholder(String value);

    @JsonProperty("role")
    abstract Object role(String value);

    @JsonProperty("date")
    abstract Object date(LocalDate value);
  }

  @JsonPropertyOrder({
    "gate",
    "lot",
    "outcome",
    "decidedBy",
    "decidedOn",
    "rationale",
    "conditions"
  })
  @JsonDeserialize(builder = GateDecision.Builder.class)
  abstract static class GateDecisionMixIn extends ValueMixIn {
    @JsonProperty("gate")
    abstract String gate();

    @JsonProperty("lot")
    abstract Optional<String> lot();

    @JsonProperty("outcome")
    abstract GateOutcome outcome();

    @JsonProperty("decidedBy")
    abstract String decidedBy();

    @JsonProperty("decidedOn")
    abstract LocalDate decidedOn();

    @JsonProperty("rationale")
    abstract String rationale();

    @JsonProperty("conditions")
    abstract List<String> conditions();
  }

  abstract static class GateDecisionBuilderMixIn extends BuilderMixIn {
    @JsonProperty("gate")
    abstract Object gate(String value);

    @JsonProperty("lot")
    abstract Object lot(Optional<String> value);

    @JsonProperty("outcome")
    abstract Object outcome(GateOutcome value);

    @JsonProperty("decidedBy")
    abstract Object decidedBy(String value);

    @JsonProperty("decidedOn")
    abstract Object decidedOn(LocalDate value);

    @JsonProperty("rationale")
    abstract Object rationale(String value);

    @JsonProperty("conditions")
    abstract Object conditions(Iterable<String> value);
  }

  @JsonPropertyOrder({"id", "kind", "statement", "phase", "decidedOn", "decidedBy", "reopenings"})
  @JsonDeserialize(builder = ProjectDecision.Builder.class)
  abstract static class ProjectDecisionMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("kind")
    abstract DecisionKind kind();

    @JsonProperty("statement")
    abstract String statement();

    @JsonProperty("phase")
    abstract String phase();

    @JsonProperty("decidedOn")
    abstract LocalDate decidedOn();

    @JsonProperty("decidedBy")
    abstract Set<String> decidedBy();

    @JsonProperty("reopenings")
    abstract List<Reopening> reopenings();
  }

  abstract static class ProjectDecisionBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("kind")
    abstract Object kind(DecisionKind value);

    @JsonProperty("statement")
    abstract Object statement(String value);

    @JsonProperty("phase")
    abstract Object phase(String value);

    @JsonProperty("decidedOn")
    abstract Object decidedOn(LocalDate value);

    @JsonProperty("decidedBy")
    abstract Object decidedBy(Iterable<String> value);

    @JsonProperty("reopenings")
    abstract Object reopenings(Iterable<? extends Reopening> value);
  }

  @JsonPropertyOrder({"phase", "date", "reason", "generalManagementInformedOn"})
  @JsonDeserialize(builder = Reopening.Builder.class)
  abstract static class ReopeningMixIn extends ValueMixIn {
    @JsonProperty("phase")
    abstract String phase();

    @JsonProperty("date")
    abstract LocalDate date();

    @JsonProperty("reason")
    abstract String reason();

    @JsonProperty("generalManagementInformedOn")
    abstract Optional<LocalDate> generalManagementInformedOn();
  }

  abstract static class ReopeningBuilderMixIn extends BuilderMixIn {
    @JsonProperty("phase")
    abstract Object phase(String value);

    @JsonProperty("date")
    abstract Object date(LocalDate value);

    @JsonProperty("reason")
    abstract Object reason(String value);

    @JsonProperty("generalManagementInformedOn")
    abstract Object generalManagementInformedOn(Optional<? extends LocalDate> value);
  }

  @JsonPropertyOrder({"id", "kind", "date", "attendees", "minutes"})
  @JsonDeserialize(builder = Meeting.Builder.class)
  abstract static class MeetingMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("kind")
    abstract MeetingKind kind();

    @JsonProperty("date")
    abstract LocalDate date();

    @JsonProperty("attendees")
    abstract Set<String> attendees();

    @JsonProperty("minutes")
    abstract Optional<MeetingMinutes> minutes();
  }

  abstract static class MeetingBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("kind")
    abstract Object kind(MeetingKind value);

    @JsonProperty("date")
    abstract Object date(LocalDate value);

    @JsonProperty("attendees")
    abstract Object attendees(Iterable<String> value);

    @JsonProperty("minutes")
    abstract Object minutes(Optional<? extends MeetingMinutes> value);
  }

  @JsonPropertyOrder({"author", "issuedOn", "points", "decisions"})
  @JsonDeserialize(builder = MeetingMinutes.Builder.class)
  abstract static class MeetingMinutesMixIn extends ValueMixIn {
    @JsonProperty("author")
    abstract String author();

    @JsonProperty("issuedOn")
    abstract LocalDate issuedOn();

    @JsonProperty("points")
    abstract List<String> points();

    @JsonProperty("decisions")
    abstract Set<String> decisions();
  }

  abstract static class MeetingMinutesBuilderMixIn extends BuilderMixIn {
    @JsonProperty("author")
    abstract Object author(String value);

    @JsonProperty("issuedOn")
    abstract Object issuedOn(LocalDate value);

    @JsonProperty("points")
    abstract Object points(Iterable<String> value);

    @JsonProperty("decisions")
    abstract Object decisions(Iterable<String> value);
  }

  @JsonPropertyOrder({"id", "name", "definition", "unit", "target", "phase", "owner"})
  @JsonDeserialize(builder = Kpi.Builder.class)
  abstract static class KpiMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("definition")
    abstract String definition();

    @JsonProperty("unit")
    abstract String unit();

    @JsonProperty("target")
    abstract Optional<BigDecimal> target();

    @JsonProperty("phase")
    abstract String phase();

    @JsonProperty("owner")
    abstract Optional<String> owner();
  }

  abstract static class KpiBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("definition")
    abstract Object definition(String value);

    @JsonProperty("unit")
    abstract Object unit(String value);

    @JsonProperty("target")
    abstract Object target(Optional<? extends BigDecimal> value);

    @JsonProperty("phase")
    abstract Object phase(String value);

    @JsonProperty("owner")
    abstract Object owner(Optional<String> value);
  }
}
