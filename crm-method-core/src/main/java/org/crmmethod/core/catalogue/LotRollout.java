package org.crmmethod.core.catalogue;

import static org.crmmethod.core.catalogue.MethodDeliverables.ACCEPTANCE_CERTIFICATE;
import static org.crmmethod.core.catalogue.MethodDeliverables.CRM_OBJECTIVES;
import static org.crmmethod.core.catalogue.MethodDeliverables.IMPORT_REPORT;
import static org.crmmethod.core.catalogue.MethodDeliverables.LOT_PLAN;
import static org.crmmethod.core.catalogue.MethodDeliverables.PRE_ACCEPTANCE_REPORT;
import static org.crmmethod.core.catalogue.MethodDeliverables.REQUIREMENTS_SPECIFICATION;
import static org.crmmethod.core.catalogue.MethodDeliverables.STRATEGIC_OBJECTIVE;
import static org.crmmethod.core.catalogue.MethodDeliverables.TARGET_ORGANISATION;
import static org.crmmethod.core.catalogue.MethodDeliverables.USER_GUIDE;
import static org.crmmethod.core.catalogue.MethodRoles.CONSULTANT;
import static org.crmmethod.core.catalogue.MethodRoles.DATA_OWNER;
import static org.crmmethod.core.catalogue.MethodRoles.DESIGNER;
import static org.crmmethod.core.catalogue.MethodRoles.EXECUTIVE;
import static org.crmmethod.core.catalogue.MethodRoles.GENERAL_MANAGEMENT;
import static org.crmmethod.core.catalogue.MethodRoles.INTEGRATOR;
import static org.crmmethod.core.catalogue.MethodRoles.KEY_USER;
import static org.crmmethod.core.catalogue.MethodRoles.PROJECT_MANAGER;
import static org.crmmethod.core.catalogue.MethodRoles.PROSPECTIVE_USER;
import static org.crmmethod.core.catalogue.MethodRoles.REPRESENTATIVE_USER;
import static org.crmmethod.core.catalogue.MethodRoles.STEERING_COMMITTEE;
import static org.crmmethod.core.catalogue.MethodRoles.SUPPORT_TEAM;
import static org.crmmethod.core.catalogue.MethodRoles.TRAINER;
import static org.crmmethod.core.method.DurationUnit.MONTHS;
import static org.crmmethod.core.method.DurationUnit.WEEKS;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;

/**
 * The lot-based rollout (F12-F20) in its two forms (F13): classic use of the package, mostly
 * training and change management, and a differentiating CRM that starts with a target-organisation
 * study and functional specifications, then sets priorities and splits the rollout into lots.
 *
 * <p>The source of these methods gives no phase durations; the typical durations here are the
 * library's planning defaults. For the same reason neither method states overall-duration norms:
 * those belong to the staged method (F11).
 */
public final class LotRollout {
  /** The id of the classic form. */
  public static final String CLASSIC_ID = "crm-lots-classic";
  /** The id of the differentiating form. */
  public static final String DIFFERENTIATING_ID = "crm-lots-differentiating";
  /** Classic form: preparing users and the data before the lots (F13). */
  public static final String PREPARATION = "PREPARATION";
  /** Differentiating form: the target organisation and the CRM's objectives (F12, F13, F26). */
  public static final String TARGET_ORGANISATION_STUDY = "TARGET_ORGANISATION_STUDY";
  /** Differentiating form: the functional specifications (F13). */
  public static final String FUNCTIONAL_SPECIFICATIONS = "FUNCTIONAL_SPECIFICATIONS";
  /** Differentiating form: priorities and the split into lots (F13). */
  public static final String PRIORITIES_AND_LOTS = "PRIORITIES_AND_LOTS";
  /** Both forms: rolling the lots out (F14-F20). */
  public static final String ROLLOUT = "ROLLOUT";

