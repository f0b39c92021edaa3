package org.crmmethod.core.validation;

import static org.crmmethod.core.validation.PlanEdits.edit;
import static org.crmmethod.core.validation.PlanEdits.holderOf;
import static org.crmmethod.core.validation.PlanEdits.mapActivities;
import static org.crmmethod.core.validation.PlanEdits.mapFirstLot;
import static org.crmmethod.core.validation.PlanEdits.mapKind;
import static org.crmmethod.core.validation.PlanEdits.mapPhase;
import static org.crmmethod.core.validation.PlanEdits.rekind;
import static org.crmmethod.core.validation.PlanEdits.unlink;
import static org.crmmethod.core.validation.rules.BuiltInRules.*;

import org.crmmethod.core.validation.rules.BuiltInRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodGates;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.MeetingKind;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;

/**
 * One way to break a valid plan of the staged method for each built-in rule. Every break works on
 * any plan shaped like the reference plan: it finds elements by kind, method phase, type or role,
 * never by the reference plan's ids.
 */
final class PlanBreakers {
  /** A named break of the rule it is meant to trigger. */
  record Break(String ruleId, String what, UnaryOperator<ProjectPlan> apply) {
    @Override
    public String toString() {
      Set<org.crmmethod.core.method.MethodFact> facts = BuiltInRules.byId(ruleId).orElseThrow().facts();
      return (facts.isEmpty() ? "structural" : facts.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")))
          + ": " + what + " (" + ruleId + ")";
    }
  }

  private PlanBreakers() {}

