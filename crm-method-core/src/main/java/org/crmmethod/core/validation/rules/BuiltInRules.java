package org.crmmethod.core.validation.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.validation.Rule;

/**
 * The built-in rules and their ids.
 *
 * <p>Ids follow the scheme described on {@link Rule}: {@code CRM-F<nn>-...} for a rule that
 * enforces fact {@code F<nn>} of the method, {@code CRM-STRUCT-...} for a structural rule. Ids are
 * stable: a rule may change its wording, never its id. {@code docs/RULES.md} lists every rule.
 */
public final class BuiltInRules {
  // ---- Structural rules ----
  /** The plan names the method it is checked against. */
  public static final String METHOD_MATCHES = "CRM-STRUCT-METHOD-MATCHES";
  /** Ids are unique within their kind of element; activity ids across the whole plan. */
  public static final String UNIQUE_IDS = "CRM-STRUCT-UNIQUE-IDS";
  /** Every reference names an element of the plan or of its method. */
  public static final String REFERENCES_RESOLVE = "CRM-STRUCT-REFERENCES-RESOLVE";
  /** Activity dependencies form no cycle. */
  public static final String NO_DEPENDENCY_CYCLE = "CRM-STRUCT-NO-DEPENDENCY-CYCLE";
  /** Phases come in the method's order (F05). */
  public static final String PHASE_ORDER = "CRM-STRUCT-PHASE-ORDER";
  /** Dates agree with the start and status dates and with each other. */
  public static final String DATES_CONSISTENT = "CRM-STRUCT-DATES-CONSISTENT";
  /** Estimates and lags are of a plausible length. */
  public static final String PLAUSIBLE_ESTIMATES = "CRM-STRUCT-PLAUSIBLE-ESTIMATES";
  /** Activities sit in the phase the method plans them in (F05). */
  public static final String ACTIVITY_IN_METHOD_PHASE = "CRM-STRUCT-ACTIVITY-IN-METHOD-PHASE";
  /** Lots run in the phase that rolls out lots (F13). */
  public static final String LOT_IN_ROLLOUT_PHASE = "CRM-STRUCT-LOT-IN-ROLLOUT-PHASE";
  /** Each phase plans the deliverables the method requires of it (F05). */
  public static final String REQUIRED_DELIVERABLES = "CRM-STRUCT-REQUIRED-DELIVERABLES";
  /** Deliverables hold the sections their type requires. */
  public static final String DELIVERABLE_SECTIONS = "CRM-STRUCT-DELIVERABLE-SECTIONS";
  /** Deliverables are approved by the roles their type names (F06). */
  public static final String APPROVALS_BY_ROLE = "CRM-STRUCT-APPROVALS-BY-ROLE";
  /** Gate decisions are taken by the right role on approved deliverables (F05). */
  public static final String GATE_DECISIONS = "CRM-STRUCT-GATE-DECISIONS";

  // ---- Where to start (F01-F05) ----
  /** Priorities are set only after the global strategic objective (F01). */
  public static final String OBJECTIVE_BEFORE_PRIORITIES = "CRM-F01-OBJECTIVE-BEFORE-PRIORITIES";
  /** The start module is not chosen on return on investment alone (F02). */
  public static final String START_MODULE_NOT_ON_ROI = "CRM-F02-START-MODULE-NOT-ON-ROI";
  /** The start module is the one the method's criteria rank first, or the plan says why not (F02-F04). */
  public static final String START_MODULE_RECOMMENDED = "CRM-F02-START-MODULE-RECOMMENDED";
  /** SFA is not the first module while a legacy system weighs on it (F03). */
  public static final String SFA_FIRST_DESPITE_LEGACY = "CRM-F03-SFA-FIRST-DESPITE-LEGACY";
  /** The plan runs in the method's stages, each closed by a gate (F05). */
  public static final String STAGED_PLAN = "CRM-F05-STAGED-PLAN";

