package org.crmmethod.core.generator;

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
import static org.crmmethod.core.method.ActivityKind.AUDIT_INTERVIEWS;
import static org.crmmethod.core.method.ActivityKind.AUDIT_WORKSHOPS;
import static org.crmmethod.core.method.ActivityKind.BUDGETING;
import static org.crmmethod.core.method.ActivityKind.CHANGE_MANAGEMENT;
import static org.crmmethod.core.method.ActivityKind.CONFIGURATION;
import static org.crmmethod.core.method.ActivityKind.CRM_OBJECTIVES;
import static org.crmmethod.core.method.ActivityKind.CUT_OVER;
import static org.crmmethod.core.method.ActivityKind.DATA_MIGRATION;
import static org.crmmethod.core.method.ActivityKind.DATA_MIGRATION_SCOPING;
import static org.crmmethod.core.method.ActivityKind.FINAL_ACCEPTANCE;
import static org.crmmethod.core.method.ActivityKind.FUNCTIONAL_SPECIFICATION;
import static org.crmmethod.core.method.ActivityKind.GAP_ANALYSIS;
import static org.crmmethod.core.method.ActivityKind.GATE_REVIEW;
import static org.crmmethod.core.method.ActivityKind.GUIDELINE_REVIEW;
import static org.crmmethod.core.method.ActivityKind.HYPERCARE;
import static org.crmmethod.core.method.ActivityKind.INTERFACE_SPECIFICATION;
import static org.crmmethod.core.method.ActivityKind.KPI_SETUP;
import static org.crmmethod.core.method.ActivityKind.LOT_PLANNING;
import static org.crmmethod.core.method.ActivityKind.MARKET_ANALYSIS;
import static org.crmmethod.core.method.ActivityKind.PRE_ACCEPTANCE;
import static org.crmmethod.core.method.ActivityKind.PRIORITISATION;
import static org.crmmethod.core.method.ActivityKind.PROJECT_CHARTER;
import static org.crmmethod.core.method.ActivityKind.READINESS_ASSESSMENT;
import static org.crmmethod.core.method.ActivityKind.SPECIFIC_DEVELOPMENT;
import static org.crmmethod.core.method.ActivityKind.START_MODULE_SELECTION;
import static org.crmmethod.core.method.ActivityKind.STRATEGIC_OBJECTIVE;
import static org.crmmethod.core.method.ActivityKind.TARGET_ORGANISATION_STUDY;
import static org.crmmethod.core.method.ActivityKind.TECHNICAL_ARCHITECTURE;
import static org.crmmethod.core.method.ActivityKind.TESTS;
import static org.crmmethod.core.method.ActivityKind.TRAINING;
import static org.crmmethod.core.method.ActivityKind.USER_PRESENTATIONS;
import static org.crmmethod.core.plan.DependencyType.FINISH_TO_FINISH;
import static org.crmmethod.core.plan.DependencyType.FINISH_TO_START;
import static org.crmmethod.core.plan.DependencyType.START_TO_START;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.crmmethod.core.catalogue.LotTemplates;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.OrganisationCatalogue;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerSegmentKind;
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
import org.crmmethod.core.readiness.ReadinessQuestion;

/**
 * One draw of a random plan: the state of a single {@link PlanGenerator#generate} call.
 *
 * <p>The phases, their activity ids and their dependencies are those of the reference plan, so that
 * the method's ordering rules hold by construction: every lot starts after the specification gate
 * (directly or through an earlier lot's configuration), which follows the data-migration scoping
 * with the data protection officer (F08, F30) and, through the earlier gates, the whole strategy
 * phase (F28). Only values are drawn, never the links that the rules depend on.
 */
final class PlanDraw {
  private static final String STRATEGY_GATE = "S-GATE";
  private static final String AUDIT_GATE = "A-GATE";
  private static final String SPECIFICATION_GATE = "P-GATE";
  private static final String KPI_ACTIVITY = "D-KPI";
  private static final String DEPLOYMENT_GATE = "D-GATE";
  private static final String APPROACH_DECISION = "DEC-APPROACH";
  private static final String CUSTOMER_PANEL = "CUSTOMER-PANEL";

  /** The ids of the customer-facing departments (F24), each with one or two key users. */
  private static final List<String> CUSTOMER_FACING =
      List.of("SALES", "FINANCE", "LOGISTICS", "MARKETING", "MARKET_RESEARCH");

  private static final List<String> COMPANY_STEMS =
      List.of(
          "Alpine",
          "Armor",
          "Boréal",
          "Cévennes",
          "Durance",
          "Estérel",
          "Garonne",
          "Iroise",
          "Jura",
          "Loire",
          "Morvan",
          "Quercy",
          "Vercors",
          "Ventoux");

  private static final List<String> LEGACY_SYSTEMS =
      List.of(
          "In-house sales force system",
          "Spreadsheet customer files",
          "Ageing customer database",
          "Former CRM package");

  /** Reference-plan estimates of a light lot (analytical CRM): workstreams, then steps. */
  private static final double[][] LIGHT_WORKSTREAMS = {
    {15, 20, 30}, {10, 15, 25}, {10, 15, 20}, {15, 20, 30}, {3, 5, 8}
  };

  private static final double[][] LIGHT_STEPS = {{5, 8, 10}, {5, 8, 12}, {10, 15, 20}};

  /** Reference-plan estimates of a heavy lot (SFA): workstreams, then steps. */
  private static final double[][] HEAVY_WORKSTREAMS = {
    {20, 30, 45}, {15, 25, 40}, {15, 20, 30}, {20, 25, 35}, {5, 8, 10}
  };

  private static final double[][] HEAVY_STEPS = {{8, 10, 15}, {10, 12, 20}, {15, 20, 30}};

  /** The estimates of reference-plan activities are scaled by 1 to 1 + this. */
  private static final double ESTIMATE_SPREAD = 0.2;

  private final PlanGenerator settings;
  private final RandomGenerator random;
  private final LocalDate start;
  private final Industry industry;
  private final String company;
  private final List<String> representatives = new ArrayList<>();
  private final Map<String, List<String>> keyUsersByDepartment = new LinkedHashMap<>();
  private final List<String> keyUsers = new ArrayList<>();

  PlanDraw(PlanGenerator settings, RandomGenerator random) {
    this.settings = settings;
    this.random = random;
    this.start = drawStartMonday();
    this.industry =
        random.nextBoolean() ? Industry.PHARMACEUTICAL : pick(List.of(Industry.values()));
    this.company = drawCompany();
    int reps = 2 + random.nextInt(3);
    for (int i = 1; i <= reps; i++) {
      representatives.add("REP-" + i);
    }
    for (String department : CUSTOMER_FACING) {
      List<String> ids = new ArrayList<>();
      int count = 1 + random.nextInt(2);
      for (int i = 1; i <= count; i++) {
        ids.add("KU-" + code(department) + "-" + i);
      }
      keyUsersByDepartment.put(department, ids);
      keyUsers.addAll(ids);
    }
  }