  static List<Break> all() {
    List<Break> breaks = new ArrayList<>();
    // ---- Structural ----
    breaks.add(new Break(METHOD_MATCHES, "the plan names another method", p -> edit(p).method("another-method").build()));
    breaks.add(new Break(UNIQUE_IDS, "a stakeholder is listed twice", p -> edit(p).addStakeholders(p.stakeholders().get(0)).build()));
    breaks.add(new Break(REFERENCES_RESOLVE, "an activity waits for an activity that does not exist",
        p -> mapKind(p, ActivityKind.STRATEGIC_OBJECTIVE, a -> Activity.builder().from(a).addDependencies(Dependency.on("NOWHERE")).build())));
    breaks.add(new Break(NO_DEPENDENCY_CYCLE, "the strategic objective waits for the strategy gate that waits for it", PlanBreakers::cycle));
    breaks.add(new Break(PHASE_ORDER, "the first two phases are swapped", p -> {
      List<org.crmmethod.core.plan.Phase> phases = new ArrayList<>(p.phases());
      phases.set(0, p.phases().get(1));
      phases.set(1, p.phases().get(0));
      return edit(p).phases(phases).build();
    }));
    breaks.add(new Break(DATES_CONSISTENT, "a meeting is dated before the project starts", p -> edit(p).addMeetings(
        Meeting.builder().id("M-EARLY").kind(MeetingKind.PROJECT_TEAM).date(p.context().startDate().minusDays(3)).build()).build()));
    breaks.add(new Break(PLAUSIBLE_ESTIMATES, "an estimate of twenty years", p -> mapKind(p, ActivityKind.MARKET_ANALYSIS,
        a -> Activity.builder().from(a).estimate(ThreePointEstimate.of(20, 30, 5040)).build())));
    breaks.add(new Break(ACTIVITY_IN_METHOD_PHASE, "user presentations in the strategy phase", p -> mapPhase(p, StagedMethod.STRATEGY,
        phase -> org.crmmethod.core.plan.Phase.builder().from(phase).addActivities(
            Activity.builder().id("S-PRESENT").name("Present the CRM to users").kind(ActivityKind.USER_PRESENTATIONS)
                .estimate(ThreePointEstimate.exactly(2)).build()).build())));
    breaks.add(new Break(LOT_IN_ROLLOUT_PHASE, "a lot is attached to the strategy phase",
        p -> mapFirstLot(p, lot -> Lot.builder().from(lot).phase(p.phases().get(0).id()).build())));
    breaks.add(new Break(REQUIRED_DELIVERABLES, "the KPI set is dropped", p -> edit(p).deliverables(
        p.deliverables().stream().filter(d -> !d.type().equals(MethodDeliverables.KPI_SET)).toList()).build()));
    breaks.add(new Break(DELIVERABLE_SECTIONS, "the audit report loses its sections", p -> mapDeliverables(p, MethodDeliverables.AUDIT_REPORT,
        d -> Deliverable.builder().from(d).sections(Set.of()).build())));
    breaks.add(new Break(APPROVALS_BY_ROLE, "the strategic objective is approved by the project manager alone", p -> mapDeliverables(p,
        MethodDeliverables.STRATEGIC_OBJECTIVE, d -> Deliverable.builder().from(d).status(DeliverableStatus.APPROVED)
            .addApprovals(Approval.of(holderOf(p, MethodRoles.PROJECT_MANAGER), MethodRoles.PROJECT_MANAGER, p.context().startDate())).build())));
    breaks.add(new Break(GATE_DECISIONS, "the strategy gate is passed with nothing approved", p -> edit(p).addGateDecisions(
        GateDecision.builder().gate(MethodGates.STRATEGY_APPROVED).outcome(GateOutcome.GO).decidedBy(holderOf(p, MethodRoles.GENERAL_MANAGEMENT))
            .decidedOn(p.context().startDate()).rationale("Looks fine").build()).build()));
    // ---- Where to start ----
    breaks.add(new Break(OBJECTIVE_BEFORE_PRIORITIES, "prioritisation starts on day 0", p -> unlink(p, ActivityKind.PRIORITISATION)));
    breaks.add(new Break(START_MODULE_NOT_ON_ROI, "the start module is chosen on ROI alone", p -> edit(p).startModule(
        StartModuleChoice.builder().module(CrmModule.ANALYTICAL).addCriteria(StartModuleCriterion.RETURN_ON_INVESTMENT)
            .decidedOn(p.context().startDate()).build()).build()));
    breaks.add(new Break(START_MODULE_RECOMMENDED, "SFA chosen over analytical CRM despite a risky legacy, with no rationale", p -> edit(p)
        .context(ProjectContext.builder().from(p.context()).addModules(CrmModule.SFA, CrmModule.ANALYTICAL)
            .legacySystem(LegacySystem.builder().name("Old SFA").obsolete(true).pastFailures(true).settledHabits(true).build()).build())
        .startModule(StartModuleChoice.builder().module(CrmModule.SFA).addCriteria(StartModuleCriterion.AWAITED_BY_USERS)
            .decidedOn(p.context().startDate()).build()).build()));
    breaks.add(new Break(SFA_FIRST_DESPITE_LEGACY, "SFA first with an old system and settled habits", p -> edit(p)
        .context(ProjectContext.builder().from(p.context()).legacySystem(LegacySystem.builder().name("Old SFA").settledHabits(true).build()).build())
        .startModule(StartModuleChoice.builder().module(CrmModule.SFA).addCriteria(StartModuleCriterion.AWAITED_BY_USERS)
            .decidedOn(p.context().startDate()).build()).build()));
    breaks.add(new Break(STAGED_PLAN, "the plan keeps only its first phase", p -> edit(p).phases(List.of(p.phases().get(0))).build()));
    // ---- Staged method ----
    breaks.add(new Break(OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT, "the audit interviews start on day 0", p -> unlink(p, ActivityKind.AUDIT_INTERVIEWS)));
    breaks.add(new Break(PHASE_DURATIONS, "a market analysis of a year", p -> mapKind(p, ActivityKind.MARKET_ANALYSIS,
        a -> Activity.builder().from(a).estimate(ThreePointEstimate.of(200, 250, 300)).build())));
    breaks.add(new Break(MARKET_ANALYSIS_IN_PHASE_1, "no market analysis is planned", p -> rekind(p, ActivityKind.MARKET_ANALYSIS, ActivityKind.OTHER)));
    breaks.add(new Break(BUDGET_IN_PHASE_1, "no budget is set", p -> rekind(p, ActivityKind.BUDGETING, ActivityKind.OTHER)));
    breaks.add(new Break(AUDIT_ONE_TO_ONE_AND_GROUP, "the audit holds no group session", p -> rekind(p, ActivityKind.AUDIT_WORKSHOPS, ActivityKind.OTHER)));
    breaks.add(new Break(AUDIT_EXECUTIVES_AND_USERS, "the audit names no participant", p -> mapActivities(p,
        a -> a.kind() == ActivityKind.AUDIT_INTERVIEWS || a.kind() == ActivityKind.AUDIT_WORKSHOPS,
        a -> Activity.builder().from(a).participants(Set.of()).build())));
    breaks.add(new Break(AUDIT_PRODUCES_CHARTER_AND_ARCHITECTURE, "nobody writes the project charter", p -> rekind(p, ActivityKind.PROJECT_CHARTER, ActivityKind.OTHER)));
    breaks.add(new Break(SPECIFICATION_TEAMS, "a specification team of 24 people", p -> edit(p).teams(p.teams().stream()
        .map(t -> t.purpose() == TeamPurpose.SPECIFICATION ? Team.builder().from(t).composition(Map.of(MethodRoles.DESIGNER, 20, MethodRoles.PROSPECTIVE_USER, 4)).build() : t).toList()).build()));
    breaks.add(new Break(REQUIREMENTS_SPECIFICATION_CONTENT, "the specification has no gap analysis", p -> mapDeliverables(p,
        MethodDeliverables.REQUIREMENTS_SPECIFICATION, d -> Deliverable.builder().from(d).sections(
            d.sections().stream().filter(s -> !s.equals(MethodDeliverables.SECTION_GAP_ANALYSIS)).toList()).build())));
    breaks.add(new Break(SPECIFICATION_WORK, "no gap analysis activity", p -> rekind(p, ActivityKind.GAP_ANALYSIS, ActivityKind.OTHER)));
    breaks.add(new Break(GAP_ANALYSIS_PRESENT, "the specification gate is passed without a fit-gap analysis", p -> edit(p)
        .fitGap(java.util.Optional.empty())
        .addGateDecisions(GateDecision.builder().gate(MethodGates.SPECIFICATION_APPROVED).outcome(GateOutcome.GO)
            .decidedBy("STEERING").decidedOn(p.context().startDate()).rationale("Specification done").build())
        .build()));
    breaks.add(new Break(MUST_HAVE_COVERED, "a must-have gap is left out of the gap plan", p -> withFitGap(p, analysis -> analysis
        .addRequirements(Requirement.of("R-BROKEN", "Sign visit reports electronically", "SALES", CrmModule.SFA, Priority.MUST))
        .addAssessments(FitAssessment.of("R-BROKEN", PackageFit.SPECIFIC_DEVELOPMENT, 10, money(p, "1"))))));
    breaks.add(new Break(GAP_PLAN_BUDGET, "the fit alone costs more than the gap plan's budget", p -> withFitGap(p, analysis -> analysis
        .addRequirements(Requirement.of("R-COSTLY", "Configure every screen twice", "SALES", CrmModule.SFA, Priority.COULD))
        .addAssessments(FitAssessment.of("R-COSTLY", PackageFit.CONFIGURATION, 10, money(p, "1000000000")))
        .budget(money(p, "1000")))));
    breaks.add(new Break(REOPENING_REPORTED, "a decision reopened in phase 3 without telling general management", p -> edit(p).addDecisions(
        ProjectDecision.builder().id("DEC-SCOPE").kind(DecisionKind.SCOPE).statement("SFA and analytics are in scope")
            .phase(p.phases().get(0).id()).decidedOn(p.context().startDate())
            .addReopenings(Reopening.builder().phase(phaseOf(p, StagedMethod.SPECIFICATION)).date(p.context().startDate().plusDays(1))
                .reason("Users want the contact center too").build()).build())
        .statusDate(p.context().startDate().plusDays(1)).build()));
    breaks.add(new Break(TRAINING_AND_KPIS_PLANNED, "the plan defines no KPI", p -> edit(p).kpis(List.of()).build()));
    breaks.add(new Break(CREDIBLE_DURATION, "a target finish 200 days after the start", p -> withTarget(p, 200)));
    breaks.add(new Break(NINETY_DAYS_IS_DEPLOYMENT_ONLY, "the vendor's 90 days", p -> withTarget(p, 90)));
    // ---- Lot-based rollout ----
    breaks.add(new Break(CLASSIC_IS_PEOPLE_WORK, "a classic project with specific development", p -> edit(p)
        .context(ProjectContext.builder().from(p.context()).approach(Approach.CLASSIC).build())
        .lots(p.lots().stream().map(PlanBreakers::withDevelopment).toList()).build()));
    breaks.add(new Break(DIFFERENTIATING_STARTS_WITH_STUDY, "no target-organisation study",
        p -> rekind(edit(p).context(ProjectContext.builder().from(p.context()).approach(Approach.DIFFERENTIATING).build()).build(),
            ActivityKind.TARGET_ORGANISATION_STUDY, ActivityKind.OTHER)));
    breaks.add(new Break(LOT_WORKSTREAMS, "a lot without tests", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .workstreams(lot.workstreams().stream().filter(a -> a.kind() != ActivityKind.TESTS).toList()).build())));
    breaks.add(new Break(WORKSTREAMS_IN_PARALLEL, "the workstreams run one after the other", p -> mapFirstLot(p, PlanBreakers::chainByKind)));
    breaks.add(new Break(STEERING_MINUTES, "no steering meeting", p -> edit(p).meetings(
        p.meetings().stream().filter(m -> m.kind() != MeetingKind.STEERING_COMMITTEE).toList()).build()));
    breaks.add(new Break(PRE_ACCEPTANCE_BEFORE_GO_LIVE, "a lot without pre-acceptance", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .preAcceptance(java.util.Optional.empty()).build())));
    breaks.add(new Break(TRAINING_AFTER_PRE_ACCEPTANCE, "training starts on day 0", p -> unlink(p, ActivityKind.TRAINING)));
    breaks.add(new Break(TRAINING_ON_REAL_DATA, "training on test data", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .training(Training.builder().from(lot.training().orElseThrow()).onRealData(false).build()).build())));
    breaks.add(new Break(PRINTED_USER_GUIDE, "no printed guide", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .training(Training.builder().from(lot.training().orElseThrow()).printedUserGuide(false).build()).build())));
    breaks.add(new Break(AUTOMATED_IMPORT_WITH_REPORT, "data loaded by hand", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .cutOver(CutOver.builder().from(lot.cutOver().orElseThrow()).automatedImport(false).build()).build())));
    breaks.add(new Break(SHORT_CUT_OVER, "a two-week cut-over", p -> mapKind(p, ActivityKind.CUT_OVER,
        a -> Activity.builder().from(a).estimate(ThreePointEstimate.of(8, 10, 12)).build())));
    breaks.add(new Break(SUPPORT_RIGHT_AFTER_GO_LIVE, "no increased support", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .hypercare(java.util.Optional.empty()).build())));
    breaks.add(new Break(ACCEPTANCE_AFTER_REAL_USE, "acceptance signed the day after go-live", p -> mapFirstLot(p, lot -> Lot.builder().from(lot)
        .finalAcceptance(FinalAcceptance.builder().from(lot.finalAcceptance().orElseThrow()).activity(
            Activity.builder().from(lot.finalAcceptance().get().activity())
                .dependencies(List.of(Dependency.on(lot.cutOver().orElseThrow().activity().id()))).build()).build()).build())));
    // ---- Organisation ----
    breaks.add(new Break(DEPARTMENT_LEADERS_TAKE_PART, "a department nobody leads into the project", p -> edit(p).addDepartments(
        Department.builder().id("QUALITY").name("Quality assurance").function(BusinessFunction.OTHER).build()).build()));
    breaks.add(new Break(OBJECTIVES_BEFORE_SPECIFICATION, "no CRM objective", p -> edit(p).objectives(List.of()).build()));
    breaks.add(new Break(CUSTOMER_FACING_DEPARTMENTS_REPRESENTED, "a customer-facing department in no team", p -> edit(p).addDepartments(
        Department.builder().id("EXPORT").name("Export sales").function(BusinessFunction.SALES).customerFacing(true)
            .addCustomerDuties("Sells to foreign distributors").build()).build()));
    breaks.add(new Break(CHAMPIONS_TEAM, "no champions team", p -> edit(p).championsTeam(java.util.Optional.empty()).build()));
    // ---- Readiness ----
    breaks.add(new Break(NO_IT_BEFORE_STRATEGY, "configuration starts on day 0", p -> unlink(p, ActivityKind.CONFIGURATION)));
    breaks.add(new Break(PERSONAL_DATA_BEFORE_MIGRATION, "nobody settles personal-data compliance", p -> mapActivities(p,
        a -> a.kind() == ActivityKind.DATA_MIGRATION_SCOPING || a.kind() == ActivityKind.READINESS_ASSESSMENT,
        a -> Activity.builder().from(a).roles(a.roles().stream().filter(r -> !r.equals(MethodRoles.DATA_PROTECTION_OFFICER)).toList())
            .participants(a.participants().stream().filter(s -> !holds(p, s, MethodRoles.DATA_PROTECTION_OFFICER)).toList()).build())));
    breaks.add(new Break(READINESS_BLOCKERS, "personal-data compliance is due long after the data migration starts", p -> withAnswer(p,
        ReadinessAnswer.builder().question(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE).status(AnswerStatus.IN_PROGRESS)
            .owner(p.stakeholders().get(0).id()).answeredOn(assessedOn(p)).dueOn(p.context().startDate().plusYears(10)).build())));
    breaks.add(new Break(READINESS_ASSESSED, "an answer to a question no questionnaire holds", p -> withAnswer(p,
        ReadinessAnswer.builder().question("NO-SUCH-QUESTION").status(AnswerStatus.UNANSWERED).owner(p.stakeholders().get(0).id()).build())));
    breaks.add(new Break(READINESS_RESPONDENTS, "every readiness answer is owned by someone who is neither executive nor key manager", p -> {
      String outsider = p.stakeholders().stream()
          .filter(s -> java.util.Collections.disjoint(s.roles(), ReadinessCatalogue.questionnaire().respondents()))
          .findFirst().orElseThrow().id();
      ReadinessAssessment assessment = withAnswer(p, ReadinessAnswer.builder().question("STRATEGY-01").status(AnswerStatus.UNANSWERED)
          .owner(outsider).build()).readiness().orElseThrow();
      return edit(p).readiness(ReadinessAssessment.builder().from(assessment)
          .answers(assessment.answers().stream().map(a -> ReadinessAnswer.builder().from(a).owner(outsider).build()).toList()).build()).build();
    }));
    return breaks;
  }

  /** The plan with an answer put in its readiness assessment, which is opened on the start date if the plan has none. */
  private static ProjectPlan withAnswer(ProjectPlan plan, ReadinessAnswer answer) {
    ReadinessAssessment assessment = plan.readiness().orElseGet(() ->
        ReadinessAssessment.builder().questionnaire(ReadinessCatalogue.ID).assessedOn(plan.context().startDate()).build());
    List<ReadinessAnswer> answers = new ArrayList<>();
    assessment.answers().stream().filter(a -> !a.question().equals(answer.question())).forEach(answers::add);
    answers.add(answer);
    return edit(plan).readiness(ReadinessAssessment.builder().from(assessment).answers(answers).build()).build();
  }

  private static java.time.LocalDate assessedOn(ProjectPlan plan) {
    return plan.readiness().map(ReadinessAssessment::assessedOn).orElse(plan.context().startDate());
  }

  static Map<String, Break> byRule() {
    Map<String, Break> byRule = new java.util.LinkedHashMap<>();
    for (Break b : all()) {
      byRule.put(b.ruleId(), b);
    }
    return byRule;
  }

  private static ProjectPlan cycle(ProjectPlan plan) {
    String gate = plan.phases().get(0).activities().stream().filter(a -> a.kind() == ActivityKind.GATE_REVIEW).findFirst().orElseThrow().id();
    return mapKind(plan, ActivityKind.STRATEGIC_OBJECTIVE, a -> Activity.builder().from(a).addDependencies(Dependency.on(gate)).build());
  }

  /** Edits the plan's fit-gap analysis, or an empty one in the project's currency. */
  private static ProjectPlan withFitGap(ProjectPlan plan, UnaryOperator<FitGapAnalysis.Builder> change) {
    FitGapAnalysis.Builder analysis = FitGapAnalysis.builder();
    plan.fitGap().ifPresentOrElse(analysis::from, () -> analysis.budget(money(plan, "0")));
    return edit(plan).fitGap(change.apply(analysis).build()).build();
  }

  private static Money money(ProjectPlan plan, String amount) {
    return Money.of(new java.math.BigDecimal(amount), plan.fitGap().map(FitGapAnalysis::budget).orElse(plan.context().budget()).currency());
  }

  private static ProjectPlan mapDeliverables(ProjectPlan plan, String type, UnaryOperator<Deliverable> change) {
    return edit(plan).deliverables(plan.deliverables().stream().map(d -> d.type().equals(type) ? change.apply(d) : d).toList()).build();
  }

  private static String phaseOf(ProjectPlan plan, String template) {
    return plan.phases().stream().filter(ph -> ph.template().filter(template::equals).isPresent()).findFirst().orElseThrow().id();
  }

  private static ProjectPlan withTarget(ProjectPlan plan, int days) {
    return edit(plan).context(ProjectContext.builder().from(plan.context()).targetFinish(plan.context().startDate().plusDays(days)).build()).build();
  }

  private static Lot withDevelopment(Lot lot) {
    if (lot.workstreams().stream().anyMatch(a -> a.kind() == ActivityKind.SPECIFIC_DEVELOPMENT)) {
      return lot;
    }
    Activity first = lot.workstreams().get(0);
    return Lot.builder().from(lot).configuredOnly(false).addWorkstreams(
        Activity.builder().id(first.id() + "-DEV").name("Develop what configuration cannot do").kind(ActivityKind.SPECIFIC_DEVELOPMENT)
            .estimate(ThreePointEstimate.of(10, 15, 20)).dependencies(first.dependencies()).build()).build();
  }

  /** Runs the lot's workstreams one kind after the other, in a single chain. */
  private static Lot chainByKind(Lot lot) {
    List<Activity> sorted = lot.workstreams().stream()
        .sorted(java.util.Comparator.comparing(Activity::kind)).toList();
    List<Activity> chained = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Activity activity = sorted.get(i);
      chained.add(i == 0 ? activity : Activity.builder().from(activity)
          .dependencies(List.of(Dependency.on(sorted.get(i - 1).id()))).build());
    }
    return Lot.builder().from(lot).workstreams(chained).build();
  }

  private static boolean holds(ProjectPlan plan, String stakeholder, String role) {
    return plan.stakeholders().stream().anyMatch(s -> s.id().equals(stakeholder) && s.roles().contains(role));
  }
}