  // ---- The staged method (F06-F11) ----
  /** General management approves the strategic objective before phase 2 (F06). */
  public static final String OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT = "CRM-F06-OBJECTIVE-APPROVED-BY-GENERAL-MANAGEMENT";
  /** Each phase lasts about as long as the method says (F06, F07, F08, F10). */
  public static final String PHASE_DURATIONS = "CRM-F06-PHASE-DURATIONS";
  /** The market analysis is done in phase 1 (F06). */
  public static final String MARKET_ANALYSIS_IN_PHASE_1 = "CRM-F06-MARKET-ANALYSIS-IN-PHASE-1";
  /** The budget is set in phase 1 (F06). */
  public static final String BUDGET_IN_PHASE_1 = "CRM-F06-BUDGET-IN-PHASE-1";
  /** The audit holds one-to-one interviews and group sessions (F07). */
  public static final String AUDIT_ONE_TO_ONE_AND_GROUP = "CRM-F07-AUDIT-ONE-TO-ONE-AND-GROUP";
  /** The audit hears executives and representative users (F07, F33). */
  public static final String AUDIT_EXECUTIVES_AND_USERS = "CRM-F07-AUDIT-EXECUTIVES-AND-USERS";
  /** The audit produces the project charter and the technical architecture (F07). */
  public static final String AUDIT_PRODUCES_CHARTER_AND_ARCHITECTURE = "CRM-F07-AUDIT-PRODUCES-CHARTER-AND-ARCHITECTURE";
  /** Specification teams hold 6 to 12 people including prospective users (F08). */
  public static final String SPECIFICATION_TEAMS = "CRM-F08-SPECIFICATION-TEAMS";
  /** The requirements specification holds the gap analysis, interfaces and migration scope (F08). */
  public static final String REQUIREMENTS_SPECIFICATION_CONTENT = "CRM-F08-REQUIREMENTS-SPECIFICATION-CONTENT";
  /** The specification phase plans the gap analysis, interface specification and migration scoping (F08). */
  public static final String SPECIFICATION_WORK = "CRM-F08-SPECIFICATION-WORK";
  /** Once the specification phase is over, the plan holds its fit-gap analysis, every requirement assessed (F08). */
  public static final String GAP_ANALYSIS_PRESENT = "CRM-F08-GAP-ANALYSIS-PRESENT";
  /** The gap analysis leaves no assessed must-have requirement uncovered (F08). */
  public static final String MUST_HAVE_COVERED = "CRM-F08-MUST-HAVE-COVERED";
  /** The gap plan fits its budget, and that budget fits the project's (F08). */
  public static final String GAP_PLAN_BUDGET = "CRM-F08-GAP-PLAN-BUDGET";
  /** A reopened decision is reported to general management (F09). */
  public static final String REOPENING_REPORTED = "CRM-F09-REOPENING-REPORTED";
  /** Training and KPIs are planned before deployment ends (F10). */
  public static final String TRAINING_AND_KPIS_PLANNED = "CRM-F10-TRAINING-AND-KPIS-PLANNED";
  /** A full implementation lasts at least the method's credible minimum (F11). */
  public static final String CREDIBLE_DURATION = "CRM-F11-CREDIBLE-DURATION";
  /** A full implementation cannot fit in the physical-deployment window of 90 days (F11). */
  public static final String NINETY_DAYS_IS_DEPLOYMENT_ONLY = "CRM-F11-NINETY-DAYS-IS-DEPLOYMENT-ONLY";

