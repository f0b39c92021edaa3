package org.crmmethod.core.catalogue;

import static org.crmmethod.core.catalogue.MethodRoles.CONSULTANT;
import static org.crmmethod.core.catalogue.MethodRoles.DATA_OWNER;
import static org.crmmethod.core.catalogue.MethodRoles.DESIGNER;
import static org.crmmethod.core.catalogue.MethodRoles.GENERAL_MANAGEMENT;
import static org.crmmethod.core.catalogue.MethodRoles.INTEGRATOR;
import static org.crmmethod.core.catalogue.MethodRoles.IT_ARCHITECT;
import static org.crmmethod.core.catalogue.MethodRoles.KEY_USER;
import static org.crmmethod.core.catalogue.MethodRoles.PROJECT_MANAGER;
import static org.crmmethod.core.catalogue.MethodRoles.STEERING_COMMITTEE;
import static org.crmmethod.core.catalogue.MethodRoles.TRAINER;

import java.util.List;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.MethodFact;

/** The deliverable types the built-in methods use, with their ids and section ids as constants. */
public final class MethodDeliverables {
  /** The strategic objective approved by general management (F01, F06). */
  public static final String STRATEGIC_OBJECTIVE = "STRATEGIC_OBJECTIVE";
  /** The analysis of the solutions on the market (F06). */
  public static final String MARKET_ANALYSIS = "MARKET_ANALYSIS";
  /** The budget allotted to the project (F06). */
  public static final String BUDGET = "BUDGET";
  /** The priorities and start module derived from the objective (F01, F02). */
  public static final String PRIORITIES = "PRIORITIES";
  /** The answers to the readiness questionnaire (F28-F33). */
  public static final String READINESS_ASSESSMENT = "READINESS_ASSESSMENT";
  /** The audit's record of expectations, obstacles and current limits (F07). */
  public static final String AUDIT_REPORT = "AUDIT_REPORT";
  /** The objectives of the company's own CRM (F22, F26). */
  public static final String CRM_OBJECTIVES = "CRM_OBJECTIVES";
  /** The project charter (F07). */
  public static final String PROJECT_CHARTER = "PROJECT_CHARTER";
  /** The technical architecture (F07). */
  public static final String TECHNICAL_ARCHITECTURE = "TECHNICAL_ARCHITECTURE";
  /** The study of the target organisation (F13). */
  public static final String TARGET_ORGANISATION = "TARGET_ORGANISATION";
  /** The requirements specification with its gap analysis (F08). */
  public static final String REQUIREMENTS_SPECIFICATION = "REQUIREMENTS_SPECIFICATION";
  /** The priorities and the split of the rollout into lots (F13). */
  public static final String LOT_PLAN = "LOT_PLAN";
  /** The report of a lot's pre-acceptance by key users (F16). */
  public static final String PRE_ACCEPTANCE_REPORT = "PRE_ACCEPTANCE_REPORT";
  /** The printed user guide (F17). */
  public static final String USER_GUIDE = "USER_GUIDE";
  /** The automated import's report on migration quality (F18). */
  public static final String IMPORT_REPORT = "IMPORT_REPORT";
  /** The signed final acceptance of a lot (F20). */
  public static final String ACCEPTANCE_CERTIFICATE = "ACCEPTANCE_CERTIFICATE";
  /** The performance indicators and how they are measured (F10, F21). */
  public static final String KPI_SET = "KPI_SET";

  /** Section of the audit report: what executives and users expect (F07). */
  public static final String SECTION_EXPECTATIONS = "EXPECTATIONS";
  /** Section of the audit report: the obstacles to the project (F07). */
  public static final String SECTION_OBSTACLES = "OBSTACLES";
  /** Section of the audit report: the limits of the current situation (F07). */
  public static final String SECTION_CURRENT_LIMITS = "CURRENT_LIMITS";
  /** Section of the CRM objectives: quality as the customer sees it (F26). */
  public static final String SECTION_CUSTOMER_PERCEIVED_QUALITY = "CUSTOMER_PERCEIVED_QUALITY";
  /** Section of the CRM objectives: the information that flows back and its channels (F26). */
  public static final String SECTION_INFORMATION_FEEDBACK = "INFORMATION_FEEDBACK";
  /** Section of the requirements specification: the current state (F08). */
  public static final String SECTION_CURRENT_STATE = "CURRENT_STATE";
  /** Section of the requirements specification: the target state (F08). */
  public static final String SECTION_TARGET_STATE = "TARGET_STATE";
  /** Section of the requirements specification: the gap analysis (F08). */
  public static final String SECTION_GAP_ANALYSIS = "GAP_ANALYSIS";
  /** Section of the requirements specification: the interface specifications (F08). */
  public static final String SECTION_INTERFACE_SPECIFICATIONS = "INTERFACE_SPECIFICATIONS";
  /** Section of the requirements specification: the data-migration scope (F08). */
  public static final String SECTION_DATA_MIGRATION_SCOPE = "DATA_MIGRATION_SCOPE";

