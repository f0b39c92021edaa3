package org.crmmethod.core.catalogue;

import static org.crmmethod.core.catalogue.MethodDeliverables.ACCEPTANCE_CERTIFICATE;
import static org.crmmethod.core.catalogue.MethodDeliverables.AUDIT_REPORT;
import static org.crmmethod.core.catalogue.MethodDeliverables.BUDGET;
import static org.crmmethod.core.catalogue.MethodDeliverables.CRM_OBJECTIVES;
import static org.crmmethod.core.catalogue.MethodDeliverables.IMPORT_REPORT;
import static org.crmmethod.core.catalogue.MethodDeliverables.KPI_SET;
import static org.crmmethod.core.catalogue.MethodDeliverables.LOT_PLAN;
import static org.crmmethod.core.catalogue.MethodDeliverables.MARKET_ANALYSIS;
import static org.crmmethod.core.catalogue.MethodDeliverables.PRE_ACCEPTANCE_REPORT;
import static org.crmmethod.core.catalogue.MethodDeliverables.PRIORITIES;
import static org.crmmethod.core.catalogue.MethodDeliverables.PROJECT_CHARTER;
import static org.crmmethod.core.catalogue.MethodDeliverables.READINESS_ASSESSMENT;
import static org.crmmethod.core.catalogue.MethodDeliverables.REQUIREMENTS_SPECIFICATION;
import static org.crmmethod.core.catalogue.MethodDeliverables.STRATEGIC_OBJECTIVE;
import static org.crmmethod.core.catalogue.MethodDeliverables.TECHNICAL_ARCHITECTURE;
import static org.crmmethod.core.catalogue.MethodDeliverables.USER_GUIDE;
import static org.crmmethod.core.catalogue.MethodRoles.CONSULTANT;
import static org.crmmethod.core.catalogue.MethodRoles.CUSTOMER_REPRESENTATIVE;
import static org.crmmethod.core.catalogue.MethodRoles.DATA_OWNER;
import static org.crmmethod.core.catalogue.MethodRoles.DESIGNER;
import static org.crmmethod.core.catalogue.MethodRoles.EXECUTIVE;
import static org.crmmethod.core.catalogue.MethodRoles.GENERAL_MANAGEMENT;
import static org.crmmethod.core.catalogue.MethodRoles.INTEGRATOR;
import static org.crmmethod.core.catalogue.MethodRoles.IT_ARCHITECT;
import static org.crmmethod.core.catalogue.MethodRoles.KEY_MANAGER;
import static org.crmmethod.core.catalogue.MethodRoles.KEY_USER;
import static org.crmmethod.core.catalogue.MethodRoles.PROJECT_MANAGER;
import static org.crmmethod.core.catalogue.MethodRoles.PROSPECTIVE_USER;
import static org.crmmethod.core.catalogue.MethodRoles.RELATED_DEPARTMENT;
import static org.crmmethod.core.catalogue.MethodRoles.REPRESENTATIVE_USER;
import static org.crmmethod.core.catalogue.MethodRoles.STEERING_COMMITTEE;
import static org.crmmethod.core.catalogue.MethodRoles.SUPPORT_TEAM;
import static org.crmmethod.core.catalogue.MethodRoles.TRAINER;
import static org.crmmethod.core.method.DurationUnit.MONTHS;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.organisation.TeamPurpose;

/**
 * The staged four-phase method (F05-F11): strategy, change management and audit, specifications,
 * deployment, for about 12 months in all.
 *
 * <p>Its phase 3 writes functional specifications, which makes it a method for differentiating
 * projects (F13); its phase 4 rolls out in lots with {@link LotTemplates#differentiating()}.
 */
public final class StagedMethod {
  /** The method's id, which plans following it name. */
  public static final String ID = "crm-staged";
  /** Phase 1: strategy, market analysis and budget, about 3 months (F06). */
  public static final String STRATEGY = "STRATEGY";
  /** Phase 2: change management and audit, 1 to 2 months or more (F07). */
  public static final String AUDIT = "AUDIT";
  /** Phase 3: specifications, 2 to 3 months (F08, F09). */
  public static final String SPECIFICATION = "SPECIFICATION";
  /** Phase 4: deployment, 3 to 5 months (F10). */
  public static final String DEPLOYMENT = "DEPLOYMENT";