  private static final Method CLASSIC =
      Method.builder()
          .id(CLASSIC_ID)
          .name("Lot-based rollout, classic use")
          .version("1.0")
          .approach(Approach.CLASSIC)
          .description("For a company that uses the package as it comes: the work is mostly involving and training users, with some data migration, rolled out lot by lot.")
          .addPhases(
              PhaseTemplate.builder()
                  .id(PREPARATION)
                  .name("Preparation and change management")
                  .objective("Involve users early, scope the data to take over and set the order of the lots.")
                  .typicalDuration(DurationRange.of(2, 4, WEEKS))
                  .addActivityKinds(
                      ActivityKind.CHANGE_MANAGEMENT,
                      ActivityKind.USER_PRESENTATIONS,
                      ActivityKind.DATA_MIGRATION_SCOPING,
                      ActivityKind.LOT_PLANNING)
                  .addRequiredDeliverables(LOT_PLAN)
                  .exitGate(MethodGates.LOT_PLAN_APPROVED)
                  .addInvolvedRoles(PROJECT_MANAGER, KEY_USER, REPRESENTATIVE_USER, CONSULTANT)
                  .addFacts(MethodFact.F13, MethodFact.F15)
                  .build(),
              rollout(DurationRange.of(1, 3, MONTHS), ActivityKind.CHANGE_MANAGEMENT))
          .deliverableTypes(
              MethodDeliverables.select(LOT_PLAN, PRE_ACCEPTANCE_REPORT, USER_GUIDE, IMPORT_REPORT, ACCEPTANCE_CERTIFICATE))
          .roles(MethodRoles.all())
          .gates(
              MethodGates.select(
                  MethodGates.LOT_PLAN_APPROVED,
                  MethodGates.PRE_ACCEPTANCE_PASSED,
                  MethodGates.FINAL_ACCEPTANCE_SIGNED))
          .lotTemplate(LotTemplates.classic())
          .addFacts(MethodFact.F12, MethodFact.F13, MethodFact.F15)
          .build();

  private static final Method DIFFERENTIATING =
      Method.builder()
          .id(DIFFERENTIATING_ID)
          .name("Lot-based rollout, differentiating CRM")
          .version("1.0")
          .approach(Approach.DIFFERENTIATING)
          .description("For a company that shapes the CRM to its own strategy: a study defines the target organisation, functional specifications follow, then priorities and lots, each lot running its workstreams in parallel.")
          .addPhases(
              PhaseTemplate.builder()
                  .id(TARGET_ORGANISATION_STUDY)
                  .name("Target organisation study")
                  .objective("Rethink the organisation and the sales strategy, define the target organisation and the CRM's own objectives.")
                  .typicalDuration(DurationRange.of(1, 2, MONTHS))
                  .addActivityKinds(
                      ActivityKind.STRATEGIC_OBJECTIVE,
                      ActivityKind.TARGET_ORGANISATION_STUDY,
                      ActivityKind.CRM_OBJECTIVES,
                      ActivityKind.CHANGE_MANAGEMENT)
                  .addRequiredDeliverables(STRATEGIC_OBJECTIVE, CRM_OBJECTIVES, TARGET_ORGANISATION)
                  .exitGate(MethodGates.TARGET_ORGANISATION_APPROVED)
                  .addInvolvedRoles(GENERAL_MANAGEMENT, EXECUTIVE, CONSULTANT, PROJECT_MANAGER)
                  .addFacts(MethodFact.F12, MethodFact.F13, MethodFact.F26)
                  .build(),
              PhaseTemplate.builder()
                  .id(FUNCTIONAL_SPECIFICATIONS)
                  .name("Functional specifications")
                  .objective("Write the functional specifications of the target organisation's CRM.")
                  .typicalDuration(DurationRange.of(1, 2, MONTHS))
                  .addActivityKinds(
                      ActivityKind.FUNCTIONAL_SPECIFICATION,
                      ActivityKind.GAP_ANALYSIS,
                      ActivityKind.INTERFACE_SPECIFICATION,
                      ActivityKind.DATA_MIGRATION_SCOPING)
                  .addRequiredDeliverables(REQUIREMENTS_SPECIFICATION)
                  .exitGate(MethodGates.SPECIFICATION_APPROVED)
                  .addInvolvedRoles(DESIGNER, PROSPECTIVE_USER, PROJECT_MANAGER)
                  .addFacts(MethodFact.F13)
                  .build(),
              PhaseTemplate.builder()
                  .id(PRIORITIES_AND_LOTS)
                  .name("Priorities and lots")
                  .objective("Once the plan is settled, set the priorities and, where useful, split the rollout into lots.")
                  .typicalDuration(DurationRange.of(2, 4, WEEKS))
                  .addActivityKinds(ActivityKind.PRIORITISATION, ActivityKind.LOT_PLANNING)
                  .addRequiredDeliverables(LOT_PLAN)
                  .exitGate(MethodGates.LOT_PLAN_APPROVED)
                  .addInvolvedRoles(STEERING_COMMITTEE, PROJECT_MANAGER)
                  .addFacts(MethodFact.F13)
                  .build(),
              rollout(DurationRange.of(3, 6, MONTHS)))
          .deliverableTypes(
              MethodDeliverables.select(
                  STRATEGIC_OBJECTIVE,
                  CRM_OBJECTIVES,
                  TARGET_ORGANISATION,
                  REQUIREMENTS_SPECIFICATION,
                  LOT_PLAN,
                  PRE_ACCEPTANCE_REPORT,
                  USER_GUIDE,
                  IMPORT_REPORT,
                  ACCEPTANCE_CERTIFICATE))
          .roles(MethodRoles.all())
          .gates(
              MethodGates.select(
                  MethodGates.TARGET_ORGANISATION_APPROVED,
                  MethodGates.SPECIFICATION_APPROVED,
                  MethodGates.LOT_PLAN_APPROVED,
                  MethodGates.PRE_ACCEPTANCE_PASSED,
                  MethodGates.FINAL_ACCEPTANCE_SIGNED))
          .lotTemplate(LotTemplates.differentiating())
          .addFacts(MethodFact.F12, MethodFact.F13, MethodFact.F14, MethodFact.F15)
          .build();