  // ---- The lot-based rollout (F12-F20) ----
  /** A classic project is mostly training and change management (F13). */
  public static final String CLASSIC_IS_PEOPLE_WORK = "CRM-F13-CLASSIC-IS-PEOPLE-WORK";
  /** A differentiating project starts with the organisation study and specifications (F13). */
  public static final String DIFFERENTIATING_STARTS_WITH_STUDY = "CRM-F13-DIFFERENTIATING-STARTS-WITH-STUDY";
  /** Each lot runs the method's workstreams (F14). */
  public static final String LOT_WORKSTREAMS = "CRM-F14-LOT-WORKSTREAMS";
  /** A lot's workstreams overlap in time (F14). */
  public static final String WORKSTREAMS_IN_PARALLEL = "CRM-F14-WORKSTREAMS-IN-PARALLEL";
  /** Steering meetings that have been held have minutes (F15). */
  public static final String STEERING_MINUTES = "CRM-F15-STEERING-MINUTES";
  /** Each lot passes pre-acceptance with key users before go-live (F16). */
  public static final String PRE_ACCEPTANCE_BEFORE_GO_LIVE = "CRM-F16-PRE-ACCEPTANCE-BEFORE-GO-LIVE";
  /** Each lot trains users after its pre-acceptance (F17). */
  public static final String TRAINING_AFTER_PRE_ACCEPTANCE = "CRM-F17-TRAINING-AFTER-PRE-ACCEPTANCE";
  /** Users are trained on real data (F17). */
  public static final String TRAINING_ON_REAL_DATA = "CRM-F17-TRAINING-ON-REAL-DATA";
  /** Trained users receive a printed user guide (F17). */
  public static final String PRINTED_USER_GUIDE = "CRM-F17-PRINTED-USER-GUIDE";
  /** Cut-over uses an automated import with an import report (F18). */
  public static final String AUTOMATED_IMPORT_WITH_REPORT = "CRM-F18-AUTOMATED-IMPORT-WITH-REPORT";
  /** Cut-over fits in the method's short window (F18). */
  public static final String SHORT_CUT_OVER = "CRM-F18-SHORT-CUT-OVER";
  /** Support is stepped up right after go-live (F19). */
  public static final String SUPPORT_RIGHT_AFTER_GO_LIVE = "CRM-F19-SUPPORT-RIGHT-AFTER-GO-LIVE";
  /** Final acceptance comes after the minimum period of real use (F20). */
  public static final String ACCEPTANCE_AFTER_REAL_USE = "CRM-F20-ACCEPTANCE-AFTER-REAL-USE";

  // ---- Organisation (F21-F27) ----
  /** Executives or key managers of every department take part (F21, F33). */
  public static final String DEPARTMENT_LEADERS_TAKE_PART = "CRM-F21-DEPARTMENT-LEADERS-TAKE-PART";
  /** The CRM's own objectives are set before specification (F22, F26). */
  public static final String OBJECTIVES_BEFORE_SPECIFICATION = "CRM-F22-OBJECTIVES-BEFORE-SPECIFICATION";
  /** Every customer-facing department is represented in a team (F23, F24). */
  public static final String CUSTOMER_FACING_DEPARTMENTS_REPRESENTED = "CRM-F23-CUSTOMER-FACING-DEPARTMENTS-REPRESENTED";
  /** A multidisciplinary champions team outlives deployment (F27). */
  public static final String CHAMPIONS_TEAM = "CRM-F27-CHAMPIONS-TEAM";

  // ---- Readiness before IT (F28-F33) ----
  /** No IT work starts before the strategy phase ends (F28). */
  public static final String NO_IT_BEFORE_STRATEGY = "CRM-F28-NO-IT-BEFORE-STRATEGY";
  /** Personal-data compliance is settled before data migration (F30). */
  public static final String PERSONAL_DATA_BEFORE_MIGRATION = "CRM-F30-PERSONAL-DATA-BEFORE-MIGRATION";
  /** Work a readiness question blocks waits until the question is settled (F28, F30). */
  public static final String READINESS_BLOCKERS = "CRM-F28-READINESS-BLOCKERS";
  /** The readiness questions are answered before work goes beyond strategy, consistently with the plan (F29-F32). */
  public static final String READINESS_ASSESSED = "CRM-F29-READINESS-ASSESSED";
  /** Executives and key managers own answers of the readiness assessment (F33). */
  public static final String READINESS_RESPONDENTS = "CRM-F33-READINESS-RESPONDENTS";

