package org.crmmethod.core.catalogue;

import static org.crmmethod.core.catalogue.MethodRoles.CHAMPION;
import static org.crmmethod.core.catalogue.MethodRoles.CONSULTANT;
import static org.crmmethod.core.catalogue.MethodRoles.CUSTOMER_REPRESENTATIVE;
import static org.crmmethod.core.catalogue.MethodRoles.DATA_OWNER;
import static org.crmmethod.core.catalogue.MethodRoles.DATA_PROTECTION_OFFICER;
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
import static org.crmmethod.core.plan.DependencyType.FINISH_TO_FINISH;
import static org.crmmethod.core.plan.DependencyType.FINISH_TO_START;
import static org.crmmethod.core.plan.DependencyType.START_TO_START;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.Hypercare;
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
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;

/**
 * A complete reference plan for a pharmaceutical laboratory following the {@link StagedMethod}: the
 * plan that examples, tests and users start from.
 *
 * <p>The laboratory replaces an obsolete, in-house SFA system that users are used to and that an
 * earlier project failed to replace (F03). Following the method's advice (F04), it rolls out
 * analytical CRM first (lot 1) and SFA second (lot 2), each lot with its parallel workstreams and
 * its steps from pre-acceptance to final acceptance. The plan is a baseline on its kick-off day:
 * its only progress is the kick-off steering meeting, with minutes, the decision taken there, and
 * the readiness assessment opened that day (F28-F33). Every readiness question has an owner among
 * the executives and key managers; a few are settled, most are open, and each open question that
 * blocks work is due before that work starts. The most likely durations add up to about 12 months
 * (F11).
 */
public final class PharmaReferencePlan {
  /** The plan's id. */
  public static final String ID = "pharma-reference";
  /** The day the project starts, a Monday. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);
  /** The id of the analytical CRM lot, rolled out first (F04). */
  public static final String LOT_ANALYTICAL = "LOT-1";
  /** The id of the SFA lot, rolled out second (F03). */
  public static final String LOT_SFA = "LOT-2";

  private static final ProjectPlan PLAN = build();

  private PharmaReferencePlan() {}

  /**
   * Returns the reference plan.
   *
   * @return the plan, id {@value #ID}
   */
  public static ProjectPlan plan() {
    return PLAN;
  }