  ProjectPlan plan() {
    List<Lot> lots = new ArrayList<>(settings.lots());
    Set<CrmModule> modules = new LinkedHashSet<>();
    for (int index = 0; index < settings.lots(); index++) {
      Lot lot = lot(index);
      modules.addAll(lot.modules());
      lots.add(lot);
    }
    return ProjectPlan.builder()
        .id("generated-" + Long.toHexString(random.nextLong()))
        .name("CRM programme of " + company)
        .method(StagedMethod.ID)
        .context(context(modules, lots.get(0).modules().contains(CrmModule.SFA)))
        .statusDate(start)
        .addPhases(strategy(), audit(), specification(), deployment())
        .lots(lots)
        .deliverables(deliverables())
        .addDecisions(
            ProjectDecision.builder()
                .id(APPROACH_DECISION)
                .kind(DecisionKind.APPROACH)
                .statement(
                    "Run a differentiating CRM project with the staged method, rolled out in lots.")
                .phase(StagedMethod.STRATEGY)
                .decidedOn(start)
                .addDecidedBy("CEO")
                .build())
        .departments(departments())
        .stakeholders(stakeholders())
        .teams(teams())
        .championsTeam(
            ChampionsTeam.builder()
                .members(keyUsers)
                .departments(CUSTOMER_FACING)
                .duties(OrganisationCatalogue.championDuties())
                .build())
        .addMeetings(kickOff())
        .kpis(kpis())
        .customerSegments(segments())
        .objectives(objectives())
        // Drawn last, so that the rest of a seed's plan is what it was before plans held one.
        .readiness(readiness())
        .build();
  }

  // ---- Readiness ----

  /**
   * The readiness assessment opened at kick-off (F28-F33): every catalogue question owned by a
   * leader of its area (general management for strategy, market research for data, operations for
   * organisation, IT for IT), each answered with a random status on the start date. No question has
   * a due date, so nothing blocked starts before its question is due; on the start date no blocked
   * work has begun.
   */
  private ReadinessAssessment readiness() {
    ReadinessAssessment.Builder assessment =
        ReadinessAssessment.builder().questionnaire(ReadinessCatalogue.ID).assessedOn(start);
    AnswerStatus[] statuses = AnswerStatus.values();
    for (ReadinessQuestion question : ReadinessCatalogue.questionnaire().questions()) {
      AnswerStatus status = statuses[random.nextInt(statuses.length)];
      ReadinessAnswer.Builder answer =
          ReadinessAnswer.builder()
              .question(question.id())
              .status(status)
              .owner(
                  switch (question.group()) {
                    case STRATEGY -> "CEO";
                    case DATA -> "MR-HEAD";
                    case ORGANISATION -> "OPS-DIR";
                    case IT -> "IT-DIR";
                  });
      if (status.isAnswered()) {
        answer.answeredOn(start);
      }
      if (status.isSettled()) {
        answer.evidence("Recorded at the kick-off meeting");
      }
      assessment.addAnswer(answer.build());
    }
    return assessment.build();
  }

  // ---- Context ----