  private LotRollout() {}

  /**
   * The rollout phase of either form: the lot template's workstreams and steps, with steering.
   *
   * @param duration the phase's typical duration
   * @param workstreams the kinds of work the form's lot template runs beside the ones every lot
   *     template may run (the classic form's change management)
   */
  private static PhaseTemplate rollout(DurationRange duration, ActivityKind... workstreams) {
    return PhaseTemplate.builder()
        .id(ROLLOUT)
        .name("Lot rollout")
        .objective("Roll out each lot: its workstreams in parallel, then pre-acceptance, training, cut-over, increased support and final acceptance, with minutes of what is decided.")
        .typicalDuration(duration)
        .runsLots(true)
        .addActivityKinds(
            ActivityKind.CONFIGURATION,
            ActivityKind.SPECIFIC_DEVELOPMENT,
            ActivityKind.TESTS,
            ActivityKind.DATA_MIGRATION,
            ActivityKind.USER_PRESENTATIONS,
            ActivityKind.PRE_ACCEPTANCE,
            ActivityKind.TRAINING,
            ActivityKind.CUT_OVER,
            ActivityKind.HYPERCARE,
            ActivityKind.FINAL_ACCEPTANCE,
            ActivityKind.STEERING)
        .addActivityKinds(workstreams)
        .addRequiredDeliverables(PRE_ACCEPTANCE_REPORT, USER_GUIDE, IMPORT_REPORT, ACCEPTANCE_CERTIFICATE)
        .addInvolvedRoles(PROJECT_MANAGER, INTEGRATOR, KEY_USER, TRAINER, SUPPORT_TEAM, DATA_OWNER, STEERING_COMMITTEE)
        .addFacts(MethodFact.F14, MethodFact.F15, MethodFact.F16, MethodFact.F17, MethodFact.F18, MethodFact.F19, MethodFact.F20)
        .build();
  }

  /**
   * Returns the classic form: preparation, then lots with {@link LotTemplates#classic()}.
   *
   * @return the method definition, id {@value #CLASSIC_ID}
   */
  public static Method classic() {
    return CLASSIC;
  }

  /**
   * Returns the differentiating form: target organisation, functional specifications, priorities
   * and lots, then lots with {@link LotTemplates#differentiating()}.
   *
   * @return the method definition, id {@value #DIFFERENTIATING_ID}
   */
  public static Method differentiating() {
    return DIFFERENTIATING;
  }

  /**
   * Returns the form that matches an approach.
   *
   * @param approach the approach
   * @return {@link #classic()} or {@link #differentiating()}
   */
  public static Method forApproach(Approach approach) {
    return approach == Approach.CLASSIC ? CLASSIC : DIFFERENTIATING;
  }
}