  private static final List<Rule> ALL =
      List.of(
          new MethodMatches(),
          new UniqueIds(),
          new ReferencesResolve(),
          new NoDependencyCycle(),
          new PhaseOrder(),
          new DatesConsistent(),
          new PlausibleEstimates(),
          new ActivityInMethodPhase(),
          new LotInRolloutPhase(),
          new RequiredDeliverables(),
          new DeliverableSections(),
          new ApprovalsByRole(),
          new GateDecisionsConsistent(),
          new ObjectiveBeforePriorities(),
          new StartModuleNotOnRoi(),
          new StartModuleRecommended(),
          new SfaFirstDespiteLegacy(),
          new StagedPlan(),
          new ObjectiveApprovedByGeneralManagement(),
          new PhaseDurationsInRange(),
          new DoneInPhaseOne(MARKET_ANALYSIS_IN_PHASE_1, ActivityKind.MARKET_ANALYSIS, "market analysis"),
          new DoneInPhaseOne(BUDGET_IN_PHASE_1, ActivityKind.BUDGETING, "budget"),
          new PhaseHoldsWork(
              AUDIT_ONE_TO_ONE_AND_GROUP, "The audit holds one-to-one interviews and group sessions", MethodFact.F07,
              ActivityKind.AUDIT_INTERVIEWS, EnumSet.of(ActivityKind.AUDIT_INTERVIEWS, ActivityKind.AUDIT_WORKSHOPS),
              "the audit meets executives and users both one to one and in groups"),
          new AuditCoversExecutivesAndUsers(),
          new PhaseHoldsWork(
              AUDIT_PRODUCES_CHARTER_AND_ARCHITECTURE, "The audit produces the project charter and the technical architecture", MethodFact.F07,
              ActivityKind.AUDIT_INTERVIEWS, EnumSet.of(ActivityKind.PROJECT_CHARTER, ActivityKind.TECHNICAL_ARCHITECTURE),
              "the audit phase draws up the project charter and the technical architecture"),
          new SpecificationTeams(),
          new RequirementsSpecificationContent(),
          new PhaseHoldsWork(
              SPECIFICATION_WORK, "The specification phase analyses gaps, specifies interfaces and scopes the migration", MethodFact.F08,
              ActivityKind.FUNCTIONAL_SPECIFICATION,
              EnumSet.of(ActivityKind.GAP_ANALYSIS, ActivityKind.INTERFACE_SPECIFICATION, ActivityKind.DATA_MIGRATION_SCOPING),
              "the specification holds the gap analysis, the interface specifications and the data-migration scope"),
          new GapAnalysisPresent(),
          new MustHavesCovered(),
          new GapPlanWithinBudget(),
          new ReopeningReported(),
          new TrainingAndKpisPlanned(),
          CredibleDuration.credibleMinimum(),
          CredibleDuration.deploymentOnly(),
          new ClassicIsPeopleWork(),
          new DifferentiatingStartsWithStudy(),
          new LotWorkstreams(),
          new WorkstreamsInParallel(),
          new SteeringMinutes(),
          new PreAcceptanceBeforeGoLive(),
          new TrainingAfterPreAcceptance(),
          TrainingFlag.onRealData(),
          TrainingFlag.printedUserGuide(),
          new AutomatedImportWithReport(),
          new ShortCutOver(),
          new SupportRightAfterGoLive(),
          new AcceptanceAfterRealUse(),
          new DepartmentLeadersTakePart(),
          new ObjectivesBeforeSpecification(),
          new CustomerFacingDepartmentsRepresented(),
          new ChampionsTeamInPlace(),
          new NoItBeforeStrategy(),
          new PersonalDataBeforeMigration(),
          new ReadinessBlockers(),
          new ReadinessAssessed(),
          new ReadinessRespondents());

  private BuiltInRules() {}

  /**
   * Returns every built-in rule, structural rules first, then by fact.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Finds a built-in rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty when no built-in rule has that id
   */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }
}