  private static ProjectPlan build() {
    return ProjectPlan.builder()
        .id(ID)
        .name("CRM programme of a pharmaceutical laboratory")
        .method(StagedMethod.ID)
        .context(
            ProjectContext.builder()
                .company("Laboratoires Alpine Santé")
                .industry(Industry.PHARMACEUTICAL)
                .approach(Approach.DIFFERENTIATING)
                .addModules(CrmModule.ANALYTICAL, CrmModule.SFA)
                .startDate(START)
                .calendar("FR")
                .budget(Money.of("1200000", "EUR"))
                .legacySystem(
                    LegacySystem.builder()
                        .name("In-house sales force system")
                        .obsolete(true)
                        .pastFailures(true)
                        .settledHabits(true)
                        .build())
                .externalConsultant(true)
                .build())
        .statusDate(START)
        .addPhases(strategy(), audit(), specification(), deployment())
        .addLots(analyticalLot(), sfaLot())
        .deliverables(deliverables())
        .addDecisions(
            ProjectDecision.builder()
                .id("DEC-APPROACH")
                .kind(DecisionKind.APPROACH)
                .statement("Run a differentiating CRM project with the staged method, rolled out in lots.")
                .phase(StagedMethod.STRATEGY)
                .decidedOn(START)
                .addDecidedBy("CEO")
                .build())
        .readiness(readiness())
        .departments(departments())
        .stakeholders(stakeholders())
        .teams(teams())
        .championsTeam(
            ChampionsTeam.builder()
                .addMembers("KU-SALES", "KU-MR", "KU-FIN", "KU-LOG", "KU-MKT")
                .addDepartments("SALES", "MARKET_RESEARCH", "FINANCE", "LOGISTICS", "MARKETING")
                .duties(OrganisationCatalogue.championDuties())
                .build())
        .addMeetings(
            Meeting.builder()
                .id("M-KICKOFF")
                .kind(MeetingKind.STEERING_COMMITTEE)
                .date(START)
                .addAttendees("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "IT-DIR", "PM")
                .minutes(
                    MeetingMinutes.builder()
                        .author("PM")
                        .issuedOn(START)
                        .addPoints(
                            "The project starts with strategy and will end with IT.",
                            "The approach is differentiating; the rollout will be split into lots.",
                            "Every department that deals with customers names a key user.")
                        .addDecisions("DEC-APPROACH")
                        .build())
                .build())
        .kpis(kpis())
        .customerSegments(OrganisationCatalogue.pharmaSegments())
        .objectives(objectives())
        .fitGap(fitGap())
        .build();
  }

  // ---- Phases ----

  private static Phase strategy() {
    return Phase.builder()
        .id(StagedMethod.STRATEGY)
        .name("Phase 1: strategy")
        .template(StagedMethod.STRATEGY)
        .addActivities(
            activity("S-OBJ", "Formalise the strategic objective", ActivityKind.STRATEGIC_OBJECTIVE, 15, 20, 30)
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER, CONSULTANT)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "OPS-DIR", "IT-DIR", "MR-HEAD")
                .teamSize(3)
                .build(),
            activity("S-READY", "Answer the readiness questionnaire", ActivityKind.READINESS_ASSESSMENT, 5, 8, 12)
                .addDependencies(Dependency.of("S-OBJ", START_TO_START, 5))
                .addRoles(EXECUTIVE, KEY_MANAGER, PROJECT_MANAGER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "OPS-DIR", "IT-DIR", "MR-HEAD", "LOG-HEAD", "REGIONAL-MGR", "DPO")
                .teamSize(2)
                .build(),
            activity("S-MKT", "Analyse the CRM solutions on the market", ActivityKind.MARKET_ANALYSIS, 20, 30, 45)
                .addDependencies(Dependency.on("S-OBJ"))
                .addRoles(CONSULTANT, PROJECT_MANAGER)
                .teamSize(2)
                .build(),
            activity("S-BUD", "Set the project budget", ActivityKind.BUDGETING, 8, 10, 15)
                .addDependencies(Dependency.on("S-MKT"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "FIN-DIR")
                .build(),
            activity("S-PRIO", "Derive the priorities from the objective", ActivityKind.PRIORITISATION, 3, 5, 8)
                .addDependencies(Dependency.on("S-OBJ"))
                .addRoles(PROJECT_MANAGER, EXECUTIVE)
                .build(),
            activity("S-START", "Choose the start module", ActivityKind.START_MODULE_SELECTION, 2, 3, 5)
                .addDependencies(Dependency.on("S-PRIO"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR", "MR-HEAD")
                .build(),
            gate("S-GATE", "Strategy gate: objective, market analysis and budget approved", "S-BUD", "S-START", "S-READY"))
        .build();
  }

  private static Phase audit() {
    return Phase.builder()
        .id(StagedMethod.AUDIT)
        .name("Phase 2: change management and audit")
        .template(StagedMethod.AUDIT)
        .addActivities(
            activity("A-INT", "Interview executives and representative users one to one", ActivityKind.AUDIT_INTERVIEWS, 10, 15, 25)
                .addDependencies(Dependency.on("S-GATE"))
                .addRoles(CONSULTANT, EXECUTIVE, REPRESENTATIVE_USER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "OPS-DIR", "LOG-HEAD", "REP-1", "REP-2")
                .teamSize(2)
                .build(),
            activity("A-WS", "Hold group sessions with executives and representative users", ActivityKind.AUDIT_WORKSHOPS, 8, 10, 15)
                .addDependencies(Dependency.of("A-INT", START_TO_START, 5))
                .addRoles(CONSULTANT, EXECUTIVE, REPRESENTATIVE_USER)
                .addParticipants("SALES-DIR", "MKT-DIR", "REGIONAL-MGR", "REP-1", "REP-2", "KU-SALES", "KU-MR")
                .teamSize(2)
                .build(),
            activity("A-CM", "Plan the change management", ActivityKind.CHANGE_MANAGEMENT, 10, 15, 20)
                .addDependencies(Dependency.of("A-INT", START_TO_START, 0))
                .addRoles(CONSULTANT, PROJECT_MANAGER)
                .build(),
            activity("A-OBJ", "Set the objectives of the laboratory's own CRM", ActivityKind.CRM_OBJECTIVES, 5, 8, 12)
                .addDependencies(Dependency.on("A-WS"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR")
                .build(),
            activity("A-CHARTER", "Write the project charter", ActivityKind.PROJECT_CHARTER, 5, 8, 12)
                .addDependencies(Dependency.on("A-WS"))
                .addRoles(PROJECT_MANAGER)
                .build(),
            activity("A-ARCH", "Design the technical architecture", ActivityKind.TECHNICAL_ARCHITECTURE, 15, 20, 30)
                .addDependencies(Dependency.on("A-INT"))
                .addRoles(IT_ARCHITECT)
                .addParticipants("IT-DIR")
                .teamSize(2)
                .build(),
            gate("A-GATE", "Charter gate: audit report, charter and architecture approved", "A-OBJ", "A-CHARTER", "A-ARCH", "A-CM"))
        .build();
  }

  private static Phase specification() {
    return Phase.builder()
        .id(StagedMethod.SPECIFICATION)
        .name("Phase 3: specifications")
        .template(StagedMethod.SPECIFICATION)
        .addActivities(
            activity("P-TARGET", "Define the target organisation", ActivityKind.TARGET_ORGANISATION_STUDY, 10, 15, 20)
                .addDependencies(Dependency.on("A-GATE"))
                .addRoles(CONSULTANT, EXECUTIVE)
                .build(),
            activity("P-FS", "Write the requirements specification", ActivityKind.FUNCTIONAL_SPECIFICATION, 25, 30, 45)
                .addDependencies(Dependency.of("P-TARGET", START_TO_START, 5))
                .addRoles(DESIGNER, PROSPECTIVE_USER, RELATED_DEPARTMENT, CUSTOMER_REPRESENTATIVE)
                .teamSize(16)
                .build(),
            activity("P-GAP", "Analyse the gaps between wishes, package and budget", ActivityKind.GAP_ANALYSIS, 8, 10, 15)
                .addDependencies(Dependency.of("P-FS", START_TO_START, 10))
                .addRoles(DESIGNER, CONSULTANT)
                .build(),
            activity("P-IF", "Specify the interfaces", ActivityKind.INTERFACE_SPECIFICATION, 8, 10, 15)
                .addDependencies(Dependency.of("P-FS", START_TO_START, 10))
                .addRoles(IT_ARCHITECT, DESIGNER)
                .build(),
            activity("P-DMS", "Decide which historical data to take over", ActivityKind.DATA_MIGRATION_SCOPING, 5, 8, 12)
                .addDependencies(Dependency.of("P-FS", START_TO_START, 15))
                .addRoles(DATA_OWNER, DATA_PROTECTION_OFFICER, DESIGNER)
                .addParticipants("MR-HEAD", "DPO")
                .build(),
            activity("P-REVIEW", "Check the specification against the strategic guidelines with the audit groups", ActivityKind.GUIDELINE_REVIEW, 3, 5, 8)
                .addDependencies(Dependency.on("P-FS"))
                .addRoles(PROJECT_MANAGER, EXECUTIVE, REPRESENTATIVE_USER)
                .addParticipants("SALES-DIR", "MKT-DIR", "REP-1", "REP-2")
                .build(),
            activity("P-LOTS", "Set the priorities and split the rollout into lots", ActivityKind.LOT_PLANNING, 3, 5, 8)
                .addDependencies(Dependency.on("P-REVIEW"), Dependency.on("P-GAP"))
                .addRoles(STEERING_COMMITTEE, PROJECT_MANAGER)
                .build(),
            gate("P-GATE", "Specification gate: requirements specification approved", "P-LOTS", "P-IF", "P-DMS"))
        .build();
  }

  private static Phase deployment() {
    return Phase.builder()
        .id(StagedMethod.DEPLOYMENT)
        .name("Phase 4: deployment")
        .template(StagedMethod.DEPLOYMENT)
        .addActivities(
            activity("D-KPI", "Set up the performance indicators", ActivityKind.KPI_SETUP, 5, 8, 12)
                .addDependencies(Dependency.on("L1-CUT"))
                .addRoles(PROJECT_MANAGER, KEY_MANAGER)
                .build(),
            gate("D-GATE", "Deployment closed: lots accepted and indicators in place", "L1-FINAL", "L2-FINAL", "D-KPI"))
        .build();
  }

  // ---- Lots ----

  private static Lot analyticalLot() {
    return lot(
        LOT_ANALYTICAL,
        "Analytical CRM",
        CrmModule.ANALYTICAL,
        "L1",
        Dependency.on("P-GATE"),
        new double[][] {{15, 20, 30}, {10, 15, 25}, {10, 15, 20}, {15, 20, 30}, {3, 5, 8}},
        new double[][] {{5, 8, 10}, {5, 8, 12}, {1, 2, 3}, {10, 15, 20}},
        List.of("KU-MR", "KU-FIN"),
        List.of("Latest prescription and sales figures", "Customer master data"));
  }

  private static Lot sfaLot() {
    return lot(
        LOT_SFA,
        "Sales force automation",
        CrmModule.SFA,
        "L2",
        Dependency.on("L1-CONF"),
        new double[][] {{20, 30, 45}, {15, 25, 40}, {15, 20, 30}, {20, 25, 35}, {5, 8, 10}},
        new double[][] {{8, 10, 15}, {10, 12, 20}, {1, 2, 3}, {15, 20, 30}},
        List.of("KU-SALES", "KU-LOG"),
        List.of("Latest customers and prescribers", "Open orders", "Visit history of the last two years"));
  }

  /**
   * Builds a lot of the differentiating template: five workstreams in parallel, then the five
   * steps, with the final acceptance held back by the minimum period of real use (F20).
   */
  private static Lot lot(
      String id,
      String name,
      CrmModule module,
      String prefix,
      Dependency start,
      double[][] workstreams,
      double[][] steps,
      List<String> keyUsers,
      List<String> extractedData) {
    double realUseDays = LotTemplates.DEFAULT_MINIMUM_REAL_USE_WEEKS * 5.0;
    String conf = prefix + "-CONF";
    String dev = prefix + "-DEV";
    String test = prefix + "-TEST";
    String data = prefix + "-DATA";
    String pres = prefix + "-PRES";
    String pre = prefix + "-PRE";
    String train = prefix + "-TRAIN";
    String cut = prefix + "-CUT";
    String care = prefix + "-CARE";
    String fin = prefix + "-FINAL";
    return Lot.builder()
        .id(id)
        .name(name)
        .phase(StagedMethod.DEPLOYMENT)
        .addModules(module)
        .addWorkstreams(
            activity(conf, "Configure the package: " + name, ActivityKind.CONFIGURATION, workstreams[0])
                .addDependencies(start)
                .addRoles(INTEGRATOR)
                .teamSize(3)
                .build(),
            activity(dev, "Develop what configuration cannot do: " + name, ActivityKind.SPECIFIC_DEVELOPMENT, workstreams[1])
                .addDependencies(start)
                .addRoles(INTEGRATOR)
                .teamSize(2)
                .build(),
            activity(test, "Test configuration and developments: " + name, ActivityKind.TESTS, workstreams[2])
                .addDependencies(Dependency.of(conf, START_TO_START, 10), Dependency.of(dev, FINISH_TO_FINISH, 0))
                .addRoles(INTEGRATOR, KEY_USER)
                .teamSize(2)
                .build(),
            activity(data, "Migrate the historical data: " + name, ActivityKind.DATA_MIGRATION, workstreams[3])
                .addDependencies(start)
                .addRoles(INTEGRATOR, DATA_OWNER)
                .build(),
            activity(pres, "Present the coming solution to users: " + name, ActivityKind.USER_PRESENTATIONS, workstreams[4])
                .addDependencies(Dependency.of(conf, START_TO_START, 5))
                .addRoles(PROJECT_MANAGER, KEY_USER)
                .build())
        .preAcceptance(
            PreAcceptance.builder()
                .activity(
                    activity(pre, "Pre-acceptance with key users: " + name, ActivityKind.PRE_ACCEPTANCE, steps[0])
                        .addDependencies(Dependency.on(test), Dependency.on(data), Dependency.on(pres))
                        .addRoles(KEY_USER)
                        .addAllParticipants(keyUsers)
                        .teamSize(keyUsers.size())
                        .build())
                .keyUsers(keyUsers)
                .build())
        .training(
            Training.builder()
                .activity(
                    activity(train, "Train users on real data: " + name, ActivityKind.TRAINING, steps[1])
                        .addDependencies(Dependency.on(pre))
                        .addRoles(TRAINER)
                        .teamSize(2)
                        .build())
                .onRealData(true)
                .printedUserGuide(true)
                .build())
        .cutOver(
            CutOver.builder()
                .activity(
                    activity(cut, "Cut over with an automated import: " + name, ActivityKind.CUT_OVER, steps[2])
                        .addDependencies(Dependency.on(train))
                        .addRoles(INTEGRATOR, DATA_OWNER)
                        .teamSize(2)
                        .build())
                .extractedData(extractedData)
                .automatedImport(true)
                .importReport(true)
                .build())
        .hypercare(
            Hypercare.builder()
                .activity(
                    activity(care, "Increased support after go-live: " + name, ActivityKind.HYPERCARE, steps[3])
                        .addDependencies(Dependency.on(cut))
                        .addRoles(SUPPORT_TEAM, KEY_USER)
                        .teamSize(3)
                        .build())
                .responseTimeHours(4)
                .build())
        .finalAcceptance(
            FinalAcceptance.builder()
                .activity(
                    activity(fin, "Sign final acceptance after real use: " + name, ActivityKind.FINAL_ACCEPTANCE, 1, 1, 1)
                        .addDependencies(Dependency.of(cut, FINISH_TO_START, realUseDays), Dependency.on(care))
                        .addRoles(STEERING_COMMITTEE)
                        .build())
                .build())
        .build();
  }

  // ---- Deliverables ----

  private static List<Deliverable> deliverables() {
    List<Deliverable> deliverables = new ArrayList<>();
    deliverables.add(deliverable("D-OBJ", MethodDeliverables.STRATEGIC_OBJECTIVE, "Strategic objective", StagedMethod.STRATEGY, "S-OBJ"));
    deliverables.add(
        deliverable("D-READY", MethodDeliverables.READINESS_ASSESSMENT, "Readiness assessment", StagedMethod.STRATEGY, "S-READY", "STRATEGY", "DATA", "ORGANISATION", "IT"));
    deliverables.add(deliverable("D-MKT", MethodDeliverables.MARKET_ANALYSIS, "Market analysis", StagedMethod.STRATEGY, "S-MKT"));
    deliverables.add(deliverable("D-BUD", MethodDeliverables.BUDGET, "Project budget", StagedMethod.STRATEGY, "S-BUD"));
    deliverables.add(deliverable("D-PRIO", MethodDeliverables.PRIORITIES, "Priorities and start module", StagedMethod.STRATEGY, "S-START"));
    deliverables.add(
        deliverable("D-AUDIT", MethodDeliverables.AUDIT_REPORT, "Audit report", StagedMethod.AUDIT, "A-WS",
            MethodDeliverables.SECTION_EXPECTATIONS, MethodDeliverables.SECTION_OBSTACLES, MethodDeliverables.SECTION_CURRENT_LIMITS));
    deliverables.add(
        deliverable("D-CRMOBJ", MethodDeliverables.CRM_OBJECTIVES, "CRM objectives", StagedMethod.AUDIT, "A-OBJ",
            MethodDeliverables.SECTION_CUSTOMER_PERCEIVED_QUALITY, MethodDeliverables.SECTION_INFORMATION_FEEDBACK));
    deliverables.add(deliverable("D-CHARTER", MethodDeliverables.PROJECT_CHARTER, "Project charter", StagedMethod.AUDIT, "A-CHARTER"));
    deliverables.add(deliverable("D-ARCH", MethodDeliverables.TECHNICAL_ARCHITECTURE, "Technical architecture", StagedMethod.AUDIT, "A-ARCH"));
    deliverables.add(
        deliverable("D-SPEC", MethodDeliverables.REQUIREMENTS_SPECIFICATION, "Requirements specification", StagedMethod.SPECIFICATION, "P-FS",
            MethodDeliverables.SECTION_CURRENT_STATE, MethodDeliverables.SECTION_TARGET_STATE, MethodDeliverables.SECTION_GAP_ANALYSIS,
            MethodDeliverables.SECTION_INTERFACE_SPECIFICATIONS, MethodDeliverables.SECTION_DATA_MIGRATION_SCOPE));
    deliverables.add(deliverable("D-LOTS", MethodDeliverables.LOT_PLAN, "Lot plan", StagedMethod.SPECIFICATION, "P-LOTS"));
    for (String lot : List.of("L1", "L2")) {
      deliverables.add(deliverable("D-" + lot + "-PRE", MethodDeliverables.PRE_ACCEPTANCE_REPORT, "Pre-acceptance report " + lot, StagedMethod.DEPLOYMENT, lot + "-PRE"));
      deliverables.add(deliverable("D-" + lot + "-GUIDE", MethodDeliverables.USER_GUIDE, "Printed user guide " + lot, StagedMethod.DEPLOYMENT, lot + "-TRAIN"));
      deliverables.add(deliverable("D-" + lot + "-IMPORT", MethodDeliverables.IMPORT_REPORT, "Import report " + lot, StagedMethod.DEPLOYMENT, lot + "-CUT"));
      deliverables.add(deliverable("D-" + lot + "-ACCEPT", MethodDeliverables.ACCEPTANCE_CERTIFICATE, "Final acceptance certificate " + lot, StagedMethod.DEPLOYMENT, lot + "-FINAL"));
    }
    deliverables.add(deliverable("D-KPI", MethodDeliverables.KPI_SET, "Performance indicators", StagedMethod.DEPLOYMENT, "D-KPI"));
    return deliverables;
  }

  // ---- Readiness ----

  /** The id of the laboratory's own readiness question on the transparency of benefits to health professionals. */
  public static final String TRANSPARENCY = "PHARMA-TRANSPARENCY";

  private static ReadinessAssessment readiness() {
    LocalDate boardReview = LocalDate.of(2026, 12, 14);
    LocalDate strategyGate = LocalDate.of(2027, 3, 26);
    LocalDate charterGate = LocalDate.of(2027, 5, 19);
    LocalDate scopingDone = LocalDate.of(2027, 6, 28);
    LocalDate specificationGate = LocalDate.of(2027, 7, 22);
    return ReadinessAssessment.builder()
        .questionnaire(ReadinessCatalogue.ID)
        .assessedOn(START)
        .addCustomQuestions(
            ReadinessQuestion.builder()
                .id(TRANSPARENCY)
                .group(ReadinessGroup.DATA)
                .text("Does the customer data hold what the transparency rules on benefits granted to health professionals require?")
                .addBlocks(ActivityKind.DATA_MIGRATION)
                .addFacts(MethodFact.F30)
                .build())
        .addAnswers(
            open("STRATEGY-01", AnswerStatus.IN_PROGRESS, "CEO", "The board's three-year plan sets the direction; the objective is being formalised", strategyGate),
            settled("STRATEGY-02", "MKT-DIR", "Marketing plan 2027: prescribers, pharmacists, hospitals, wholesalers and distributors, by priority", boardReview),
            open("STRATEGY-03", AnswerStatus.IN_PROGRESS, "MR-HEAD", "A survey of a panel of prescribing physicians is under way", strategyGate),
            open("STRATEGY-04", AnswerStatus.NOT_SETTLED, "SALES-DIR", "Kick-off minutes: sales and marketing still weigh winning prescribers against keeping them", strategyGate),
            unanswered("STRATEGY-05", "OPS-DIR", strategyGate),
            unanswered("STRATEGY-06", "IT-DIR", strategyGate),
            unanswered("DATA-01", "MR-HEAD", charterGate),
            open("DATA-02", AnswerStatus.IN_PROGRESS, "MR-HEAD", "Each department is listing the customer files it keeps", null),
            settled("DATA-03", "IT-DIR", "Customer files are kept in the sales force system and in market research's databases", boardReview),
            open("DATA-04", AnswerStatus.NOT_SETTLED, "IT-DIR", "Visit reports are free text in the old sales force system", null),
            unanswered("DATA-05", "MR-HEAD", null),
            open("DATA-06", AnswerStatus.IN_PROGRESS, "MKT-DIR", "Market research is mapping the prescriber lifecycle", null),
            unanswered("DATA-07", "REGIONAL-MGR", null),
            open(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE, AnswerStatus.IN_PROGRESS, "DPO", "The register of processing activities is being updated for customer data", scopingDone),
            settled("DATA-09", "OPS-DIR", "The medical information line answers prescribers' and pharmacists' product questions", boardReview),
            unanswered("DATA-10", "OPS-DIR", null),
            settled("ORGANISATION-01", "CEO", "Organisation chart 2027, approved by the board", boardReview),
            open("ORGANISATION-02", AnswerStatus.NOT_SETTLED, "OPS-DIR", "Hospital tenders are followed outside any system", null),
            open("ORGANISATION-03", AnswerStatus.IN_PROGRESS, "CEO", "The steering committee was formed at kick-off; the specification teams are still to be named", null),
            open("ORGANISATION-04", AnswerStatus.IN_PROGRESS, "SALES-DIR", "Key users named by each customer-facing department at kick-off", null),
            unanswered("ORGANISATION-05", "IT-DIR", null),
            unanswered("ORGANISATION-06", "LOG-HEAD", null),
            open("ORGANISATION-07", AnswerStatus.IN_PROGRESS, "CEO", "The project was announced at kick-off; a newsletter to all staff is planned", null),
            open("ORGANISATION-08", AnswerStatus.NOT_SETTLED, "REGIONAL-MGR", "Field sales remember the failed replacement of their system", null),
            unanswered("IT-01", "IT-DIR", specificationGate),
            open("IT-02", AnswerStatus.NOT_SETTLED, "IT-DIR", "The old system's servers reach the end of their life this year", specificationGate),
            open("IT-03", AnswerStatus.IN_PROGRESS, "FIN-DIR", "The budget is being set in the strategy phase", null),
            unanswered("IT-04", "FIN-DIR", null),
            open("IT-05", AnswerStatus.IN_PROGRESS, "IT-DIR", "Market research's data marts are being reviewed for analytical CRM", strategyGate),
            settled("IT-06", "IT-DIR", "Two of the IT team know the package family; the others must be trained", boardReview),
            unanswered("IT-07", "TRAINER", specificationGate),
            unanswered("IT-08", "SUPPORT-LEAD", specificationGate),
            open(TRANSPARENCY, AnswerStatus.NOT_SETTLED, "FIN-DIR", "Finance tracks benefits in spreadsheets", scopingDone))
        .build();
  }

  private static ReadinessAnswer settled(String question, String owner, String evidence, LocalDate on) {
    return ReadinessAnswer.builder()
        .question(question)
        .status(AnswerStatus.SETTLED)
        .owner(owner)
        .evidence(evidence)
        .answeredOn(on)
        .build();
  }

  private static ReadinessAnswer open(String question, AnswerStatus status, String owner, String evidence, LocalDate due) {
    return ReadinessAnswer.builder()
        .question(question)
        .status(status)
        .owner(owner)
        .evidence(evidence)
        .answeredOn(START)
        .dueOn(Optional.ofNullable(due))
        .build();
  }

  private static ReadinessAnswer unanswered(String question, String owner, LocalDate due) {
    return ReadinessAnswer.builder()
        .question(question)
        .status(AnswerStatus.UNANSWERED)
        .owner(owner)
        .dueOn(Optional.ofNullable(due))
        .build();
  }

  // ---- Organisation ----

  private static List<Department> departments() {
    List<Department> departments = new ArrayList<>();
    departments.add(internal("GM", "General management", BusinessFunction.GENERAL_MANAGEMENT));
    departments.addAll(OrganisationCatalogue.pharmaCustomerFacingDepartments());
    departments.add(internal("OPERATIONS", "Operations", BusinessFunction.OPERATIONS));
    departments.add(internal("IT", "Information systems", BusinessFunction.IT));
    return departments;
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person("CEO", "Chief executive officer", "GM", GENERAL_MANAGEMENT, EXECUTIVE),
        person("SALES-DIR", "Sales director", "SALES", EXECUTIVE, STEERING_COMMITTEE),
        person("MKT-DIR", "Marketing director", "MARKETING", EXECUTIVE, STEERING_COMMITTEE),
        person("FIN-DIR", "Finance director", "FINANCE", EXECUTIVE, STEERING_COMMITTEE),
        person("OPS-DIR", "Operations director", "OPERATIONS", EXECUTIVE),
        person("IT-DIR", "IT director", "IT", EXECUTIVE, IT_ARCHITECT, STEERING_COMMITTEE),
        person("PM", "CRM project manager", "GM", PROJECT_MANAGER, STEERING_COMMITTEE),
        person("MR-HEAD", "Head of market research", "MARKET_RESEARCH", KEY_MANAGER, DATA_OWNER),
        person("LOG-HEAD", "Head of logistics", "LOGISTICS", KEY_MANAGER),
        person("REGIONAL-MGR", "Regional sales manager", "SALES", KEY_MANAGER),
        person("REP-1", "Medical representative, hospital sector", "SALES", REPRESENTATIVE_USER, PROSPECTIVE_USER),
        person("REP-2", "Medical representative, retail sector", "SALES", REPRESENTATIVE_USER, PROSPECTIVE_USER),
        person("KU-SALES", "Sales operations analyst", "SALES", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("KU-MR", "Market research analyst", "MARKET_RESEARCH", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("KU-FIN", "Hospital markets officer", "FINANCE", KEY_USER, RELATED_DEPARTMENT, CHAMPION),
        person("KU-LOG", "Customer orders coordinator", "LOGISTICS", KEY_USER, RELATED_DEPARTMENT, CHAMPION),
        person("KU-MKT", "Product manager", "MARKETING", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("DPO", "Data protection officer", "GM", DATA_PROTECTION_OFFICER),
        person("TRAINER", "Sales training manager", "SALES", TRAINER),
        person("SUPPORT-LEAD", "Support desk lead", "IT", SUPPORT_TEAM),
        outsider("CONSULTANT", "CRM consultant", CONSULTANT, DESIGNER),
        outsider("INTEGRATOR", "Integrator's project lead", INTEGRATOR),
        outsider("PHYSICIAN-PANEL", "Panel of prescribing physicians", CUSTOMER_REPRESENTATIVE));
  }

  private static List<Team> teams() {
    return List.of(
        Team.builder()
            .id("STEERING")
            .name("Steering committee")
            .purpose(TeamPurpose.STEERING)
            .putComposition(GENERAL_MANAGEMENT, 1)
            .putComposition(EXECUTIVE, 4)
            .putComposition(PROJECT_MANAGER, 1)
            .addMembers("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "IT-DIR", "PM")
            .addDepartments("GM", "SALES", "MARKETING", "FINANCE", "IT")
            .build(),
        Team.builder()
            .id("SPEC-SFA")
            .name("Specification team: field sales")
            .purpose(TeamPurpose.SPECIFICATION)
            .putComposition(DESIGNER, 2)
            .putComposition(PROSPECTIVE_USER, 4)
            .putComposition(RELATED_DEPARTMENT, 2)
            .putComposition(CUSTOMER_REPRESENTATIVE, 1)
            .addMembers("CONSULTANT", "REP-1", "REP-2", "KU-SALES", "KU-LOG", "PHYSICIAN-PANEL")
            .addDepartments("SALES", "LOGISTICS", "FINANCE")
            .build(),
        Team.builder()
            .id("SPEC-ANALYTICS")
            .name("Specification team: analytical CRM")
            .purpose(TeamPurpose.SPECIFICATION)
            .putComposition(DESIGNER, 2)
            .putComposition(PROSPECTIVE_USER, 3)
            .putComposition(RELATED_DEPARTMENT, 2)
            .addMembers("KU-MR", "KU-MKT", "KU-FIN", "MR-HEAD")
            .addDepartments("MARKET_RESEARCH", "MARKETING", "FINANCE")
            .build(),
        Team.builder()
            .id("SUPPORT")
            .name("Support desk")
            .purpose(TeamPurpose.SUPPORT)
            .putComposition(SUPPORT_TEAM, 3)
            .putComposition(KEY_USER, 2)
            .addMembers("SUPPORT-LEAD")
            .addDepartments("IT")
            .build());
  }

  private static List<Kpi> kpis() {
    return List.of(
        kpi("KPI-COVERAGE", "Coverage of priority prescribers", "Share of priority prescribers visited in the quarter", "%", 80, "SALES-DIR"),
        kpi("KPI-DATA-QUALITY", "Complete and current customer records", "Share of customer records complete and updated in the last 90 days", "%", 95, "MR-HEAD"),
        kpi("KPI-ADOPTION", "Weekly active users", "Share of licensed users active in the week", "%", 90, "PM"),
        kpi("KPI-HOSPITAL-RESPONSE", "Hospital request response time", "Median time to answer a hospital's request", "hours", 24, "FIN-DIR"));
  }

  private static List<CrmObjective> objectives() {
    return List.of(
        CrmObjective.builder()
            .id("OBJ-360")
            .statement("Give every department a complete, coherent and current view of each prescriber and account.")
            .addExpectations(CrmExpectation.SHARED_CUSTOMER_INFORMATION, CrmExpectation.CONTACT_HISTORY, CrmExpectation.HEAD_OFFICE_FIELD_COORDINATION)
            .customerPerceivedQuality("A physician or pharmacist is never asked twice for what the laboratory already knows.")
            .informationToFeedBack("Visit reports, prescribers' questions and product feedback")
            .feedbackChannel("Representatives' tablets and the medical information line")
            .setOn(START)
            .build(),
        CrmObjective.builder()
            .id("OBJ-EFFORT")
            .statement("Measure the promotion effort and steer it to the segments that matter.")
            .addExpectations(CrmExpectation.MEASURED_EFFORTS, CrmExpectation.OPTIMISED_SALES_PROCESSES, CrmExpectation.AUTOMATED_ADMINISTRATION)
            .customerPerceivedQuality("Visits and information arrive when they are useful, not by routine.")
            .informationToFeedBack("Prescription trends and hospital tender outcomes")
            .feedbackChannel("Market research data feeds and the finance department's tender reports")
            .setOn(START)
            .build());
  }

  // ---- Fit-gap analysis (F08) ----

  /**
   * The laboratory's first fit-gap analysis of the shortlisted package: the requirements its
   * departments stated, the package's fit, and the gaps it means to close within the 220,000 EUR set
   * aside to fit the package. Closing every closable gap would cost 234,000 EUR: the could-have
   * delivery view waits for a later lot, and the gap plan (179,000 EUR) covers every must-have.
   */
  private static FitGapAnalysis fitGap() {
    return FitGapAnalysis.builder()
        .addRequirements(
            Requirement.of("R-VISIT", "Medical representatives report each visit on their tablet, offline, on the day", "SALES", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-CYCLE", "Plan call cycles and routes by prescriber segment", "REGIONAL-MGR", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-KOL", "Identify key opinion leaders and trace their engagements: advisory boards, congress talks, studies", "MARKETING", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-SAMPLES", "Trace every sample handed to a prescriber, signed, within the legal yearly quota", "SALES", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-CONSENT", "Record each physician's consent to contacts and to the use of their data", "DPO", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-SEGMENTS", "Segment prescribers by potential and prescribing behaviour", "MARKET_RESEARCH", CrmModule.ANALYTICAL, Priority.MUST),
            Requirement.of("R-RX-FEED", "Load the weekly prescription data of the market data provider", "KU-MR", CrmModule.ANALYTICAL, Priority.SHOULD),
            Requirement.of("R-EFFORT", "Measure the promotion effort by segment and by product", "MKT-DIR", CrmModule.ANALYTICAL, Priority.SHOULD),
            Requirement.of("R-TENDERS", "Show the status of hospital tenders on the hospital's account", "FINANCE", CrmModule.SFA, Priority.SHOULD),
            Requirement.of("R-ORDERS", "Show open orders and deliveries on the pharmacy's account", "LOGISTICS", CrmModule.SFA, Priority.COULD),
            Requirement.of("R-CHURN", "Predict which prescribers are drifting away", "KU-MKT", CrmModule.ANALYTICAL, Priority.COULD),
            Requirement.of("R-EXPENSES", "File representatives' expense claims", "REP-1", CrmModule.SFA, Priority.WONT))
        .addAssessments(
            assessment("R-VISIT", PackageFit.CONFIGURATION, 15, "18000"),
            assessment("R-CYCLE", PackageFit.STANDARD, 2, "0"),
            FitAssessment.builder().from(assessment("R-KOL", PackageFit.SPECIFIC_DEVELOPMENT, 40, "45000"))
                .addResolutionOptions("An add-on for medical affairs from the package's marketplace").build(),
            FitAssessment.builder().from(assessment("R-SAMPLES", PackageFit.SPECIFIC_DEVELOPMENT, 35, "38000"))
                .addResolutionOptions("Keep the current sample register and link to it").build(),
            assessment("R-CONSENT", PackageFit.CONFIGURATION, 10, "12000"),
            assessment("R-SEGMENTS", PackageFit.CONFIGURATION, 20, "25000"),
            FitAssessment.builder().from(assessment("R-RX-FEED", PackageFit.SPECIFIC_DEVELOPMENT, 25, "30000"))
                .addResolutionOptions("Load the data by hand each week until the interface exists").build(),
            assessment("R-EFFORT", PackageFit.STANDARD, 5, "5000"),
            FitAssessment.builder().from(assessment("R-TENDERS", PackageFit.WORKAROUND, 5, "6000"))
                .addResolutionOptions("Link each account to the finance department's tender tracker").build(),
            FitAssessment.builder().from(assessment("R-ORDERS", PackageFit.SPECIFIC_DEVELOPMENT, 45, "55000"))
                .addResolutionOptions("Defer to a later lot", "Show the order system's page in a frame").build(),
            FitAssessment.builder().from(assessment("R-CHURN", PackageFit.NOT_SUPPORTED, 0, "0"))
                .addResolutionOptions("Commission a study from the market data provider").build(),
            FitAssessment.builder().from(assessment("R-EXPENSES", PackageFit.NOT_SUPPORTED, 0, "0"))
                .addResolutionOptions("Keep the current expense tool").build())
        .budget(Money.of("220000", "EUR"))
        .addGapsToClose("R-KOL", "R-SAMPLES", "R-RX-FEED", "R-TENDERS")
        .build();
  }

  private static FitAssessment assessment(String requirement, PackageFit fit, double effortDays, String eur) {
    return FitAssessment.of(requirement, fit, effortDays, Money.of(eur, "EUR"));
  }

  // ---- Small builders ----

  private static Activity.Builder activity(String id, String name, ActivityKind kind, double... estimate) {
    return Activity.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .estimate(ThreePointEstimate.of(estimate[0], estimate[1], estimate[2]));
  }

  private static Activity gate(String id, String name, String... predecessors) {
    Activity.Builder gate =
        activity(id, name, ActivityKind.GATE_REVIEW, 0, 0, 0).addRoles(STEERING_COMMITTEE);
    for (String predecessor : predecessors) {
      gate.addDependencies(Dependency.on(predecessor));
    }
    return gate.build();
  }

  private static Deliverable deliverable(
      String id, String type, String name, String phase, String producedBy, String... sections) {
    return Deliverable.builder()
        .id(id)
        .type(type)
        .name(name)
        .phase(phase)
        .producedBy(producedBy)
        .addSections(sections)
        .build();
  }

  private static Department internal(String id, String name, BusinessFunction function) {
    return Department.builder().id(id).name(name).function(function).build();
  }

  private static Stakeholder person(String id, String name, String department, String... roles) {
    return Stakeholder.builder().id(id).name(name).department(department).addRoles(roles).build();
  }

  private static Stakeholder outsider(String id, String name, String... roles) {
    return Stakeholder.builder().id(id).name(name).addRoles(roles).external(true).build();
  }

  private static Kpi kpi(
      String id, String name, String definition, String unit, int target, String owner) {
    return Kpi.builder()
        .id(id)
        .name(name)
        .definition(definition)
        .unit(unit)
        .target(BigDecimal.valueOf(target))
        .phase(StagedMethod.DEPLOYMENT)
        .owner(owner)
        .build();
  }
}