  private static final List<DeliverableType> ALL =
      List.of(
          type(STRATEGIC_OBJECTIVE, "Strategic objective", "The global objective the CRM serves, stated before any priority and approved by general management.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F01, MethodFact.F06)
              .build(),
          type(MARKET_ANALYSIS, "Market analysis", "A comparison of the CRM solutions on the market against the objective.", CONSULTANT)
              .addApprovedBy(STEERING_COMMITTEE)
              .addPrerequisites(STRATEGIC_OBJECTIVE)
              .addFacts(MethodFact.F06)
              .build(),
          type(BUDGET, "Project budget", "The amount allotted to the project, set once the market is known.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addPrerequisites(STRATEGIC_OBJECTIVE)
              .addFacts(MethodFact.F06)
              .build(),
          type(PRIORITIES, "Priorities and start module", "The pragmatic priorities and the module to start with, derived from the approved objective.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addPrerequisites(STRATEGIC_OBJECTIVE)
              .addFacts(MethodFact.F01, MethodFact.F02, MethodFact.F05)
              .build(),
          type(READINESS_ASSESSMENT, "Readiness assessment", "The company's answers on strategy, data, organisation and IT, before any IT work.", PROJECT_MANAGER)
              .addApprovedBy(STEERING_COMMITTEE)
              .addRequiredSections("STRATEGY", "DATA", "ORGANISATION", "IT")
              .addFacts(MethodFact.F28, MethodFact.F29, MethodFact.F30, MethodFact.F31, MethodFact.F32, MethodFact.F33)
              .build(),
          type(AUDIT_REPORT, "Audit report", "What executives and representative users expect, what stands in the way and where the current situation falls short, written down precisely.", CONSULTANT)
              .addApprovedBy(STEERING_COMMITTEE)
              .addRequiredSections(SECTION_EXPECTATIONS, SECTION_OBSTACLES, SECTION_CURRENT_LIMITS)
              .addFacts(MethodFact.F07, MethodFact.F21)
              .build(),
          type(CRM_OBJECTIVES, "CRM objectives", "The company's own CRM objectives: the quality customers should see and the information that must flow back, through which channels.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addRequiredSections(SECTION_CUSTOMER_PERCEIVED_QUALITY, SECTION_INFORMATION_FEEDBACK)
              .addPrerequisites(STRATEGIC_OBJECTIVE)
              .addFacts(MethodFact.F22, MethodFact.F23, MethodFact.F26)
              .build(),
          type(PROJECT_CHARTER, "Project charter", "The project's mandate, scope, organisation and rules, drawn from the audit.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT, STEERING_COMMITTEE)
              .addPrerequisites(STRATEGIC_OBJECTIVE)
              .addFacts(MethodFact.F07)
              .build(),
          type(TECHNICAL_ARCHITECTURE, "Technical architecture", "The target technical architecture of the CRM and the systems around it.", IT_ARCHITECT)
              .addApprovedBy(STEERING_COMMITTEE)
              .addFacts(MethodFact.F07)
              .build(),
          type(TARGET_ORGANISATION, "Target organisation", "The study that defines the organisation the CRM must serve.", CONSULTANT)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F12, MethodFact.F13)
              .build(),
          type(REQUIREMENTS_SPECIFICATION, "Requirements specification", "The needs, current state and target, with the gaps between wishes, the package and the budget, the interfaces and the data to take over.", DESIGNER)
              .addApprovedBy(STEERING_COMMITTEE)
              .addRequiredSections(SECTION_CURRENT_STATE, SECTION_TARGET_STATE, SECTION_GAP_ANALYSIS, SECTION_INTERFACE_SPECIFICATIONS, SECTION_DATA_MIGRATION_SCOPE)
              .addPrerequisites(CRM_OBJECTIVES)
              .addFacts(MethodFact.F08, MethodFact.F13, MethodFact.F26)
              .build(),
          type(LOT_PLAN, "Lot plan", "The priorities and the split of the rollout into lots.", PROJECT_MANAGER)
              .addApprovedBy(STEERING_COMMITTEE)
              .addFacts(MethodFact.F13)
              .build(),
          type(PRE_ACCEPTANCE_REPORT, "Pre-acceptance report", "The key users' verdict on a lot after testing it as a whole.", KEY_USER)
              .addApprovedBy(STEERING_COMMITTEE)
              .addFacts(MethodFact.F16)
              .build(),
          type(USER_GUIDE, "Printed user guide", "A paper guide that lowers users' stress when the tool arrives.", TRAINER)
              .addFacts(MethodFact.F17)
              .build(),
          type(IMPORT_REPORT, "Import report", "The automated import's report measuring the quality of the data taken over at cut-over.", INTEGRATOR)
              .addApprovedBy(DATA_OWNER)
              .addFacts(MethodFact.F18)
              .build(),
          type(ACCEPTANCE_CERTIFICATE, "Final acceptance certificate", "The signed acceptance of a lot after a period of real use.", PROJECT_MANAGER)
              .addApprovedBy(STEERING_COMMITTEE)
              .addFacts(MethodFact.F20)
              .build(),
          type(KPI_SET, "Performance indicators", "The indicators that measure how the new processes work, and how each is measured.", PROJECT_MANAGER)
              .addApprovedBy(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F10, MethodFact.F21)
              .build());

  private static final CatalogueIndex<DeliverableType> INDEX =
      new CatalogueIndex<>(ALL, DeliverableType::id, "deliverable type");

  private MethodDeliverables() {}

  private static DeliverableType.Builder type(
      String id, String name, String description, String producedBy) {
    return DeliverableType.builder()
        .id(id)
        .name(name)
        .description(description)
        .producedBy(producedBy);
  }

  /**
   * Returns every built-in deliverable type.
   *
   * @return the deliverable types, ids unique
   */
  public static List<DeliverableType> all() {
    return ALL;
  }

  /**
   * Returns the built-in deliverable types with the given ids, in the order given.
   *
   * @param ids deliverable type ids, each one of this class's constants
   * @return the deliverable types
   * @throws IllegalArgumentException naming the id when one is not built in
   */
  public static List<DeliverableType> select(String... ids) {
    return INDEX.select(ids);
  }
}
