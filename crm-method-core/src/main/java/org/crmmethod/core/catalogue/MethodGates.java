package org.crmmethod.core.catalogue;

import static org.crmmethod.core.catalogue.MethodRoles.GENERAL_MANAGEMENT;
import static org.crmmethod.core.catalogue.MethodRoles.STEERING_COMMITTEE;

import java.util.List;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.QualityGate;

/** The quality gates the built-in methods use, with their ids as constants. */
public final class MethodGates {
  /** General management approves the strategy, the market analysis and the budget (F06). */
  public static final String STRATEGY_APPROVED = "STRATEGY_APPROVED";
  /** The audit's results, the charter and the architecture are approved (F07). */
  public static final String CHARTER_APPROVED = "CHARTER_APPROVED";
  /** The requirements specification is approved (F08, F09). */
  public static final String SPECIFICATION_APPROVED = "SPECIFICATION_APPROVED";
  /** The target organisation is approved (F13). */
  public static final String TARGET_ORGANISATION_APPROVED = "TARGET_ORGANISATION_APPROVED";
  /** The priorities and the lot split are approved (F13). */
  public static final String LOT_PLAN_APPROVED = "LOT_PLAN_APPROVED";
  /** A lot has passed pre-acceptance with its key users (F16). */
  public static final String PRE_ACCEPTANCE_PASSED = "PRE_ACCEPTANCE_PASSED";
  /** A lot's final acceptance is signed after real use (F18, F20). */
  public static final String FINAL_ACCEPTANCE_SIGNED = "FINAL_ACCEPTANCE_SIGNED";
  /** Deployment is closed with its performance indicators in place (F10). */
  public static final String DEPLOYMENT_CLOSED = "DEPLOYMENT_CLOSED";

  private static final List<QualityGate> ALL =
      List.of(
          QualityGate.builder()
              .id(STRATEGY_APPROVED)
              .name("Strategy approved")
              .description("General management approves the strategic objective, and the market analysis and budget are done, before the audit starts.")
              .addRequiredDeliverables(MethodDeliverables.STRATEGIC_OBJECTIVE, MethodDeliverables.MARKET_ANALYSIS, MethodDeliverables.BUDGET)
              .approvingRole(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F06)
              .build(),
          QualityGate.builder()
              .id(CHARTER_APPROVED)
              .name("Charter and architecture approved")
              .description("The audit's findings are written down and the project charter and technical architecture approved.")
              .addRequiredDeliverables(MethodDeliverables.AUDIT_REPORT, MethodDeliverables.PROJECT_CHARTER, MethodDeliverables.TECHNICAL_ARCHITECTURE)
              .approvingRole(STEERING_COMMITTEE)
              .addFacts(MethodFact.F07)
              .build(),
          QualityGate.builder()
              .id(SPECIFICATION_APPROVED)
              .name("Specification approved")
              .description("The requirements specification, with its gap analysis, interfaces and migration scope, is approved and still within the strategic guidelines.")
              .addRequiredDeliverables(MethodDeliverables.REQUIREMENTS_SPECIFICATION)
              .approvingRole(STEERING_COMMITTEE)
              .addFacts(MethodFact.F08, MethodFact.F09)
              .build(),
          QualityGate.builder()
              .id(TARGET_ORGANISATION_APPROVED)
              .name("Target organisation approved")
              .description("The study of the target organisation is approved before functional specifications are written.")
              .addRequiredDeliverables(MethodDeliverables.TARGET_ORGANISATION)
              .approvingRole(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F13)
              .build(),
          QualityGate.builder()
              .id(LOT_PLAN_APPROVED)
              .name("Lot plan approved")
              .description("The priorities and the split of the rollout into lots are approved.")
              .addRequiredDeliverables(MethodDeliverables.LOT_PLAN)
              .approvingRole(STEERING_COMMITTEE)
              .addFacts(MethodFact.F13)
              .build(),
          QualityGate.builder()
              .id(PRE_ACCEPTANCE_PASSED)
              .name("Pre-acceptance passed")
              .description("Key users have tested the lot as a whole and found it fit before users are trained and it goes live.")
              .addRequiredDeliverables(MethodDeliverables.PRE_ACCEPTANCE_REPORT)
              .approvingRole(STEERING_COMMITTEE)
              .perLot(true)
              .addFacts(MethodFact.F16, MethodFact.F17)
              .build(),
          QualityGate.builder()
              .id(FINAL_ACCEPTANCE_SIGNED)
              .name("Final acceptance signed")
              .description("After the migration is reported on and the lot has been in real use for the minimum period, its acceptance is signed.")
              .addRequiredDeliverables(MethodDeliverables.IMPORT_REPORT, MethodDeliverables.ACCEPTANCE_CERTIFICATE)
              .approvingRole(STEERING_COMMITTEE)
              .perLot(true)
              .addFacts(MethodFact.F18, MethodFact.F20)
              .build(),
          QualityGate.builder()
              .id(DEPLOYMENT_CLOSED)
              .name("Deployment closed")
              .description("Every lot is accepted and the performance indicators are in place.")
              .addRequiredDeliverables(MethodDeliverables.KPI_SET)
              .approvingRole(GENERAL_MANAGEMENT)
              .addFacts(MethodFact.F10)
              .build());

  private static final CatalogueIndex<QualityGate> INDEX =
      new CatalogueIndex<>(ALL, QualityGate::id, "quality gate");

  private MethodGates() {}

  /**
   * Returns every built-in quality gate.
   *
   * @return the gates, ids unique
   */
  public static List<QualityGate> all() {
    return ALL;
  }

  /**
   * Returns the built-in gates with the given ids, in the order given.
   *
   * @param ids gate ids, each one of this class's constants
   * @return the gates
   * @throws IllegalArgumentException naming the id when one is not built in
   */
  public static List<QualityGate> select(String... ids) {
    return INDEX.select(ids);
  }
}
