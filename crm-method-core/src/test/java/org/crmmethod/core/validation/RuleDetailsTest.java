package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.validation.PlanEdits.edit;
import static org.crmmethod.core.validation.PlanEdits.mapFirstLot;
import static org.crmmethod.core.validation.PlanEdits.mapKind;
import static org.crmmethod.core.validation.PlanEdits.mapPhase;
import static org.crmmethod.core.validation.rules.BuiltInRules.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodGates;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.MeetingKind;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ProjectScope;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The finer cases of the built-in rules, beyond the one break per rule of {@link BuiltInRulesTest}:
 * the other ways each rule can be broken, where it points, and the near misses it must let pass.
 * Every plan is the reference plan with one change.
 */
class RuleDetailsTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final LocalDate START = PLAN.context().startDate();

  private static List<Finding> findings(ProjectPlan plan, String ruleId) {
    return Validator.standard().validate(plan, METHOD).byRule(ruleId);
  }

  private static List<String> paths(ProjectPlan plan, String ruleId) {
    return findings(plan, ruleId).stream().map(Finding::path).toList();
  }

  private static ProjectPlan withDeliverable(ProjectPlan plan, String type, java.util.function.UnaryOperator<Deliverable> change) {
    return edit(plan).deliverables(plan.deliverables().stream().map(d -> d.type().equals(type) ? change.apply(d) : d).toList()).build();
  }

  private static Deliverable approved(Deliverable deliverable, Approval... approvals) {
    return Deliverable.builder().from(deliverable).status(DeliverableStatus.APPROVED).approvals(List.of(approvals)).build();
  }

  private static ProjectPlan withContext(ProjectPlan plan, java.util.function.UnaryOperator<ProjectContext.Builder> change) {
    return edit(plan).context(change.apply(ProjectContext.builder().from(plan.context())).build()).build();
  }

  // ---- Structural ----

  @Test
  void uniqueIds_duplicateActivityAcrossPhaseAndLot() {
    ProjectPlan plan = mapKind(PLAN, ActivityKind.KPI_SETUP, a -> Activity.builder().from(a).id("L1-CONF").build());

    assertThat(findings(plan, UNIQUE_IDS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("lots[LOT-1].workstreams[L1-CONF]");
          assertThat(f.message()).startsWith("Activity id 'L1-CONF' is used by 2 activities");
        });
  }

  @Test
  void uniqueIds_everyKindOfElement() {
    ProjectPlan plan = edit(PLAN)
        .addPhases(PLAN.phases().get(0))
        .addLots(PLAN.lots().get(0))
        .addDeliverables(PLAN.deliverables().get(0))
        .addDecisions(PLAN.decisions().get(0))
        .addDepartments(PLAN.departments().get(0))
        .addTeams(PLAN.teams().get(0))
        .addMeetings(PLAN.meetings().get(0))
        .addKpis(PLAN.kpis().get(0))
        .addCustomerSegments(PLAN.customerSegments().get(0))
        .addObjectives(PLAN.objectives().get(0))
        .build();

    assertThat(paths(plan, UNIQUE_IDS))
        .contains("phases[STRATEGY]", "lots[LOT-1]", "deliverables[D-OBJ]", "decisions[DEC-APPROACH]", "departments[GM]",
            "teams[STEERING]", "meetings[M-KICKOFF]", "kpis[KPI-COVERAGE]", "objectives[OBJ-360]")
        .anyMatch(path -> path.startsWith("customerSegments["));
  }

  @Test
  void referencesResolve_everyKindOfReference() {
    ProjectPlan plan = edit(mapFirstLot(PLAN, lot -> Lot.builder().from(lot).phase("NOWHERE")
            .preAcceptance(PreAcceptance.builder().from(lot.preAcceptance().orElseThrow()).addKeyUsers("GHOST").build()).build()))
        .phases(PLAN.phases().stream().map(p -> p.id().equals(StagedMethod.AUDIT) ? Phase.builder().from(p).template("NO-TEMPLATE").build() : p).toList())
        .addDeliverables(Deliverable.builder().id("D-X").type("NO-TYPE").name("X").phase("NO-PHASE").producedBy("NO-ACTIVITY")
            .addApprovals(Approval.of("GHOST", "NO-ROLE", START)).build())
        .addGateDecisions(GateDecision.builder().gate("NO-GATE").lot("NO-LOT").outcome(GateOutcome.NO_GO).decidedBy("GHOST").decidedOn(START).rationale("r").build())
        .addDecisions(ProjectDecision.builder().id("DEC-X").kind(DecisionKind.OTHER).statement("s").phase("NO-PHASE").decidedOn(START).addDecidedBy("GHOST")
            .addReopenings(Reopening.builder().phase("NO-PHASE").date(START).reason("r").build()).build())
        .addMeetings(Meeting.builder().id("M-X").kind(MeetingKind.PROJECT_TEAM).date(START).addAttendees("GHOST")
            .minutes(org.crmmethod.core.plan.MeetingMinutes.builder().author("GHOST").issuedOn(START).addPoints("p").addDecisions("NO-DECISION").build()).build())
        .addKpis(org.crmmethod.core.plan.Kpi.builder().id("KPI-X").name("n").definition("d").unit("u").phase("NO-PHASE").owner("GHOST").build())
        .addTeams(Team.builder().id("T-X").name("t").purpose(TeamPurpose.PROJECT).putComposition("NO-ROLE", 1).addMembers("GHOST").addDepartments("NO-DEPT").build())
        .addStakeholders(org.crmmethod.core.organisation.Stakeholder.builder().id("S-X").name("s").department("NO-DEPT").addRoles("NO-ROLE").build())
        .championsTeam(ChampionsTeam.builder().from(PLAN.championsTeam().orElseThrow()).addMembers("GHOST").addDepartments("NO-DEPT").build())
        .addCustomerSegments(org.crmmethod.core.organisation.CustomerSegment.builder().from(PLAN.customerSegments().get(0)).id("SEG-X").addServedBy("NO-DEPT").build())
        .build();
    plan = mapKind(plan, ActivityKind.MARKET_ANALYSIS, a -> Activity.builder().from(a).addRoles("NO-ROLE").addParticipants("GHOST").build());

    assertThat(paths(plan, REFERENCES_RESOLVE))
        .contains(
            "lots[LOT-1].phase", "lots[LOT-1].preAcceptance.keyUsers", "phases[AUDIT].template",
            "deliverables[D-X].type", "deliverables[D-X].phase", "deliverables[D-X].producedBy", "deliverables[D-X].approvals",
            "gateDecisions[0].gate", "gateDecisions[0].lot", "gateDecisions[0].decidedBy",
            "decisions[DEC-X].phase", "decisions[DEC-X].decidedBy", "decisions[DEC-X].reopenings",
            "meetings[M-X].attendees", "meetings[M-X].minutes.author", "meetings[M-X].minutes.decisions",
            "kpis[KPI-X].phase", "kpis[KPI-X].owner",
            "teams[T-X].composition", "teams[T-X].members", "teams[T-X].departments",
            "stakeholders[S-X].department", "stakeholders[S-X].roles",
            "championsTeam.members", "championsTeam.departments", "customerSegments[SEG-X].servedBy",
            "phases[STRATEGY].activities[S-MKT].roles", "phases[STRATEGY].activities[S-MKT].participants");
    assertThat(findings(plan, REFERENCES_RESOLVE)).extracting(Finding::message).contains("'GHOST' names no stakeholder", "'NO-ROLE' names no role of the method");
  }

  @Test
  void noDependencyCycle_namesTheCycleFromItsFirstActivity() {
    ProjectPlan plan = mapKind(PLAN, ActivityKind.STRATEGIC_OBJECTIVE, a -> Activity.builder().from(a).addDependencies(Dependency.on("S-BUD")).build());

    assertThat(findings(plan, NO_DEPENDENCY_CYCLE))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("phases[STRATEGY].activities[S-OBJ].dependencies");
          assertThat(f.message()).startsWith("Dependency cycle: S-OBJ -> S-MKT -> S-BUD -> S-OBJ");
        });
    assertThat(findings(plan, TRAINING_AFTER_PRE_ACCEPTANCE)).isEmpty();
  }

  @Test
  void datesConsistent_phasesAndRecords() {
    ProjectPlan plan = edit(PLAN)
        .statusDate(START.plusDays(10))
        .phases(List.of(
            Phase.builder().from(PLAN.phases().get(0)).plannedStart(START.plusDays(30)).plannedFinish(START.plusDays(40)).build(),
            Phase.builder().from(PLAN.phases().get(1)).plannedStart(START.plusDays(5)).build(),
            Phase.builder().from(PLAN.phases().get(2)).plannedStart(START.minusDays(1)).plannedFinish(START.minusDays(1)).build(),
            PLAN.phases().get(3)))
        .addGateDecisions(GateDecision.builder().gate(MethodGates.STRATEGY_APPROVED).outcome(GateOutcome.NO_GO).decidedBy("CEO")
            .decidedOn(START.plusDays(11)).rationale("Not yet").build())
        .addDecisions(ProjectDecision.builder().id("DEC-OLD").kind(DecisionKind.OTHER).statement("s").phase(StagedMethod.STRATEGY)
            .decidedOn(START.minusDays(2)).build())
        .build();
    plan = withDeliverable(plan, MethodDeliverables.MARKET_ANALYSIS, d -> approved(d, Approval.of("SALES-DIR", MethodRoles.STEERING_COMMITTEE, START.plusDays(12))));

    assertThat(paths(plan, DATES_CONSISTENT))
        .containsExactlyInAnyOrder(
            "phases[AUDIT].plannedStart", "phases[SPECIFICATION].plannedStart", "phases[SPECIFICATION].plannedStart",
            "phases[SPECIFICATION].plannedFinish",
            "gateDecisions[0].decidedOn", "decisions[DEC-OLD].decidedOn", "deliverables[D-MKT].approvals");
    assertThat(findings(plan, DATES_CONSISTENT)).extracting(Finding::message)
        .anyMatch(m -> m.contains("after the plan's status date"))
        .anyMatch(m -> m.contains("before the phase it follows"));
  }

  @Test
  void datesConsistent_recordsOnTheStatusDateAreFine() {
    ProjectPlan plan = withDeliverable(edit(PLAN).statusDate(START.plusDays(12)).build(), MethodDeliverables.MARKET_ANALYSIS,
        d -> approved(d, Approval.of("SALES-DIR", MethodRoles.STEERING_COMMITTEE, START.plusDays(12))));

    assertThat(findings(plan, DATES_CONSISTENT)).isEmpty();
  }

  @Test
  void plausibleEstimates_lagAndBoundaries() {
    ProjectPlan longLag = mapKind(PLAN, ActivityKind.BUDGETING,
        a -> Activity.builder().from(a).dependencies(List.of(Dependency.of("S-MKT", DependencyType.FINISH_TO_START, -1261))).build());
    ProjectPlan atTheBound = mapKind(PLAN, ActivityKind.BUDGETING,
        a -> Activity.builder().from(a).estimate(ThreePointEstimate.of(5, 10, 1260)).build());

    assertThat(findings(longLag, PLAUSIBLE_ESTIMATES)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("lag of -1261 working days"));
    assertThat(findings(atTheBound, PLAUSIBLE_ESTIMATES)).isEmpty();
  }

  @Test
  void activityInMethodPhase_gateReviewsSteeringAndOtherMaySitAnywhere() {
    ProjectPlan plan = mapPhase(PLAN, StagedMethod.STRATEGY, phase -> Phase.builder().from(phase).addActivities(
        Activity.builder().id("S-STEER").name("Steer").kind(ActivityKind.STEERING).estimate(ThreePointEstimate.exactly(1)).build(),
        Activity.builder().id("S-OTHER").name("Other").kind(ActivityKind.OTHER).estimate(ThreePointEstimate.exactly(1)).build()).build());

    assertThat(findings(plan, ACTIVITY_IN_METHOD_PHASE)).isEmpty();
  }

  @Test
  void approvalsByRole_approverMustHoldTheRole() {
    ProjectPlan plan = withDeliverable(PLAN, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("PM", MethodRoles.GENERAL_MANAGEMENT, START)));

    assertThat(findings(plan, APPROVALS_BY_ROLE)).extracting(Finding::message)
        .anyMatch(m -> m.equals("'PM' approved 'D-OBJ' as GENERAL_MANAGEMENT but does not hold that role"))
        .anyMatch(m -> m.contains("is APPROVED without the approval of [GENERAL_MANAGEMENT]"));
    assertThat(findings(withDeliverable(PLAN, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START))), APPROVALS_BY_ROLE)).isEmpty();
  }

  @Test
  void gateDecisions_roleLotAndTiming() {
    ProjectPlan approvedStrategy = PLAN;
    for (String type : List.of(MethodDeliverables.STRATEGIC_OBJECTIVE, MethodDeliverables.MARKET_ANALYSIS, MethodDeliverables.BUDGET)) {
      approvedStrategy = withDeliverable(approvedStrategy, type, d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(3))));
    }
    ProjectPlan base = edit(approvedStrategy).statusDate(START.plusDays(30)).build();
    GateDecision onTime = GateDecision.builder().gate(MethodGates.STRATEGY_APPROVED).outcome(GateOutcome.GO).decidedBy("CEO")
        .decidedOn(START.plusDays(3)).rationale("Done").build();

    assertThat(findings(edit(base).addGateDecisions(onTime).build(), GATE_DECISIONS)).isEmpty();
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(onTime).decidedOn(START.plusDays(2)).build()).build(), GATE_DECISIONS))
        .hasSize(3);
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(onTime).decidedBy("PM").build()).build(), GATE_DECISIONS))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("gateDecisions[0].decidedBy"));
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(onTime).lot("LOT-1").build()).build(), GATE_DECISIONS))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("gateDecisions[0].lot"));
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(onTime).outcome(GateOutcome.NO_GO).decidedOn(START.plusDays(1)).build()).build(), GATE_DECISIONS))
        .isEmpty();
  }

  @Test
  void gateDecisions_perLotGatesLookAtTheLotsDeliverables() {
    ProjectPlan base = withDeliverable(edit(PLAN).statusDate(START.plusDays(300)).build(), MethodDeliverables.PRE_ACCEPTANCE_REPORT,
        d -> d.id().equals("D-L1-PRE") ? approved(d, Approval.of("SALES-DIR", MethodRoles.STEERING_COMMITTEE, START.plusDays(200))) : d);
    GateDecision lot1 = GateDecision.builder().gate(MethodGates.PRE_ACCEPTANCE_PASSED).lot("LOT-1").outcome(GateOutcome.GO)
        .decidedBy("SALES-DIR").decidedOn(START.plusDays(201)).rationale("Key users agree").build();

    assertThat(findings(edit(base).addGateDecisions(lot1).build(), GATE_DECISIONS)).isEmpty();
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(lot1).lot("LOT-2").build()).build(), GATE_DECISIONS))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("for lot 'LOT-2'"));
    assertThat(findings(edit(base).addGateDecisions(GateDecision.builder().from(lot1).lot(Optional.empty()).build()).build(), GATE_DECISIONS))
        .extracting(Finding::path).contains("gateDecisions[0].lot");
  }

  // ---- Where to start ----

  @Test
  void objectiveBeforePriorities_noObjectiveAtAll() {
    ProjectPlan plan = PlanEdits.rekind(PLAN, ActivityKind.STRATEGIC_OBJECTIVE, ActivityKind.OTHER);

    assertThat(findings(plan, OBJECTIVE_BEFORE_PRIORITIES)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("never formalises the global strategic objective"));
  }

  @Test
  void objectiveBeforePriorities_decisionBeforeApproval() {
    ProjectDecision priorities = ProjectDecision.builder().id("DEC-PRIO").kind(DecisionKind.PRIORITIES).statement("Analytics first")
        .phase(StagedMethod.STRATEGY).decidedOn(START.plusDays(5)).build();
    ProjectPlan plan = edit(PLAN).statusDate(START.plusDays(10)).addDecisions(priorities).build();
    ProjectPlan approvedFirst = withDeliverable(plan, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(5))));
    ProjectPlan approvedLate = withDeliverable(plan, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(6))));

    assertThat(paths(plan, OBJECTIVE_BEFORE_PRIORITIES)).containsExactly("decisions[DEC-PRIO]");
    assertThat(findings(approvedFirst, OBJECTIVE_BEFORE_PRIORITIES)).isEmpty();
    assertThat(findings(approvedLate, OBJECTIVE_BEFORE_PRIORITIES)).hasSize(1);
  }

  @Test
  void startModule_primaryCriterionPassesAndOtherGroundsAreNamed() {
    StartModuleChoice easy = StartModuleChoice.builder().module(CrmModule.ANALYTICAL)
        .addCriteria(StartModuleCriterion.EASE_OF_IMPLEMENTATION, StartModuleCriterion.RETURN_ON_INVESTMENT).decidedOn(START).build();
    StartModuleChoice sound = StartModuleChoice.builder().from(easy).addCriteria(StartModuleCriterion.ENABLES_LATER_STEPS).build();

    assertThat(findings(edit(PLAN).startModule(easy).build(), START_MODULE_NOT_ON_ROI)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("chosen on [EASE_OF_IMPLEMENTATION, RETURN_ON_INVESTMENT] only"));
    assertThat(findings(edit(PLAN).startModule(sound).build(), START_MODULE_NOT_ON_ROI)).isEmpty();
  }

  @Test
  @DisplayName("F02-F04: SFA chosen over analytical CRM without a rationale is questioned; a rationale answers")
  void startModuleRecommended_departureNeedsARationale() {
    StartModuleChoice sfa = StartModuleChoice.builder().module(CrmModule.SFA)
        .addCriteria(StartModuleCriterion.AWAITED_BY_USERS).decidedOn(START).build();
    StartModuleChoice explained = StartModuleChoice.builder().from(sfa)
        .rationale("The audit found the representatives asking for a new SFA before anything else.").build();
    StartModuleChoice analytical = StartModuleChoice.builder().from(sfa).module(CrmModule.ANALYTICAL).build();

    assertThat(findings(edit(PLAN).startModule(sfa).build(), START_MODULE_RECOMMENDED)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("startModule.module");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("The plan starts with Sales force automation, ranked 2 of 2 with 2.18 of 5,"
          + " while Analytical CRM ranks first with 3.71 of 5 on the method's start-module criteria; no rationale is"
          + " recorded for the choice");
      assertThat(f.hints()).singleElement().asString().startsWith("Record in startModule.rationale why Sales force automation");
    });
    assertThat(findings(edit(PLAN).startModule(explained).build(), START_MODULE_RECOMMENDED)).isEmpty();
    assertThat(findings(edit(PLAN).startModule(analytical).build(), START_MODULE_RECOMMENDED)).isEmpty();
    assertThat(findings(PLAN, START_MODULE_RECOMMENDED)).isEmpty();
  }

  @Test
  void startModuleRecommended_moduleOutOfScope_tiesAndVendorWeights() {
    StartModuleChoice ema = StartModuleChoice.builder().module(CrmModule.EMA)
        .addCriteria(StartModuleCriterion.AWAITED_BY_USERS).decidedOn(START).build();
    StartModuleChoice sfa = StartModuleChoice.builder().from(ema).module(CrmModule.SFA).build();
    // Only the legacy risk counts: with no legacy system, SFA and analytical CRM tie for first.
    Validator legacyOnly = Validator.builder().addBuiltInRules().settings(ValidationSettings.builder()
        .startModuleWeights(new CriterionWeights(java.util.Map.of(
            StartModuleCriterion.CUSTOMER_CULTURE_SHIFT, 0.0, StartModuleCriterion.ENABLES_LATER_STEPS, 0.0,
            StartModuleCriterion.AWAITED_BY_USERS, 0.0, StartModuleCriterion.EASE_OF_IMPLEMENTATION, 0.0,
            StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE, 0.0, StartModuleCriterion.RETURN_ON_INVESTMENT, 0.0,
            StartModuleCriterion.LOW_LEGACY_RISK, 1.0)))
        .build()).build();
    ProjectPlan sfaNoLegacy = withContext(edit(PLAN).startModule(sfa).build(), c -> c.legacySystem(Optional.empty()));

    assertThat(findings(edit(PLAN).startModule(ema).build(), START_MODULE_RECOMMENDED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Enterprise marketing automation, not among the modules in scope (SFA, ANALYTICAL)"));
    assertThat(findings(sfaNoLegacy, START_MODULE_RECOMMENDED)).hasSize(1);
    assertThat(legacyOnly.validate(sfaNoLegacy, METHOD).byRule(START_MODULE_RECOMMENDED)).isEmpty();
    assertThat(legacyOnly.validate(edit(PLAN).startModule(sfa).build(), METHOD).byRule(START_MODULE_RECOMMENDED)).hasSize(1);
  }

  @Test
  void sfaFirst_firstLotCountsWhenNoChoiceIsRecorded() {
    List<Lot> swapped = List.of(PLAN.lots().get(1), PLAN.lots().get(0));
    ProjectPlan sfaFirst = edit(PLAN).lots(swapped).build();
    ProjectPlan harmlessLegacy = withContext(sfaFirst, c -> c.legacySystem(LegacySystem.builder().name("Clean old CRM").build()));
    ProjectPlan noLegacy = withContext(sfaFirst, c -> c.legacySystem(Optional.empty()));

    assertThat(findings(sfaFirst, SFA_FIRST_DESPITE_LEGACY)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("lots[LOT-2].modules");
      assertThat(f.message()).contains("settled habits, past failures, an obsolete system");
    });
    assertThat(findings(harmlessLegacy, SFA_FIRST_DESPITE_LEGACY)).isEmpty();
    assertThat(findings(noLegacy, SFA_FIRST_DESPITE_LEGACY)).isEmpty();
    assertThat(findings(PLAN, SFA_FIRST_DESPITE_LEGACY)).isEmpty();
  }

  @Test
  void stagedPlan_phaseWithoutItsGateReview() {
    ProjectPlan plan = mapPhase(PLAN, StagedMethod.AUDIT, phase -> Phase.builder().from(phase)
        .activities(phase.activities().stream().filter(a -> a.kind() != ActivityKind.GATE_REVIEW).toList()).build());

    assertThat(findings(plan, STAGED_PLAN)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("phases[AUDIT]");
      assertThat(f.message()).contains("gate 'CHARTER_APPROVED'");
    });
  }

  @Test
  void stagedPlan_noPhaseAtAll() {
    ProjectPlan plan = edit(PLAN).phases(List.of()).build();

    assertThat(findings(plan, STAGED_PLAN)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("The plan has no phase: the method runs a project in stages [STRATEGY, AUDIT, SPECIFICATION, DEPLOYMENT]"));
  }

  // ---- Staged method ----

  @Test
  void objectiveApproval_onceThePhase2HasStarted() {
    ProjectPlan started = edit(PLAN).statusDate(START.plusDays(100))
        .phases(PLAN.phases().stream().map(p -> p.id().equals(StagedMethod.AUDIT) ? Phase.builder().from(p).plannedStart(START.plusDays(90)).build() : p).toList())
        .build();
    ProjectPlan approvedInTime = withDeliverable(started, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(90))));
    ProjectPlan approvedLate = withDeliverable(started, MethodDeliverables.STRATEGIC_OBJECTIVE,
        d -> approved(d, Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(91))));
    ProjectPlan notYetStarted = edit(started).statusDate(START.plusDays(89)).build();

    assertThat(paths(started, OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT)).containsExactly("phases[AUDIT].plannedStart");
    assertThat(findings(approvedInTime, OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT)).isEmpty();
    assertThat(findings(approvedLate, OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT)).hasSize(1);
    assertThat(findings(notYetStarted, OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT)).isEmpty();
  }

  @Test
  void phaseDurations_tooShortAndExtensiblePhases() {
    ProjectPlan hastyStrategy = PlanEdits.mapPhase(PLAN, StagedMethod.STRATEGY, p -> Phase.builder().from(p).activities(p.activities().stream()
        .map(a -> Activity.builder().from(a).estimate(ThreePointEstimate.exactly(Math.min(2, a.estimate().mostLikely()))).build()).toList()).build());
    ProjectPlan longAudit = mapKind(PLAN, ActivityKind.AUDIT_INTERVIEWS, a -> Activity.builder().from(a).estimate(ThreePointEstimate.of(90, 100, 120)).build());
    Validator strict = Validator.builder().addBuiltInRules().settings(ValidationSettings.builder().phaseDurationTolerance(0).build()).build();

    assertThat(findings(hastyStrategy, PHASE_DURATIONS)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("phases[STRATEGY]");
      assertThat(f.message()).contains("shorter than the method's 3 months");
    });
    assertThat(findings(longAudit, PHASE_DURATIONS)).isEmpty();
    // The reference plan's strategy takes 60 working days, a little under "about 3 months" (63).
    assertThat(strict.validate(PLAN, METHOD).byRule(PHASE_DURATIONS)).extracting(Finding::path).containsExactly("phases[STRATEGY]");
    assertThat(findings(PLAN, PHASE_DURATIONS)).isEmpty();
  }

  @Test
  void doneInPhaseOne_marketAnalysisInTheWrongPhase() {
    Activity analysis = PLAN.activity("S-MKT").orElseThrow();
    ProjectPlan plan = mapPhase(mapPhase(PLAN, StagedMethod.STRATEGY, p -> Phase.builder().from(p)
            .activities(p.activities().stream().filter(a -> !a.id().equals("S-MKT")).toList()).build()),
        StagedMethod.AUDIT, p -> Phase.builder().from(p).addActivities(analysis).build());

    assertThat(paths(plan, MARKET_ANALYSIS_IN_PHASE_1)).containsExactly("phases[AUDIT].activities[S-MKT]");
    assertThat(findings(plan, BUDGET_IN_PHASE_1)).isEmpty();
  }

  @Test
  void specificationTeams_rolesAndMissingTeam() {
    ProjectPlan noUsers = edit(PLAN).teams(PLAN.teams().stream().map(t -> t.purpose() != TeamPurpose.SPECIFICATION ? t
        : Team.builder().from(t).composition(Map.of(MethodRoles.DESIGNER, 4, MethodRoles.RELATED_DEPARTMENT, 4)).members(Set.of()).build()).toList()).build();
    ProjectPlan noTeam = edit(PLAN).teams(PLAN.teams().stream().filter(t -> t.purpose() != TeamPurpose.SPECIFICATION).toList()).build();
    ProjectPlan small = edit(PLAN).teams(PLAN.teams().stream().map(t -> t.purpose() != TeamPurpose.SPECIFICATION ? t
        : Team.builder().from(t).composition(Map.of(MethodRoles.DESIGNER, 1, MethodRoles.PROSPECTIVE_USER, 4)).members(Set.of()).build()).toList()).build();

    assertThat(findings(noUsers, SPECIFICATION_TEAMS)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("has no [PROSPECTIVE_USER]"));
    assertThat(paths(noTeam, SPECIFICATION_TEAMS)).containsExactly("teams");
    assertThat(findings(small, SPECIFICATION_TEAMS)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("counts 5 people"));
  }

  @Test
  void reopeningReported_informedIsFineAndOtherPhasesAreNotBound() {
    Reopening informed = Reopening.builder().phase(StagedMethod.SPECIFICATION).date(START.plusDays(1)).reason("r")
        .generalManagementInformedOn(START.plusDays(1)).build();
    Reopening inDeployment = Reopening.builder().phase(StagedMethod.DEPLOYMENT).date(START.plusDays(1)).reason("r").build();
    ProjectPlan plan = edit(PLAN).statusDate(START.plusDays(2)).addDecisions(ProjectDecision.builder().id("DEC-S").kind(DecisionKind.SCOPE)
        .statement("s").phase(StagedMethod.STRATEGY).decidedOn(START).addReopenings(informed, inDeployment).build()).build();

    assertThat(findings(plan, REOPENING_REPORTED)).isEmpty();
  }

  @Test
  void trainingAndKpis_noTrainingNoSetupAndLateSetup() {
    ProjectPlan noSetup = PlanEdits.rekind(PLAN, ActivityKind.KPI_SETUP, ActivityKind.OTHER);
    ProjectPlan lateSetup = mapPhase(PLAN, StagedMethod.DEPLOYMENT, p -> Phase.builder().from(p).activities(p.activities().stream()
        .map(a -> a.kind() == ActivityKind.GATE_REVIEW ? Activity.builder().from(a).dependencies(List.of(Dependency.on("L1-FINAL"), Dependency.on("L2-FINAL"))).build() : a)
        .map(a -> a.kind() == ActivityKind.KPI_SETUP ? Activity.builder().from(a).dependencies(List.of(Dependency.on("L2-FINAL"))).build() : a)
        .toList()).build());

    assertThat(findings(noSetup, TRAINING_AND_KPIS_PLANNED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sets up no performance indicator"));
    assertThat(paths(lateSetup, TRAINING_AND_KPIS_PLANNED)).containsExactly("phases[DEPLOYMENT].activities[D-KPI]");
  }

  @Test
  void credibleDuration_scheduleTooShortAndDeploymentOnlyScope() {
    ProjectPlan quick = PlanEdits.mapActivities(PLAN, a -> true, a -> Activity.builder().from(a)
        .estimate(ThreePointEstimate.exactly(a.estimate().mostLikely() / 2)).build());
    ProjectPlan veryQuick = PlanEdits.mapActivities(PLAN, a -> true, a -> Activity.builder().from(a)
        .estimate(ThreePointEstimate.exactly(a.estimate().mostLikely() / 8)).dependencies(a.dependencies().stream()
            .map(d -> Dependency.of(d.predecessor(), d.type(), 0)).toList()).build());
    ProjectPlan deploymentOnly = withContext(veryQuick, c -> c.scope(ProjectScope.PHYSICAL_DEPLOYMENT_ONLY).targetFinish(START.plusDays(60)));

    assertThat(findings(quick, CREDIBLE_DURATION)).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("phases"));
    assertThat(findings(quick, NINETY_DAYS_IS_DEPLOYMENT_ONLY)).isEmpty();
    assertThat(findings(veryQuick, NINETY_DAYS_IS_DEPLOYMENT_ONLY)).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("phases"));
    assertThat(findings(veryQuick, CREDIBLE_DURATION)).isEmpty();
    assertThat(findings(deploymentOnly, NINETY_DAYS_IS_DEPLOYMENT_ONLY)).isEmpty();
    assertThat(findings(deploymentOnly, CREDIBLE_DURATION)).isEmpty();
  }

  @Test
  void credibleDuration_targetsAroundTheBounds() {
    assertThat(findings(withContext(PLAN, c -> c.targetFinish(START.plusDays(91))), NINETY_DAYS_IS_DEPLOYMENT_ONLY)).isEmpty();
    assertThat(findings(withContext(PLAN, c -> c.targetFinish(START.plusDays(91))), CREDIBLE_DURATION)).hasSize(1);
    assertThat(findings(withContext(PLAN, c -> c.targetFinish(START.plusMonths(9))), CREDIBLE_DURATION)).isEmpty();
    assertThat(findings(withContext(PLAN, c -> c.targetFinish(START.plusMonths(9).minusDays(1))), CREDIBLE_DURATION)).hasSize(1);
    assertThat(findings(withContext(PLAN, c -> c.targetFinish(START.plusDays(90))), CREDIBLE_DURATION)).isEmpty();
  }

  // ---- Lot-based rollout ----

  @Test
  void classicProject_withoutTrainingOrChangeManagement() {
    ProjectPlan classic = withContext(PLAN, c -> c.approach(Approach.CLASSIC));
    ProjectPlan noChange = PlanEdits.rekind(classic, ActivityKind.CHANGE_MANAGEMENT, ActivityKind.OTHER);

    assertThat(findings(noChange, CLASSIC_IS_PEOPLE_WORK)).extracting(Finding::message)
        .anyMatch(m -> m.contains("plans no CHANGE_MANAGEMENT activity"));
    assertThat(findings(PLAN, CLASSIC_IS_PEOPLE_WORK)).isEmpty();
  }

  @Test
  void classicProject_peopleWorkAtLeastBuildWorkPasses() {
    ProjectPlan classic = withContext(PLAN, c -> c.approach(Approach.CLASSIC));
    ProjectPlan noDevelopment = edit(classic).lots(classic.lots().stream().map(lot -> Lot.builder().from(lot)
        .workstreams(lot.workstreams().stream().filter(a -> a.kind() != ActivityKind.SPECIFIC_DEVELOPMENT).toList()).build()).toList()).build();
    ProjectPlan peopleHeavy = mapKind(noDevelopment, ActivityKind.CHANGE_MANAGEMENT, a -> Activity.builder().from(a).teamSize(40).build());

    assertThat(findings(peopleHeavy, CLASSIC_IS_PEOPLE_WORK)).isEmpty();
    assertThat(findings(noDevelopment, CLASSIC_IS_PEOPLE_WORK)).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("context.approach"));
  }

  @Test
  void differentiating_buildingBeforeTheStudy() {
    ProjectPlan plan = PlanEdits.unlink(PLAN, ActivityKind.SPECIFIC_DEVELOPMENT);

    assertThat(paths(plan, DIFFERENTIATING_STARTS_WITH_STUDY)).containsExactly("lots[LOT-1].workstreams[L1-DEV]", "lots[LOT-2].workstreams[L2-DEV]");
    assertThat(findings(withContext(plan, c -> c.approach(Approach.CLASSIC)), DIFFERENTIATING_STARTS_WITH_STUDY)).isEmpty();
  }

  @Test
  void lotWorkstreams_developmentInAConfigurationOnlyLot() {
    ProjectPlan plan = mapFirstLot(PLAN, lot -> Lot.builder().from(lot).configuredOnly(true).build());

    assertThat(paths(plan, LOT_WORKSTREAMS)).containsExactly("lots[LOT-1].workstreams[L1-DEV]");
  }

  @Test
  void steeringMinutes_heldMeetingWithoutMinutes() {
    Meeting held = Meeting.builder().id("M-STEER-2").kind(MeetingKind.STEERING_COMMITTEE).date(START.plusDays(20)).addAttendees("CEO").build();
    ProjectPlan plan = edit(PLAN).addMeetings(held).statusDate(START.plusDays(20)).build();

    assertThat(paths(plan, STEERING_MINUTES)).containsExactly("meetings[M-STEER-2].minutes");
    assertThat(findings(edit(plan).statusDate(START.plusDays(19)).build(), STEERING_MINUTES)).isEmpty();
    assertThat(findings(edit(plan).statusDate(Optional.empty()).build(), STEERING_MINUTES)).isEmpty();
  }

  @Test
  void preAcceptance_keyUsersAndGoLive() {
    ProjectPlan noKeyUsers = mapFirstLot(PLAN, lot -> Lot.builder().from(lot)
        .preAcceptance(PreAcceptance.builder().from(lot.preAcceptance().orElseThrow()).keyUsers(Set.of()).build()).build());
    ProjectPlan wrongUser = mapFirstLot(PLAN, lot -> Lot.builder().from(lot)
        .preAcceptance(PreAcceptance.builder().from(lot.preAcceptance().orElseThrow()).keyUsers(Set.of("PM")).build()).build());
    ProjectPlan earlyCut = mapKind(PLAN, ActivityKind.CUT_OVER, a -> Activity.builder().from(a)
        .dependencies(List.of(Dependency.of(a.id().replace("CUT", "PRE"), DependencyType.START_TO_START, 0))).build());

    assertThat(paths(noKeyUsers, PRE_ACCEPTANCE_BEFORE_GO_LIVE)).containsExactly("lots[LOT-1].preAcceptance.keyUsers");
    assertThat(findings(wrongUser, PRE_ACCEPTANCE_BEFORE_GO_LIVE)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("'PM' tests lot 'LOT-1' at pre-acceptance but is not a key user"));
    assertThat(paths(earlyCut, PRE_ACCEPTANCE_BEFORE_GO_LIVE)).containsExactly("lots[LOT-1].cutOver.activity", "lots[LOT-2].cutOver.activity");
  }

  @Test
  void training_missingStep() {
    ProjectPlan plan = mapFirstLot(PLAN, lot -> Lot.builder().from(lot).training(Optional.empty()).build());

    assertThat(paths(plan, TRAINING_AFTER_PRE_ACCEPTANCE)).containsExactly("lots[LOT-1]");
  }

  @Test
  void cutOver_missingStepAndNoImportReport() {
    ProjectPlan noCut = mapFirstLot(PLAN, lot -> Lot.builder().from(lot).cutOver(Optional.empty()).build());
    ProjectPlan noReport = mapFirstLot(PLAN, lot -> Lot.builder().from(lot)
        .cutOver(org.crmmethod.core.plan.CutOver.builder().from(lot.cutOver().orElseThrow()).importReport(false).build()).build());

    assertThat(paths(noCut, AUTOMATED_IMPORT_WITH_REPORT)).containsExactly("lots[LOT-1]");
    assertThat(findings(noCut, SUPPORT_RIGHT_AFTER_GO_LIVE)).isEmpty();
    assertThat(findings(noCut, ACCEPTANCE_AFTER_REAL_USE)).isEmpty();
    assertThat(paths(noReport, AUTOMATED_IMPORT_WITH_REPORT)).containsExactly("lots[LOT-1].cutOver.importReport");
  }

  @Test
  void hypercare_startingLateOrBeforeGoLive() {
    ProjectPlan late = mapKind(PLAN, ActivityKind.HYPERCARE, a -> Activity.builder().from(a)
        .dependencies(List.of(Dependency.of(a.id().replace("CARE", "CUT"), DependencyType.FINISH_TO_START, 2))).build());
    ProjectPlan withinAllowance = mapKind(PLAN, ActivityKind.HYPERCARE, a -> Activity.builder().from(a)
        .dependencies(List.of(Dependency.of(a.id().replace("CARE", "CUT"), DependencyType.FINISH_TO_START, 1))).build());
    ProjectPlan early = mapKind(PLAN, ActivityKind.HYPERCARE, a -> Activity.builder().from(a)
        .dependencies(List.of(Dependency.of(a.id().replace("CARE", "CUT"), DependencyType.START_TO_START, 0))).build());

    assertThat(findings(late, SUPPORT_RIGHT_AFTER_GO_LIVE)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("users wait for support"));
    assertThat(findings(withinAllowance, SUPPORT_RIGHT_AFTER_GO_LIVE)).isEmpty();
    assertThat(findings(early, SUPPORT_RIGHT_AFTER_GO_LIVE)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("before there is anything live"));
  }

  @Test
  void finalAcceptance_missingStepAndExactMinimum() {
    ProjectPlan missing = mapFirstLot(PLAN, lot -> Lot.builder().from(lot).finalAcceptance(Optional.empty()).build());

    assertThat(paths(missing, ACCEPTANCE_AFTER_REAL_USE)).containsExactly("lots[LOT-1]");
    // The reference plan waits exactly 4 weeks (20 working days): on the bound, not under it.
    assertThat(findings(PLAN, ACCEPTANCE_AFTER_REAL_USE)).isEmpty();
    Validator fiveWeeks = Validator.builder().addBuiltInRules()
        .settings(ValidationSettings.builder().minimumRealUseWeeks(5).build()).build();
    assertThat(fiveWeeks.validate(PLAN, METHOD).byRule(ACCEPTANCE_AFTER_REAL_USE)).extracting(Finding::message)
        .allMatch(m -> m.contains("before 5 weeks (25 working days) of real use"));
  }

  // ---- Organisation ----

  @Test
  void objectives_expectationsDatesAndOrder() {
    CrmObjective vague = CrmObjective.builder().from(PLAN.objectives().get(0)).expectations(Set.of()).setOn(START.plusDays(200)).build();
    ProjectPlan plan = edit(PLAN).objectives(List.of(vague)).phases(PLAN.phases().stream()
        .map(p -> p.id().equals(StagedMethod.SPECIFICATION) ? Phase.builder().from(p).plannedStart(START.plusDays(150)).build() : p).toList()).build();
    ProjectPlan specFirst = PlanEdits.unlink(PLAN, ActivityKind.FUNCTIONAL_SPECIFICATION);
    ProjectPlan nobodySetsThem = PlanEdits.rekind(PLAN, ActivityKind.CRM_OBJECTIVES, ActivityKind.OTHER);

    assertThat(paths(plan, OBJECTIVES_BEFORE_SPECIFICATION)).containsExactly("objectives[OBJ-360].expectations", "objectives[OBJ-360].setOn");
    assertThat(paths(specFirst, OBJECTIVES_BEFORE_SPECIFICATION)).containsExactly("phases[SPECIFICATION].activities[P-FS]");
    assertThat(paths(nobodySetsThem, OBJECTIVES_BEFORE_SPECIFICATION)).containsExactly("phases[SPECIFICATION]");
  }

  @Test
  void customerFacing_championsCountAsRepresentation() {
    ProjectPlan plan = edit(PLAN).addDepartments(org.crmmethod.core.organisation.Department.builder().id("EXPORT").name("Export")
            .function(org.crmmethod.core.organisation.BusinessFunction.SALES).customerFacing(true).build())
        .championsTeam(ChampionsTeam.builder().from(PLAN.championsTeam().orElseThrow()).addDepartments("EXPORT").build()).build();

    assertThat(findings(plan, CUSTOMER_FACING_DEPARTMENTS_REPRESENTED)).isEmpty();
  }

  @Test
  void champions_oneDepartmentMissingDutiesAndEarlyEnd() {
    ChampionsTeam narrow = ChampionsTeam.builder().addMembers("KU-SALES").addDepartments("SALES")
        .addDuties(ChampionDuty.HELP_USERS_IN_DIFFICULTY).disbandsOn(START.plusDays(100)).build();

    assertThat(paths(edit(PLAN).championsTeam(narrow).build(), CHAMPIONS_TEAM))
        .containsExactly("championsTeam.departments", "championsTeam.disbandsOn", "championsTeam.duties");
    ChampionsTeam lasting = ChampionsTeam.builder().from(PLAN.championsTeam().orElseThrow()).disbandsOn(START.plusYears(3)).build();
    assertThat(findings(edit(PLAN).championsTeam(lasting).build(), CHAMPIONS_TEAM)).isEmpty();
  }

  @Test
  void champions_projectEndFromPlannedPhaseFinish() {
    ProjectPlan plan = edit(PLAN)
        .phases(PLAN.phases().stream().map(p -> p.id().equals(StagedMethod.DEPLOYMENT) ? Phase.builder().from(p).plannedFinish(START.plusYears(2)).build() : p).toList())
        .championsTeam(ChampionsTeam.builder().from(PLAN.championsTeam().orElseThrow()).disbandsOn(START.plusYears(2)).build())
        .build();

    assertThat(findings(plan, CHAMPIONS_TEAM)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no later than the project ends (" + START.plusYears(2) + ")"));
  }

  // ---- Readiness ----

  @Test
  void noItBeforeStrategy_itWorkInsideTheStrategyPhase() {
    ProjectPlan plan = mapPhase(PLAN, StagedMethod.STRATEGY, p -> Phase.builder().from(p).addActivities(
        Activity.builder().id("S-PROTO").name("Prototype the CRM").kind(ActivityKind.CONFIGURATION).estimate(ThreePointEstimate.exactly(5))
            .addDependencies(Dependency.on("S-GATE")).build()).build());

    assertThat(findings(plan, NO_IT_BEFORE_STRATEGY)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sits in the strategy phase"));
  }

  @Test
  void personalData_migrationBeforeTheScopingEnds() {
    ProjectPlan plan = PlanEdits.unlink(PLAN, ActivityKind.DATA_MIGRATION);

    assertThat(paths(plan, PERSONAL_DATA_BEFORE_MIGRATION)).containsExactly("lots[LOT-1].workstreams[L1-DATA]", "lots[LOT-2].workstreams[L2-DATA]");
  }

  @Test
  void personalData_officerByRoleAloneCounts() {
    ProjectPlan plan = mapKind(PLAN, ActivityKind.DATA_MIGRATION_SCOPING, a -> Activity.builder().from(a).participants(Set.of()).build());

    assertThat(findings(plan, PERSONAL_DATA_BEFORE_MIGRATION)).isEmpty();
  }
}