  /** The overall-duration norms of a full implementation (F11). */
  public static final TimelineNorms TIMELINE_NORMS =
      TimelineNorms.builder()
          .nominalMonths(12)
          .credibleMinimumMonths(9)
          .physicalDeploymentOnlyDays(90)
          .addFacts(MethodFact.F11)
          .build();

  private static final Method DEFINITION =
      Method.builder()
          .id(ID)
          .name("Staged CRM implementation")
          .version("1.0")
          .approach(Approach.DIFFERENTIATING)
          .description("A staged project in four phases that starts with strategy and ends with IT: strategy, change management and audit, specifications, then deployment in lots. About 12 months in all.")
          .addPhases(
              PhaseTemplate.builder()
                  .id(STRATEGY)
                  .name("Strategy")
                  .objective("Formalise a strategic objective that general management approves, analyse the solutions on the market and set the budget; only then derive priorities and the start module.")
                  .typicalDuration(DurationRange.about(3, MONTHS))
                  .addActivityKinds(
                      ActivityKind.STRATEGIC_OBJECTIVE,
                      ActivityKind.READINESS_ASSESSMENT,
                      ActivityKind.MARKET_ANALYSIS,
                      ActivityKind.BUDGETING,
                      ActivityKind.PRIORITISATION,
                      ActivityKind.START_MODULE_SELECTION)
                  .addRequiredDeliverables(STRATEGIC_OBJECTIVE, READINESS_ASSESSMENT, MARKET_ANALYSIS, BUDGET, PRIORITIES)
                  .exitGate(MethodGates.STRATEGY_APPROVED)
                  .addInvolvedRoles(GENERAL_MANAGEMENT, EXECUTIVE, KEY_MANAGER, PROJECT_MANAGER, CONSULTANT)
                  .addFacts(MethodFact.F01, MethodFact.F02, MethodFact.F05, MethodFact.F06, MethodFact.F28, MethodFact.F33)
                  .build(),
              PhaseTemplate.builder()
                  .id(AUDIT)
                  .name("Change management and audit")
                  .objective("Meet executives and representative users, one to one and in groups, to record their expectations, the obstacles and the limits of the current situation; draw up the project charter and the technical architecture.")
                  .typicalDuration(DurationRange.of(1, 2, MONTHS))
                  .extensible(true)
                  .decisive(true)
                  .addActivityKinds(
                      ActivityKind.AUDIT_INTERVIEWS,
                      ActivityKind.AUDIT_WORKSHOPS,
                      ActivityKind.CHANGE_MANAGEMENT,
                      ActivityKind.CRM_OBJECTIVES,
                      ActivityKind.PROJECT_CHARTER,
                      ActivityKind.TECHNICAL_ARCHITECTURE)
                  .addRequiredDeliverables(AUDIT_REPORT, CRM_OBJECTIVES, PROJECT_CHARTER, TECHNICAL_ARCHITECTURE)
                  .exitGate(MethodGates.CHARTER_APPROVED)
                  .addInvolvedRoles(EXECUTIVE, KEY_MANAGER, REPRESENTATIVE_USER, PROJECT_MANAGER, CONSULTANT, IT_ARCHITECT)
                  .addFacts(MethodFact.F07, MethodFact.F21, MethodFact.F22, MethodFact.F26)
                  .build(),
              PhaseTemplate.builder()
                  .id(SPECIFICATION)
                  .name("Specifications")
                  .objective("Teams of 6 to 12 people describe the current state and the target and write the requirements specification, with the gap analysis, the interface specifications and the data-migration scope, checking back often with the audit groups.")
                  .typicalDuration(DurationRange.of(2, 3, MONTHS))
                  .addActivityKinds(
                      ActivityKind.TARGET_ORGANISATION_STUDY,
                      ActivityKind.FUNCTIONAL_SPECIFICATION,
                      ActivityKind.GAP_ANALYSIS,
                      ActivityKind.INTERFACE_SPECIFICATION,
                      ActivityKind.DATA_MIGRATION_SCOPING,
                      ActivityKind.GUIDELINE_REVIEW,
                      ActivityKind.LOT_PLANNING)
                  .addRequiredDeliverables(REQUIREMENTS_SPECIFICATION, LOT_PLAN)
                  .exitGate(MethodGates.SPECIFICATION_APPROVED)
                  .addInvolvedRoles(DESIGNER, PROSPECTIVE_USER, RELATED_DEPARTMENT, CUSTOMER_REPRESENTATIVE, PROJECT_MANAGER, IT_ARCHITECT)
                  .addTeamNorms(
                      TeamNorm.builder()
                          .purpose(TeamPurpose.SPECIFICATION)
                          .minimumSize(6)
                          .maximumSize(12)
                          .addRequiredRoles(DESIGNER, PROSPECTIVE_USER)
                          .addFacts(MethodFact.F08)
                          .build())
                  .mayLoopBackTo(AUDIT)
                  .reopeningsReportTo(GENERAL_MANAGEMENT)
                  .addFacts(MethodFact.F08, MethodFact.F09, MethodFact.F13)
                  .build(),
              PhaseTemplate.builder()
                  .id(DEPLOYMENT)
                  .name("Deployment")
                  .objective("Put the solution in place lot by lot, improving and testing it, train users and set up the performance indicators.")
                  .typicalDuration(DurationRange.of(3, 5, MONTHS))
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
                      ActivityKind.KPI_SETUP)
                  .addRequiredDeliverables(PRE_ACCEPTANCE_REPORT, USER_GUIDE, IMPORT_REPORT, ACCEPTANCE_CERTIFICATE, KPI_SET)
                  .exitGate(MethodGates.DEPLOYMENT_CLOSED)
                  .addInvolvedRoles(PROJECT_MANAGER, INTEGRATOR, KEY_USER, TRAINER, SUPPORT_TEAM, DATA_OWNER, STEERING_COMMITTEE)
                  .addFacts(MethodFact.F10, MethodFact.F14, MethodFact.F16, MethodFact.F17, MethodFact.F18, MethodFact.F19, MethodFact.F20)
                  .build())
          .deliverableTypes(
              MethodDeliverables.select(
                  STRATEGIC_OBJECTIVE,
                  READINESS_ASSESSMENT,
                  MARKET_ANALYSIS,
                  BUDGET,
                  PRIORITIES,
                  AUDIT_REPORT,
                  CRM_OBJECTIVES,
                  PROJECT_CHARTER,
                  TECHNICAL_ARCHITECTURE,
                  REQUIREMENTS_SPECIFICATION,
                  LOT_PLAN,
                  PRE_ACCEPTANCE_REPORT,
                  USER_GUIDE,
                  IMPORT_REPORT,
                  ACCEPTANCE_CERTIFICATE,
                  KPI_SET))
          .roles(MethodRoles.all())
          .gates(
              MethodGates.select(
                  MethodGates.STRATEGY_APPROVED,
                  MethodGates.CHARTER_APPROVED,
                  MethodGates.SPECIFICATION_APPROVED,
                  MethodGates.PRE_ACCEPTANCE_PASSED,
                  MethodGates.FINAL_ACCEPTANCE_SIGNED,
                  MethodGates.DEPLOYMENT_CLOSED))
          .lotTemplate(LotTemplates.differentiating())
          .timelineNorms(TIMELINE_NORMS)
          .addFacts(MethodFact.F05, MethodFact.F06, MethodFact.F07, MethodFact.F08, MethodFact.F09, MethodFact.F10, MethodFact.F11)
          .build();

  private StagedMethod() {}

  /**
   * Returns the staged method.
   *
   * @return the method definition, id {@value #ID}
   */
  public static Method definition() {
    return DEFINITION;
  }
}