  private LocalDate drawStartMonday() {
    LocalDate first =
        LocalDate.of(2026, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    LocalDate last =
        LocalDate.of(2030, 12, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    long weeks = ChronoUnit.WEEKS.between(first, last) + 1;
    return first.plusWeeks(random.nextLong(weeks));
  }

  private String drawCompany() {
    String stem = pick(COMPANY_STEMS);
    return switch (industry) {
      case PHARMACEUTICAL -> "Laboratoires " + stem + " Santé";
      case MEDICAL_DEVICES -> stem + " Médical";
      case MANUFACTURING -> stem + " Industries";
      case RETAIL -> stem + " Distribution";
      case FINANCIAL_SERVICES -> stem + " Assurances";
      case TELECOMMUNICATIONS -> stem + " Télécom";
      case SERVICES -> stem + " Services";
      case PUBLIC_SECTOR -> "Agence " + stem;
      case OTHER -> "Groupe " + stem;
    };
  }

  private ProjectContext context(Set<CrmModule> modules, boolean sfaFirst) {
    long thousands = 300 + settings.lots() * (250L + random.nextInt(201));
    ProjectContext.Builder context =
        ProjectContext.builder()
            .company(company)
            .industry(industry)
            .approach(Approach.DIFFERENTIATING)
            .modules(modules)
            .startDate(start)
            .calendar("FR")
            .budget(Money.of(BigDecimal.valueOf(thousands * 1000), Currency.getInstance("EUR")))
            .externalConsultant(true);
    if (random.nextInt(4) != 0) {
      // Starting with SFA is sound only where the legacy system brings none of its risks (F03).
      context.legacySystem(
          LegacySystem.builder()
              .name(pick(LEGACY_SYSTEMS))
              .obsolete(!sfaFirst && random.nextBoolean())
              .pastFailures(!sfaFirst && random.nextBoolean())
              .settledHabits(!sfaFirst && random.nextBoolean())
              .build());
    }
    return context.build();
  }

  // ---- Phases: the reference plan's activities and links, estimates drawn ----

  private Phase strategy() {
    return Phase.builder()
        .id(StagedMethod.STRATEGY)
        .name("Phase 1: strategy")
        .template(StagedMethod.STRATEGY)
        .addActivities(
            activity("S-OBJ", STRATEGIC_OBJECTIVE, "Formalise the strategic objective")
                .estimate(scaled(15, 20, 30))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER, CONSULTANT)
                .addParticipants(
                    "CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "OPS-DIR", "IT-DIR", "MR-HEAD")
                .teamSize(2 + random.nextInt(3))
                .build(),
            activity("S-READY", READINESS_ASSESSMENT, "Answer the readiness questionnaire")
                .estimate(scaled(5, 8, 12))
                .addDependencies(Dependency.of("S-OBJ", START_TO_START, 5))
                .addRoles(EXECUTIVE, KEY_MANAGER, PROJECT_MANAGER)
                .addParticipants(
                    "CEO",
                    "SALES-DIR",
                    "MKT-DIR",
                    "FIN-DIR",
                    "OPS-DIR",
                    "IT-DIR",
                    "MR-HEAD",
                    "LOG-HEAD",
                    "REGIONAL-MGR",
                    "DPO")
                .teamSize(2)
                .build(),
            activity("S-MKT", MARKET_ANALYSIS, "Analyse the CRM solutions on the market")
                .estimate(scaled(20, 30, 45))
                .addDependencies(Dependency.on("S-OBJ"))
                .addRoles(CONSULTANT, PROJECT_MANAGER)
                .teamSize(1 + random.nextInt(3))
                .build(),
            activity("S-BUD", BUDGETING, "Set the project budget")
                .estimate(scaled(8, 10, 15))
                .addDependencies(Dependency.on("S-MKT"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "FIN-DIR")
                .build(),
            activity("S-PRIO", PRIORITISATION, "Derive the priorities from the objective")
                .estimate(scaled(3, 5, 8))
                .addDependencies(Dependency.on("S-OBJ"))
                .addRoles(PROJECT_MANAGER, EXECUTIVE)
                .build(),
            activity("S-START", START_MODULE_SELECTION, "Choose the start module")
                .estimate(scaled(2, 3, 5))
                .addDependencies(Dependency.on("S-PRIO"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR", "MR-HEAD")
                .build(),
            gate(
                STRATEGY_GATE,
                "Strategy gate: objective, market analysis and budget approved",
                "S-BUD",
                "S-START",
                "S-READY"))
        .build();
  }

  private Phase audit() {
    List<String> interviewed =
        new ArrayList<>(List.of("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "OPS-DIR", "LOG-HEAD"));
    interviewed.addAll(representatives);
    List<String> workshop = new ArrayList<>(List.of("SALES-DIR", "MKT-DIR", "REGIONAL-MGR"));
    workshop.addAll(representatives);
    workshop.add(keyUsersByDepartment.get("SALES").get(0));
    workshop.add(keyUsersByDepartment.get("MARKET_RESEARCH").get(0));
    return Phase.builder()
        .id(StagedMethod.AUDIT)
        .name("Phase 2: change management and audit")
        .template(StagedMethod.AUDIT)
        .addActivities(
            activity(
                    "A-INT",
                    AUDIT_INTERVIEWS,
                    "Interview executives and representative users one to one")
                .estimate(scaled(10, 15, 25))
                .addDependencies(Dependency.on(STRATEGY_GATE))
                .addRoles(CONSULTANT, EXECUTIVE, REPRESENTATIVE_USER)
                .addAllParticipants(interviewed)
                .teamSize(1 + random.nextInt(3))
                .build(),
            activity(
                    "A-WS",
                    AUDIT_WORKSHOPS,
                    "Hold group sessions with executives and representative users")
                .estimate(scaled(8, 10, 15))
                .addDependencies(Dependency.of("A-INT", START_TO_START, 5))
                .addRoles(CONSULTANT, EXECUTIVE, REPRESENTATIVE_USER)
                .addAllParticipants(workshop)
                .teamSize(2)
                .build(),
            activity("A-CM", CHANGE_MANAGEMENT, "Plan the change management")
                .estimate(scaled(10, 15, 20))
                .addDependencies(Dependency.of("A-INT", START_TO_START, 0))
                .addRoles(CONSULTANT, PROJECT_MANAGER)
                .build(),
            activity("A-OBJ", CRM_OBJECTIVES, "Set the objectives of the company's own CRM")
                .estimate(scaled(5, 8, 12))
                .addDependencies(Dependency.on("A-WS"))
                .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                .addParticipants("CEO", "SALES-DIR", "MKT-DIR")
                .build(),
            activity("A-CHARTER", PROJECT_CHARTER, "Write the project charter")
                .estimate(scaled(5, 8, 12))
                .addDependencies(Dependency.on("A-WS"))
                .addRoles(PROJECT_MANAGER)
                .build(),
            activity("A-ARCH", TECHNICAL_ARCHITECTURE, "Design the technical architecture")
                .estimate(scaled(15, 20, 30))
                .addDependencies(Dependency.on("A-INT"))
                .addRoles(IT_ARCHITECT)
                .addParticipants("IT-DIR")
                .teamSize(1 + random.nextInt(2))
                .build(),
            gate(
                AUDIT_GATE,
                "Charter gate: audit report, charter and architecture approved",
                "A-OBJ",
                "A-CHARTER",
                "A-ARCH",
                "A-CM"))
        .build();
  }

  private Phase specification() {
    List<String> reviewers = new ArrayList<>(List.of("SALES-DIR", "MKT-DIR"));
    reviewers.addAll(representatives);
    return Phase.builder()
        .id(StagedMethod.SPECIFICATION)
        .name("Phase 3: specifications")
        .template(StagedMethod.SPECIFICATION)
        .addActivities(
            activity("P-TARGET", TARGET_ORGANISATION_STUDY, "Define the target organisation")
                .estimate(scaled(10, 15, 20))
                .addDependencies(Dependency.on(AUDIT_GATE))
                .addRoles(CONSULTANT, EXECUTIVE)
                .build(),
            activity("P-FS", FUNCTIONAL_SPECIFICATION, "Write the requirements specification")
                .estimate(scaled(25, 30, 45))
                .addDependencies(Dependency.of("P-TARGET", START_TO_START, 5))
                .addRoles(DESIGNER, PROSPECTIVE_USER, RELATED_DEPARTMENT, CUSTOMER_REPRESENTATIVE)
                .teamSize(12 + random.nextInt(9))
                .build(),
            activity("P-GAP", GAP_ANALYSIS, "Analyse the gaps between wishes, package and budget")
                .estimate(scaled(8, 10, 15))
                .addDependencies(Dependency.of("P-FS", START_TO_START, 10))
                .addRoles(DESIGNER, CONSULTANT)
                .build(),
            activity("P-IF", INTERFACE_SPECIFICATION, "Specify the interfaces")
                .estimate(scaled(8, 10, 15))
                .addDependencies(Dependency.of("P-FS", START_TO_START, 10))
                .addRoles(IT_ARCHITECT, DESIGNER)
                .build(),
            activity("P-DMS", DATA_MIGRATION_SCOPING, "Decide which historical data to take over")
                .estimate(scaled(5, 8, 12))
                .addDependencies(Dependency.of("P-FS", START_TO_START, 15))
                .addRoles(DATA_OWNER, DATA_PROTECTION_OFFICER, DESIGNER)
                .addParticipants("MR-HEAD", "DPO")
                .build(),
            activity(
                    "P-REVIEW",
                    GUIDELINE_REVIEW,
                    "Check the specification against the strategic guidelines with the audit"
                        + " groups")
                .estimate(scaled(3, 5, 8))
                .addDependencies(Dependency.on("P-FS"))
                .addRoles(PROJECT_MANAGER, EXECUTIVE, REPRESENTATIVE_USER)
                .addAllParticipants(reviewers)
                .build(),
            activity("P-LOTS", LOT_PLANNING, "Set the priorities and split the rollout into lots")
                .estimate(scaled(3, 5, 8))
                .addDependencies(Dependency.on("P-REVIEW"), Dependency.on("P-GAP"))
                .addRoles(STEERING_COMMITTEE, PROJECT_MANAGER)
                .build(),
            gate(
                SPECIFICATION_GATE,
                "Specification gate: requirements specification approved",
                "P-LOTS",
                "P-IF",
                "P-DMS"))
        .build();
  }

  private Phase deployment() {
    Activity.Builder gate =
        Activity.builder()
            .id(DEPLOYMENT_GATE)
            .name("Deployment closed: lots accepted and indicators in place")
            .kind(GATE_REVIEW)
            .estimate(ThreePointEstimate.milestone())
            .addRoles(STEERING_COMMITTEE);
    for (int index = 0; index < settings.lots(); index++) {
      gate.addDependencies(Dependency.on(lotPrefix(index) + "-FINAL"));
    }
    gate.addDependencies(Dependency.on(KPI_ACTIVITY));
    return Phase.builder()
        .id(StagedMethod.DEPLOYMENT)
        .name("Phase 4: deployment")
        .template(StagedMethod.DEPLOYMENT)
        .addActivities(
            activity(KPI_ACTIVITY, KPI_SETUP, "Set up the performance indicators")
                .estimate(scaled(5, 8, 12))
                .addDependencies(Dependency.on(lotPrefix(0) + "-CUT"))
                .addRoles(PROJECT_MANAGER, KEY_MANAGER)
                .build(),
            gate.build())
        .build();
  }

  // ---- Lots ----

  private static String lotPrefix(int index) {
    return "L" + (index + 1);
  }

  private Lot lot(int index) {
    String prefix = lotPrefix(index);
    List<CrmModule> modules = drawModules();
    boolean heavy =
        modules.stream()
            .anyMatch(
                m -> m == CrmModule.SFA || m == CrmModule.EMA || m == CrmModule.CONTACT_CENTER);
    double[][] workstreamEstimates = heavy ? HEAVY_WORKSTREAMS : LIGHT_WORKSTREAMS;
    double[][] stepEstimates = heavy ? HEAVY_STEPS : LIGHT_STEPS;
    boolean configuredOnly = random.nextDouble() < PlanGenerator.CONFIGURED_ONLY_SHARE;
    String name = lotName(modules);
    // The first lot waits for the approved specification; a later one for the previous lot's
    // configuration (as in the reference plan) or, one time in four, for the specification too.
    Dependency start =
        index > 0 && random.nextInt(4) != 0
            ? Dependency.on(lotPrefix(index - 1) + "-CONF")
            : Dependency.on(SPECIFICATION_GATE);

    int extras = settings.extraActivitiesPerLot();
    int required = configuredOnly ? 4 : 5;
    int total = required + extras;
    List<Activity> workstreams = new ArrayList<>(total);
    String[] ids = new String[total];
    boolean[] hasSuccessor = new boolean[total];

    String conf = prefix + "-CONF";
    String dev = prefix + "-DEV";
    String test = prefix + "-TEST";
    workstreams.add(
        activity(conf, CONFIGURATION, "Configure the package: " + name)
            .estimate(scaled(workstreamEstimates[0]))
            .addDependencies(start)
            .addRoles(INTEGRATOR)
            .teamSize(2 + random.nextInt(3))
            .build());
    hasSuccessor[0] = true;
    if (!configuredOnly) {
      workstreams.add(
          activity(dev, SPECIFIC_DEVELOPMENT, "Develop what configuration cannot do: " + name)
              .estimate(scaled(workstreamEstimates[1]))
              .addDependencies(start)
              .addRoles(INTEGRATOR)
              .teamSize(1 + random.nextInt(3))
              .build());
      hasSuccessor[1] = true;
    }
    workstreams.add(
        activity(test, TESTS, "Test configuration and developments: " + name)
            .estimate(scaled(workstreamEstimates[2]))
            .addDependencies(
                Dependency.of(conf, START_TO_START, 10),
                Dependency.of(configuredOnly ? conf : dev, FINISH_TO_FINISH, 0))
            .addRoles(INTEGRATOR, KEY_USER)
            .teamSize(1 + random.nextInt(3))
            .build());
    workstreams.add(
        activity(prefix + "-DATA", DATA_MIGRATION, "Migrate the historical data: " + name)
            .estimate(scaled(workstreamEstimates[3]))
            .addDependencies(start)
            .addRoles(INTEGRATOR, DATA_OWNER)
            .teamSize(1 + random.nextInt(2))
            .build());
    workstreams.add(
        activity(
                prefix + "-PRES",
                USER_PRESENTATIONS,
                "Present the coming solution to users: " + name)
            .estimate(scaled(workstreamEstimates[4]))
            .addDependencies(Dependency.of(conf, START_TO_START, 5))
            .addRoles(PROJECT_MANAGER, KEY_USER)
            .build());
    for (int i = 0; i < required; i++) {
      ids[i] = workstreams.get(i).id();
    }
    addExtraWorkstreams(prefix, name, configuredOnly, workstreams, ids, hasSuccessor);

    // Pre-acceptance comes after all the lot's work: it waits for every workstream nothing else
    // in the lot waits for (F16).
    Activity.Builder preAcceptance =
        activity(prefix + "-PRE", PRE_ACCEPTANCE, "Pre-acceptance with key users: " + name)
            .estimate(scaled(stepEstimates[0]))
            .addRoles(KEY_USER);
    for (int i = 0; i < total; i++) {
      if (!hasSuccessor[i]) {
        preAcceptance.addDependencies(Dependency.on(ids[i]));
      }
    }
    List<String> lotKeyUsers = drawLotKeyUsers();
    preAcceptance.addAllParticipants(lotKeyUsers).teamSize(lotKeyUsers.size());

    String pre = prefix + "-PRE";
    String train = prefix + "-TRAIN";
    String cut = prefix + "-CUT";
    String care = prefix + "-CARE";
    int realUseDays = LotTemplates.DEFAULT_MINIMUM_REAL_USE_WEEKS * 5 + 5 * random.nextInt(3);
    int cutMostLikely = 1 + random.nextInt(2);
    return Lot.builder()
        .id("LOT-" + (index + 1))
        .name(name)
        .phase(StagedMethod.DEPLOYMENT)
        .modules(modules)
        .configuredOnly(configuredOnly)
        .workstreams(workstreams)
        .preAcceptance(
            PreAcceptance.builder().activity(preAcceptance.build()).keyUsers(lotKeyUsers).build())
        .training(
            Training.builder()
                .activity(
                    activity(train, TRAINING, "Train users on real data: " + name)
                        .estimate(scaled(stepEstimates[1]))
                        .addDependencies(Dependency.on(pre))
                        .addRoles(TRAINER)
                        .teamSize(1 + random.nextInt(3))
                        .build())
                .onRealData(true)
                .printedUserGuide(true)
                .build())
        .cutOver(
            CutOver.builder()
                .activity(
                    Activity.builder()
                        .id(cut)
                        .name("Cut over with an automated import: " + name)
                        .kind(CUT_OVER)
                        // As short as possible (F18): at most 3 working days.
                        .estimate(
                            ThreePointEstimate.of(
                                1,
                                cutMostLikely,
                                cutMostLikely + random.nextInt(4 - cutMostLikely)))
                        .addDependencies(Dependency.on(train))
                        .addRoles(INTEGRATOR, DATA_OWNER)
                        .teamSize(2)
                        .build())
                .extractedData(extractedData(modules))
                .automatedImport(true)
                .importReport(true)
                .build())
        .hypercare(
            Hypercare.builder()
                .activity(
                    activity(care, HYPERCARE, "Increased support after go-live: " + name)
                        .estimate(scaled(stepEstimates[2]))
                        .addDependencies(Dependency.of(cut, FINISH_TO_START, 0))
                        .addRoles(SUPPORT_TEAM, KEY_USER)
                        .teamSize(2 + random.nextInt(3))
                        .build())
                .responseTimeHours(2 + random.nextInt(7))
                .build())
        .finalAcceptance(
            FinalAcceptance.builder()
                .activity(
                    Activity.builder()
                        .id(prefix + "-FINAL")
                        .name("Sign final acceptance after real use: " + name)
                        .kind(FINAL_ACCEPTANCE)
                        .estimate(ThreePointEstimate.exactly(1))
                        // A few weeks of real use before signing (F20).
                        .addDependencies(
                            Dependency.of(cut, FINISH_TO_START, realUseDays), Dependency.on(care))
                        .addRoles(STEERING_COMMITTEE)
                        .build())
                .build())
        .build();
  }

  /**
   * Adds the lot's extra workstream activities. Each waits for 1 to maxPredecessors activities
   * drawn uniformly among the lot's earlier workstreams, so the graph stays acyclic and its longest
   * chain grows only with the logarithm of the number of extras.
   */
  private void addExtraWorkstreams(
      String prefix,
      String lotName,
      boolean configuredOnly,
      List<Activity> workstreams,
      String[] ids,
      boolean[] hasSuccessor) {
    int extras = settings.extraActivitiesPerLot();
    if (extras == 0) {
      return;
    }
    ActivityKind[] kinds =
        configuredOnly
            ? new ActivityKind[] {CONFIGURATION, TESTS, DATA_MIGRATION, USER_PRESENTATIONS}
            : new ActivityKind[] {
              CONFIGURATION, SPECIFIC_DEVELOPMENT, TESTS, DATA_MIGRATION, USER_PRESENTATIONS
            };
    // One name per kind and lot, shared by its extra activities: names need not be unique and
    // sharing them keeps million-activity plans small.
    Map<ActivityKind, String> names = new EnumMap<>(ActivityKind.class);
    for (ActivityKind kind : kinds) {
      names.put(kind, extraName(kind) + lotName);
    }
    ExtraEstimates estimates = new ExtraEstimates();
    int maxPredecessors = settings.maxPredecessors();
    int first = workstreams.size();
    for (int index = first; index < first + extras; index++) {
      ActivityKind kind = kinds[random.nextInt(kinds.length)];
      String id = prefix + "-X" + (index - first + 1);
      Activity.Builder activity =
          Activity.builder()
              .id(id)
              .name(names.get(kind))
              .kind(kind)
              .estimate(estimates.draw())
              .teamSize(1 + random.nextInt(3));
      addExtraRoles(activity, kind);
      int count = 1 + random.nextInt(maxPredecessors);
      int chosen1 = -1;
      int chosen2 = -1;
      for (int c = 0; c < count; c++) {
        int predecessor;
        do {
          predecessor = random.nextInt(index);
        } while (predecessor == chosen1 || predecessor == chosen2);
        if (c == 0) {
          chosen1 = predecessor;
        } else {
          chosen2 = predecessor;
        }
        hasSuccessor[predecessor] = true;
        activity.addDependencies(
            Dependency.of(
                ids[predecessor],
                random.nextInt(3) == 0 ? START_TO_START : FINISH_TO_START,
                random.nextInt(6)));
      }
      workstreams.add(activity.build());
      ids[index] = id;
    }
  }

  private static String extraName(ActivityKind kind) {
    return switch (kind) {
      case CONFIGURATION -> "Further configuration: ";
      case SPECIFIC_DEVELOPMENT -> "Further specific development: ";
      case TESTS -> "Further tests: ";
      case DATA_MIGRATION -> "Further data migration: ";
      default -> "Further user presentations: ";
    };
  }

  private static void addExtraRoles(Activity.Builder activity, ActivityKind kind) {
    switch (kind) {
      case CONFIGURATION, SPECIFIC_DEVELOPMENT -> activity.addRoles(INTEGRATOR);
      case TESTS -> activity.addRoles(INTEGRATOR, KEY_USER);
      case DATA_MIGRATION -> activity.addRoles(INTEGRATOR, DATA_OWNER);
      default -> activity.addRoles(PROJECT_MANAGER, KEY_USER);
    }
  }

  /**
   * Draws the short estimates of extra activities: 2 to 10 working days most likely, and shares
   * equal estimates so that huge plans hold few estimate objects.
   */
  private final class ExtraEstimates {
    private final ThreePointEstimate[] cache = new ThreePointEstimate[11 * 3 * 11];

    ThreePointEstimate draw() {
      int mostLikely = 2 + random.nextInt(9);
      int shorter = random.nextInt(Math.min(3, mostLikely));
      int longer = random.nextInt(mostLikely + 1);
      int key = (mostLikely * 3 + shorter) * 11 + longer;
      ThreePointEstimate estimate = cache[key];
      if (estimate == null) {
        estimate = ThreePointEstimate.of(mostLikely - shorter, mostLikely, mostLikely + longer);
        cache[key] = estimate;
      }
      return estimate;
    }
  }

  private List<CrmModule> drawModules() {
    CrmModule[] all = CrmModule.values();
    CrmModule first = all[random.nextInt(all.length)];
    if (random.nextInt(4) != 0) {
      return List.of(first);
    }
    CrmModule second = all[(first.ordinal() + 1 + random.nextInt(all.length - 1)) % all.length];
    return List.of(first, second);
  }

  private static String lotName(List<CrmModule> modules) {
    return modules.size() == 1
        ? modules.get(0).label()
        : modules.get(0).label() + " and " + modules.get(1).label();
  }

  private static List<String> extractedData(List<CrmModule> modules) {
    Set<String> data = new LinkedHashSet<>();
    data.add("Latest customers");
    for (CrmModule module : modules) {
      switch (module) {
        case SFA -> {
          data.add("Open orders");
          data.add("Visit history of the last two years");
        }
        case EMA -> data.add("Marketing consents and campaign history");
        case CONTACT_CENTER -> data.add("Open customer requests");
        case WEB_AND_E_CRM -> data.add("Web accounts and open online orders");
        case ANALYTICAL -> data.add("Latest sales figures");
      }
    }
    return List.copyOf(data);
  }

  private List<String> drawLotKeyUsers() {
    List<String> pool = new ArrayList<>(keyUsers);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.size() - i);
      String swapped = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swapped);
    }
    return List.copyOf(pool.subList(0, count));
  }

  // ---- Deliverables: the reference plan's, per phase and per lot ----

  private List<Deliverable> deliverables() {
    List<Deliverable> deliverables = new ArrayList<>(12 + 4 * settings.lots());
    deliverables.add(
        deliverable(
            "D-OBJ",
            MethodDeliverables.STRATEGIC_OBJECTIVE,
            "Strategic objective",
            StagedMethod.STRATEGY,
            "S-OBJ"));
    deliverables.add(
        deliverable(
            "D-READY",
            MethodDeliverables.READINESS_ASSESSMENT,
            "Readiness assessment",
            StagedMethod.STRATEGY,
            "S-READY",
            "STRATEGY",
            "DATA",
            "ORGANISATION",
            "IT"));
    deliverables.add(
        deliverable(
            "D-MKT",
            MethodDeliverables.MARKET_ANALYSIS,
            "Market analysis",
            StagedMethod.STRATEGY,
            "S-MKT"));
    deliverables.add(
        deliverable(
            "D-BUD", MethodDeliverables.BUDGET, "Project budget", StagedMethod.STRATEGY, "S-BUD"));
    deliverables.add(
        deliverable(
            "D-PRIO",
            MethodDeliverables.PRIORITIES,
            "Priorities and start module",
            StagedMethod.STRATEGY,
            "S-START"));
    deliverables.add(
        deliverable(
            "D-AUDIT",
            MethodDeliverables.AUDIT_REPORT,
            "Audit report",
            StagedMethod.AUDIT,
            "A-WS",
            MethodDeliverables.SECTION_EXPECTATIONS,
            MethodDeliverables.SECTION_OBSTACLES,
            MethodDeliverables.SECTION_CURRENT_LIMITS));
    deliverables.add(
        deliverable(
            "D-CRMOBJ",
            MethodDeliverables.CRM_OBJECTIVES,
            "CRM objectives",
            StagedMethod.AUDIT,
            "A-OBJ",
            MethodDeliverables.SECTION_CUSTOMER_PERCEIVED_QUALITY,
            MethodDeliverables.SECTION_INFORMATION_FEEDBACK));
    deliverables.add(
        deliverable(
            "D-CHARTER",
            MethodDeliverables.PROJECT_CHARTER,
            "Project charter",
            StagedMethod.AUDIT,
            "A-CHARTER"));
    deliverables.add(
        deliverable(
            "D-ARCH",
            MethodDeliverables.TECHNICAL_ARCHITECTURE,
            "Technical architecture",
            StagedMethod.AUDIT,
            "A-ARCH"));
    deliverables.add(
        deliverable(
            "D-SPEC",
            MethodDeliverables.REQUIREMENTS_SPECIFICATION,
            "Requirements specification",
            StagedMethod.SPECIFICATION,
            "P-FS",
            MethodDeliverables.SECTION_CURRENT_STATE,
            MethodDeliverables.SECTION_TARGET_STATE,
            MethodDeliverables.SECTION_GAP_ANALYSIS,
            MethodDeliverables.SECTION_INTERFACE_SPECIFICATIONS,
            MethodDeliverables.SECTION_DATA_MIGRATION_SCOPE));
    deliverables.add(
        deliverable(
            "D-LOTS",
            MethodDeliverables.LOT_PLAN,
            "Lot plan",
            StagedMethod.SPECIFICATION,
            "P-LOTS"));
    for (int index = 0; index < settings.lots(); index++) {
      String lot = lotPrefix(index);
      deliverables.add(
          deliverable(
              "D-" + lot + "-PRE",
              MethodDeliverables.PRE_ACCEPTANCE_REPORT,
              "Pre-acceptance report " + lot,
              StagedMethod.DEPLOYMENT,
              lot + "-PRE"));
      deliverables.add(
          deliverable(
              "D-" + lot + "-GUIDE",
              MethodDeliverables.USER_GUIDE,
              "Printed user guide " + lot,
              StagedMethod.DEPLOYMENT,
              lot + "-TRAIN"));
      deliverables.add(
          deliverable(
              "D-" + lot + "-IMPORT",
              MethodDeliverables.IMPORT_REPORT,
              "Import report " + lot,
              StagedMethod.DEPLOYMENT,
              lot + "-CUT"));
      deliverables.add(
          deliverable(
              "D-" + lot + "-ACCEPT",
              MethodDeliverables.ACCEPTANCE_CERTIFICATE,
              "Final acceptance certificate " + lot,
              StagedMethod.DEPLOYMENT,
              lot + "-FINAL"));
    }
    // Not "D-KPI" as in the reference plan: that id is already the KPI set-up activity's.
    deliverables.add(
        deliverable(
            "D-KPI-SET",
            MethodDeliverables.KPI_SET,
            "Performance indicators",
            StagedMethod.DEPLOYMENT,
            KPI_ACTIVITY));
    return deliverables;
  }

  // ---- Organisation ----

  private static String code(String department) {
    return switch (department) {
      case "SALES" -> "SALES";
      case "FINANCE" -> "FIN";
      case "LOGISTICS" -> "LOG";
      case "MARKETING" -> "MKT";
      default -> "MR";
    };
  }

  private List<Department> departments() {
    List<Department> departments = new ArrayList<>();
    departments.add(internal("GM", "General management", BusinessFunction.GENERAL_MANAGEMENT));
    if (industry == Industry.PHARMACEUTICAL) {
      departments.addAll(OrganisationCatalogue.pharmaCustomerFacingDepartments());
    } else {
      departments.add(
          customerFacing(
              "SALES",
              "Sales",
              BusinessFunction.SALES,
              "Visits to customers and prospects",
              "Key accounts and tenders"));
      departments.add(
          customerFacing(
              "FINANCE",
              "Finance",
              BusinessFunction.FINANCE,
              "Invoicing",
              "Collection",
              "Credit risk management"));
      departments.add(
          customerFacing(
              "LOGISTICS",
              "Logistics",
              BusinessFunction.LOGISTICS,
              "Order taking and delivery",
              "Relations with distributors"));
      departments.add(
          customerFacing(
              "MARKETING",
              "Marketing",
              BusinessFunction.MARKETING,
              "Campaigns and product information",
              "Relations with the press"));
      departments.add(
          customerFacing(
              "MARKET_RESEARCH",
              "Market research",
              BusinessFunction.MARKET_RESEARCH,
              "Customer and market studies",
              "Sales data analysis"));
    }
    departments.add(internal("OPERATIONS", "Operations", BusinessFunction.OPERATIONS));
    departments.add(internal("IT", "Information systems", BusinessFunction.IT));
    return departments;
  }

  private List<Stakeholder> stakeholders() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    stakeholders.add(person("CEO", "Chief executive officer", "GM", GENERAL_MANAGEMENT, EXECUTIVE));
    stakeholders.add(person("SALES-DIR", "Sales director", "SALES", EXECUTIVE, STEERING_COMMITTEE));
    stakeholders.add(
        person("MKT-DIR", "Marketing director", "MARKETING", EXECUTIVE, STEERING_COMMITTEE));
    stakeholders.add(
        person("FIN-DIR", "Finance director", "FINANCE", EXECUTIVE, STEERING_COMMITTEE));
    stakeholders.add(person("OPS-DIR", "Operations director", "OPERATIONS", EXECUTIVE));
    stakeholders.add(
        person("IT-DIR", "IT director", "IT", EXECUTIVE, IT_ARCHITECT, STEERING_COMMITTEE));
    stakeholders.add(
        person("PM", "CRM project manager", "GM", PROJECT_MANAGER, STEERING_COMMITTEE));
    stakeholders.add(
        person("MR-HEAD", "Head of market research", "MARKET_RESEARCH", KEY_MANAGER, DATA_OWNER));
    stakeholders.add(person("LOG-HEAD", "Head of logistics", "LOGISTICS", KEY_MANAGER));
    stakeholders.add(person("REGIONAL-MGR", "Regional sales manager", "SALES", KEY_MANAGER));
    for (int i = 0; i < representatives.size(); i++) {
      stakeholders.add(
          person(
              representatives.get(i),
              "Sales representative, territory " + (i + 1),
              "SALES",
              REPRESENTATIVE_USER,
              PROSPECTIVE_USER));
    }
    keyUsersByDepartment.forEach(
        (department, ids) -> {
          String title = keyUserTitle(department);
          String userRole =
              department.equals("FINANCE") || department.equals("LOGISTICS")
                  ? RELATED_DEPARTMENT
                  : PROSPECTIVE_USER;
          for (int i = 0; i < ids.size(); i++) {
            stakeholders.add(
                person(
                    ids.get(i),
                    i == 0 ? title : title + " " + (i + 1),
                    department,
                    KEY_USER,
                    userRole,
                    CHAMPION));
          }
        });
    stakeholders.add(person("DPO", "Data protection officer", "GM", DATA_PROTECTION_OFFICER));
    stakeholders.add(person("TRAINER", "Sales training manager", "SALES", TRAINER));
    stakeholders.add(person("SUPPORT-LEAD", "Support desk lead", "IT", SUPPORT_TEAM));
    stakeholders.add(outsider("CONSULTANT", "CRM consultant", CONSULTANT, DESIGNER));
    stakeholders.add(outsider("INTEGRATOR", "Integrator's project lead", INTEGRATOR));
    stakeholders.add(
        outsider(
            CUSTOMER_PANEL,
            industry == Industry.PHARMACEUTICAL
                ? "Panel of prescribing physicians"
                : "Panel of customers",
            CUSTOMER_REPRESENTATIVE));
    return stakeholders;
  }

  private static String keyUserTitle(String department) {
    return switch (department) {
      case "SALES" -> "Sales operations analyst";
      case "FINANCE" -> "Key accounts finance officer";
      case "LOGISTICS" -> "Customer orders coordinator";
      case "MARKETING" -> "Product manager";
      default -> "Market research analyst";
    };
  }

  private List<Team> teams() {
    List<String> fieldUsers = new ArrayList<>();
    fieldUsers.add(keyUsersByDepartment.get("SALES").get(0));
    fieldUsers.addAll(representatives);
    fieldUsers.addAll(
        keyUsersByDepartment.get("SALES").subList(1, keyUsersByDepartment.get("SALES").size()));
    List<String> marketingUsers = new ArrayList<>();
    marketingUsers.add(keyUsersByDepartment.get("MARKET_RESEARCH").get(0));
    marketingUsers.add(keyUsersByDepartment.get("MARKETING").get(0));
    marketingUsers.addAll(
        keyUsersByDepartment
            .get("MARKET_RESEARCH")
            .subList(1, keyUsersByDepartment.get("MARKET_RESEARCH").size()));
    marketingUsers.addAll(
        keyUsersByDepartment
            .get("MARKETING")
            .subList(1, keyUsersByDepartment.get("MARKETING").size()));
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
        // Specification teams hold the first key user of every customer-facing department (F24).
        specificationTeam(
            "SPEC-FIELD",
            "Specification team: field sales and orders",
            fieldUsers,
            keyUsersByDepartment.get("LOGISTICS"),
            true),
        specificationTeam(
            "SPEC-MARKETING",
            "Specification team: marketing, market research and finance",
            marketingUsers,
            keyUsersByDepartment.get("FINANCE"),
            random.nextBoolean()),
        Team.builder()
            .id("SUPPORT")
            .name("Support desk")
            .purpose(TeamPurpose.SUPPORT)
            .putComposition(SUPPORT_TEAM, 2 + random.nextInt(3))
            .putComposition(KEY_USER, 1 + random.nextInt(2))
            .addMembers("SUPPORT-LEAD")
            .addDepartments("IT")
            .build());
  }

  /**
   * Draws a specification team of 6 to 12 people with designers and prospective users (F08). Its
   * named members fill the composition's places role by role, the first candidates first.
   */
  private Team specificationTeam(
      String id,
      String name,
      List<String> prospectiveUsers,
      List<String> relatedDepartment,
      boolean customers) {
    int designers = 1 + random.nextInt(3);
    int prospective = 2 + random.nextInt(4);
    int related = 1 + random.nextInt(3);
    int customerPlaces = customers ? 1 : 0;
    prospective += Math.max(0, 6 - (designers + prospective + related + customerPlaces));
    Team.Builder team =
        Team.builder()
            .id(id)
            .name(name)
            .purpose(TeamPurpose.SPECIFICATION)
            .putComposition(DESIGNER, designers)
            .putComposition(PROSPECTIVE_USER, prospective)
            .putComposition(RELATED_DEPARTMENT, related)
            .addMembers("CONSULTANT");
    Set<String> departments = new LinkedHashSet<>();
    for (String member :
        prospectiveUsers.subList(0, Math.min(prospective, prospectiveUsers.size()))) {
      team.addMembers(member);
      departments.add(departmentOf(member));
    }
    for (String member :
        relatedDepartment.subList(0, Math.min(related, relatedDepartment.size()))) {
      team.addMembers(member);
      departments.add(departmentOf(member));
    }
    if (customers) {
      team.putComposition(CUSTOMER_REPRESENTATIVE, 1).addMembers(CUSTOMER_PANEL);
    }
    return team.departments(departments).build();
  }

  private String departmentOf(String stakeholder) {
    if (representatives.contains(stakeholder)) {
      return "SALES";
    }
    for (Map.Entry<String, List<String>> entry : keyUsersByDepartment.entrySet()) {
      if (entry.getValue().contains(stakeholder)) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("no department for " + stakeholder);
  }

  private Meeting kickOff() {
    return Meeting.builder()
        .id("M-KICKOFF")
        .kind(MeetingKind.STEERING_COMMITTEE)
        .date(start)
        .addAttendees("CEO", "SALES-DIR", "MKT-DIR", "FIN-DIR", "IT-DIR", "PM")
        .minutes(
            MeetingMinutes.builder()
                .author("PM")
                .issuedOn(start)
                .addPoints(
                    "The project starts with strategy and will end with IT.",
                    "The approach is differentiating; the rollout will be split into lots.",
                    "Every department that deals with customers names a key user.")
                .addDecisions(APPROACH_DECISION)
                .build())
        .build();
  }

  private List<Kpi> kpis() {
    return List.of(
        kpi(
            "KPI-COVERAGE",
            "Coverage of priority customers",
            "Share of priority customers contacted in the quarter",
            "%",
            70 + random.nextInt(21),
            "SALES-DIR"),
        kpi(
            "KPI-DATA-QUALITY",
            "Complete and current customer records",
            "Share of customer records complete and updated in the last 90 days",
            "%",
            90 + random.nextInt(9),
            "MR-HEAD"),
        kpi(
            "KPI-ADOPTION",
            "Weekly active users",
            "Share of licensed users active in the week",
            "%",
            80 + random.nextInt(16),
            "PM"),
        kpi(
            "KPI-RESPONSE",
            "Customer request response time",
            "Median time to answer a customer's request",
            "hours",
            8 + random.nextInt(41),
            "FIN-DIR"));
  }

  private List<CustomerSegment> segments() {
    if (industry == Industry.PHARMACEUTICAL) {
      return OrganisationCatalogue.pharmaSegments();
    }
    return List.of(
        segment("KEY_ACCOUNTS", "Key accounts", 1, "SALES", "FINANCE"),
        segment("SMALL_CUSTOMERS", "Small customers", 2, "SALES", "LOGISTICS"),
        segment("PROSPECTS", "Prospects", 3, "MARKETING", "MARKET_RESEARCH"),
        segment("PARTNERS", "Distribution partners", 4, "LOGISTICS", "FINANCE"));
  }

  private List<CrmObjective> objectives() {
    return List.of(
        CrmObjective.builder()
            .id("OBJ-360")
            .statement(
                "Give every department a complete, coherent and current view of each customer.")
            .addExpectations(
                CrmExpectation.SHARED_CUSTOMER_INFORMATION,
                CrmExpectation.CONTACT_HISTORY,
                CrmExpectation.HEAD_OFFICE_FIELD_COORDINATION)
            .customerPerceivedQuality(
                "A customer is never asked twice for what the company already knows.")
            .informationToFeedBack("Visit reports, customers' questions and product feedback")
            .feedbackChannel("The field force's tablets and the customer service line")
            .setOn(start)
            .build(),
        CrmObjective.builder()
            .id("OBJ-EFFORT")
            .statement(
                "Measure the sales and marketing effort and steer it to the segments that matter.")
            .addExpectations(
                CrmExpectation.MEASURED_EFFORTS,
                CrmExpectation.OPTIMISED_SALES_PROCESSES,
                CrmExpectation.AUTOMATED_ADMINISTRATION)
            .customerPerceivedQuality(
                "Visits and information arrive when they are useful, not by routine.")
            .informationToFeedBack("Sales trends and tender outcomes")
            .feedbackChannel("Market research data feeds and the finance department's reports")
            .setOn(start)
            .build());
  }

  // ---- Small builders ----

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Starts an activity with its id, kind and name. */
  private static Activity.Builder activity(String id, ActivityKind kind, String name) {
    return Activity.builder().id(id).name(name).kind(kind);
  }

  /** Returns the reference plan's estimate scaled by a drawn factor, in whole working days. */
  private ThreePointEstimate scaled(double... reference) {
    double factor = 1 + ESTIMATE_SPREAD * random.nextDouble();
    return ThreePointEstimate.of(
        Math.round(reference[0] * factor),
        Math.round(reference[1] * factor),
        Math.round(reference[2] * factor));
  }

  private static Activity gate(String id, String name, String... predecessors) {
    Activity.Builder gate =
        Activity.builder()
            .id(id)
            .name(name)
            .kind(GATE_REVIEW)
            .estimate(ThreePointEstimate.milestone())
            .addRoles(STEERING_COMMITTEE);
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

  private static Department customerFacing(
      String id, String name, BusinessFunction function, String... duties) {
    return Department.builder()
        .id(id)
        .name(name)
        .function(function)
        .customerFacing(true)
        .addCustomerDuties(duties)
        .build();
  }

  private static Stakeholder person(String id, String name, String department, String... roles) {
    return Stakeholder.builder().id(id).name(name).department(department).addRoles(roles).build();
  }

  private static Stakeholder outsider(String id, String name, String... roles) {
    return Stakeholder.builder().id(id).name(name).addRoles(roles).external(true).build();
  }

  private static CustomerSegment segment(String id, String name, int priority, String... servedBy) {
    return CustomerSegment.builder()
        .id(id)
        .name(name)
        .kind(CustomerSegmentKind.OTHER)
        .priority(priority)
        .addServedBy(servedBy)
        .build();
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
