package org.crmmethod.examples.scenarios;

import static org.crmmethod.core.catalogue.MethodRoles.CHAMPION;
import static org.crmmethod.core.catalogue.MethodRoles.CONSULTANT;
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
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.LotTemplates;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.OrganisationCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
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

/**
 * A mid-size manufacturer's lot-based rollout (F12-F20), hand-built from the catalogue's two
 * {@link LotRollout} methods: the same company, the same two lots (customer service's contact
 * center first, then sales force automation), planned once in the classic form and once in the
 * differentiating form (F13).
 *
 * <ul>
 *   <li>Classic: a few weeks of preparation and change management, then lots in which the package
 *       is only configured, with change management running beside configuration and a longer
 *       training; no outside consultant.
 *   <li>Differentiating: with a consultant, a study of the target organisation, functional
 *       specifications, then priorities and lots (F12, F13); the first lot adds specific
 *       development and tests to configuration, the second is configured only (F14).
 * </ul>
 *
 * <p>Both lots of either form end with pre-acceptance, training on real data with a printed
 * guide, a short cut-over with an automated import and its report, increased support, and final
 * acceptance after four weeks of real use (F16-F20).
 */
final class MidSizeCompany {
  /** The company's name. */
  static final String COMPANY = "Vernier Hydraulique";
  /** The day both forms start, a Monday. */
  static final LocalDate START = LocalDate.of(2027, 3, 1);
  /** The contact-center lot, rolled out first. */
  static final String LOT_CONTACT_CENTER = "LOT-1";
  /** The sales force automation lot, rolled out second. */
  static final String LOT_SFA = "LOT-2";

  private MidSizeCompany() {}

  /**
   * The classic form: the package used as it comes.
   *
   * @return a plan following {@link LotRollout#classic()}
   */
  static ProjectPlan classic() {
    Phase preparation =
        Phase.builder()
            .id(LotRollout.PREPARATION)
            .name("Preparation and change management")
            .template(LotRollout.PREPARATION)
            .addActivities(
                activity("C-CM", "Plan the change management with each department", ActivityKind.CHANGE_MANAGEMENT, 8, 10, 15)
                    .addRoles(PROJECT_MANAGER, KEY_USER)
                    .addParticipants("SALES-DIR", "CS-HEAD", "MKT-HEAD", "FIN-DIR", "KU-SALES", "KU-CS")
                    .teamSize(2)
                    .build(),
                activity("C-PRES", "Show users the package as it comes", ActivityKind.USER_PRESENTATIONS, 3, 5, 8)
                    .addDependencies(Dependency.of("C-CM", START_TO_START, 3))
                    .addRoles(PROJECT_MANAGER, KEY_USER, REPRESENTATIVE_USER)
                    .addParticipants("REP-1", "KU-SALES", "KU-CS", "KU-MKT")
                    .build(),
                activity("C-DMS", "Decide which customer data to take over", ActivityKind.DATA_MIGRATION_SCOPING, 3, 5, 8)
                    .addRoles(DATA_OWNER, DATA_PROTECTION_OFFICER)
                    .addParticipants("CS-HEAD", "DPO")
                    .build(),
                activity("C-LOTS", "Set the order of the lots", ActivityKind.LOT_PLANNING, 2, 3, 5)
                    .addDependencies(Dependency.on("C-DMS"), Dependency.on("C-PRES"))
                    .addRoles(PROJECT_MANAGER, STEERING_COMMITTEE)
                    .build(),
                gate("C-GATE", "Lot plan approved", "C-CM", "C-LOTS"))
            .build();
    Lot contactCenter =
        classicLot(LOT_CONTACT_CENTER, "Contact center", CrmModule.CONTACT_CENTER, "L1", Dependency.on("C-GATE"), true,
            List.of("KU-CS"), List.of("Latest customers and contacts", "Open orders", "Open after-sales requests"));
    Lot sfa =
        classicLot(LOT_SFA, "Sales force automation", CrmModule.SFA, "L2", Dependency.on("L1-CONF"), false,
            List.of("KU-SALES"), List.of("Open opportunities and quotes from the sales spreadsheets"));
    List<Deliverable> deliverables = new ArrayList<>();
    deliverables.add(deliverable("D-LOTS", MethodDeliverables.LOT_PLAN, "Lot plan", LotRollout.PREPARATION, "C-LOTS"));
    deliverables.addAll(lotDeliverables());
    return plan("vernier-classic", "CRM rollout in lots, classic use", LotRollout.classic(), Approach.CLASSIC, false)
        .addPhases(preparation, rolloutPhase())
        .addLots(contactCenter, sfa)
        .deliverables(deliverables)
        .build();
  }

  /**
   * The differentiating form: the organisation rethought before the package is shaped to it.
   *
   * @return a plan following {@link LotRollout#differentiating()}
   */
  static ProjectPlan differentiating() {
    Phase study =
        Phase.builder()
            .id(LotRollout.TARGET_ORGANISATION_STUDY)
            .name("Target organisation study")
            .template(LotRollout.TARGET_ORGANISATION_STUDY)
            .addActivities(
                activity("T-OBJ", "Formalise the strategic objective", ActivityKind.STRATEGIC_OBJECTIVE, 5, 8, 12)
                    .addRoles(GENERAL_MANAGEMENT, CONSULTANT)
                    .addParticipants("CEO", "SALES-DIR", "FIN-DIR")
                    .build(),
                activity("T-ORG", "Rethink the organisation and the sales strategy", ActivityKind.TARGET_ORGANISATION_STUDY, 15, 20, 30)
                    .addDependencies(Dependency.on("T-OBJ"))
                    .addRoles(CONSULTANT, EXECUTIVE)
                    .addParticipants("SALES-DIR", "CS-HEAD", "MKT-HEAD", "FIN-DIR", "IT-HEAD")
                    .teamSize(2)
                    .build(),
                activity("T-CRMOBJ", "Set the objectives of the company's own CRM", ActivityKind.CRM_OBJECTIVES, 3, 5, 8)
                    .addDependencies(Dependency.of("T-ORG", START_TO_START, 10))
                    .addRoles(GENERAL_MANAGEMENT, PROJECT_MANAGER)
                    .addParticipants("CEO", "SALES-DIR", "CS-HEAD")
                    .build(),
                activity("T-CM", "Plan the change management", ActivityKind.CHANGE_MANAGEMENT, 10, 15, 20)
                    .addDependencies(Dependency.of("T-ORG", START_TO_START, 0))
                    .addRoles(CONSULTANT, PROJECT_MANAGER)
                    .build(),
                gate("T-GATE", "Target organisation approved", "T-ORG", "T-CRMOBJ", "T-CM"))
            .build();
    Phase specifications =
        Phase.builder()
            .id(LotRollout.FUNCTIONAL_SPECIFICATIONS)
            .name("Functional specifications")
            .template(LotRollout.FUNCTIONAL_SPECIFICATIONS)
            .addActivities(
                activity("F-FS", "Write the functional specifications", ActivityKind.FUNCTIONAL_SPECIFICATION, 20, 25, 35)
                    .addDependencies(Dependency.on("T-GATE"))
                    .addRoles(DESIGNER, PROSPECTIVE_USER)
                    .addParticipants("KU-SALES", "KU-CS", "KU-MKT", "REP-1")
                    .teamSize(4)
                    .build(),
                activity("F-GAP", "Weigh the wishes against the package and the budget", ActivityKind.GAP_ANALYSIS, 5, 8, 12)
                    .addDependencies(Dependency.of("F-FS", START_TO_START, 10))
                    .addRoles(DESIGNER, CONSULTANT)
                    .build(),
                activity("F-IF", "Specify the interface with the order system", ActivityKind.INTERFACE_SPECIFICATION, 5, 8, 12)
                    .addDependencies(Dependency.of("F-FS", START_TO_START, 10))
                    .addRoles(IT_ARCHITECT, DESIGNER)
                    .addParticipants("IT-HEAD")
                    .build(),
                activity("F-DMS", "Decide which customer data to take over", ActivityKind.DATA_MIGRATION_SCOPING, 3, 5, 8)
                    .addDependencies(Dependency.of("F-FS", START_TO_START, 15))
                    .addRoles(DATA_OWNER, DATA_PROTECTION_OFFICER)
                    .addParticipants("CS-HEAD", "DPO")
                    .build(),
                gate("F-GATE", "Specifications approved", "F-FS", "F-GAP", "F-IF", "F-DMS"))
            .build();
    Phase priorities =
        Phase.builder()
            .id(LotRollout.PRIORITIES_AND_LOTS)
            .name("Priorities and lots")
            .template(LotRollout.PRIORITIES_AND_LOTS)
            .addActivities(
                activity("P-PRIO", "Set the priorities", ActivityKind.PRIORITISATION, 3, 5, 8)
                    .addDependencies(Dependency.on("F-GATE"))
                    .addRoles(STEERING_COMMITTEE, PROJECT_MANAGER)
                    .addParticipants("CEO", "SALES-DIR", "FIN-DIR")
                    .build(),
                activity("P-LOTS", "Split the rollout into lots", ActivityKind.LOT_PLANNING, 3, 5, 8)
                    .addDependencies(Dependency.on("P-PRIO"))
                    .addRoles(STEERING_COMMITTEE, PROJECT_MANAGER)
                    .build(),
                gate("P-GATE", "Lot plan approved", "P-LOTS"))
            .build();
    Lot contactCenter =
        differentiatingLot(LOT_CONTACT_CENTER, "Contact center", CrmModule.CONTACT_CENTER, "L1", Dependency.on("P-GATE"), false,
            List.of("KU-CS"), List.of("Latest customers and contacts", "Open orders", "Open after-sales requests"));
    Lot sfa =
        differentiatingLot(LOT_SFA, "Sales force automation", CrmModule.SFA, "L2", Dependency.on("L1-CONF"), true,
            List.of("KU-SALES"), List.of("Open opportunities and quotes from the sales spreadsheets"));
    List<Deliverable> deliverables = new ArrayList<>();
    deliverables.add(deliverable("D-OBJ", MethodDeliverables.STRATEGIC_OBJECTIVE, "Strategic objective", LotRollout.TARGET_ORGANISATION_STUDY, "T-OBJ"));
    deliverables.add(deliverable("D-CRMOBJ", MethodDeliverables.CRM_OBJECTIVES, "CRM objectives", LotRollout.TARGET_ORGANISATION_STUDY, "T-CRMOBJ",
        MethodDeliverables.SECTION_CUSTOMER_PERCEIVED_QUALITY, MethodDeliverables.SECTION_INFORMATION_FEEDBACK));
    deliverables.add(deliverable("D-TARGET", MethodDeliverables.TARGET_ORGANISATION, "Target organisation", LotRollout.TARGET_ORGANISATION_STUDY, "T-ORG"));
    deliverables.add(deliverable("D-SPEC", MethodDeliverables.REQUIREMENTS_SPECIFICATION, "Functional specifications", LotRollout.FUNCTIONAL_SPECIFICATIONS, "F-FS",
        MethodDeliverables.SECTION_CURRENT_STATE, MethodDeliverables.SECTION_TARGET_STATE, MethodDeliverables.SECTION_GAP_ANALYSIS,
        MethodDeliverables.SECTION_INTERFACE_SPECIFICATIONS, MethodDeliverables.SECTION_DATA_MIGRATION_SCOPE));
    deliverables.add(deliverable("D-LOTS", MethodDeliverables.LOT_PLAN, "Lot plan", LotRollout.PRIORITIES_AND_LOTS, "P-LOTS"));
    deliverables.addAll(lotDeliverables());
    return plan("vernier-differentiating", "CRM rollout in lots, differentiating CRM", LotRollout.differentiating(), Approach.DIFFERENTIATING, true)
        .addPhases(study, specifications, priorities, rolloutPhase())
        .addLots(contactCenter, sfa)
        .deliverables(deliverables)
        .build();
  }

  // ---- What both forms share ----

  private static ProjectPlan.Builder plan(String id, String name, Method method, Approach approach, boolean consultant) {
    String firstPhase = method.phases().get(0).id();
    return ProjectPlan.builder()
        .id(id)
        .name(name)
        .method(method.id())
        .context(
            ProjectContext.builder()
                .company(COMPANY)
                .industry(Industry.MANUFACTURING)
                .approach(approach)
                .addModules(CrmModule.CONTACT_CENTER, CrmModule.SFA)
                .startDate(START)
                .calendar("FR")
                .budget(Money.of("420000", "EUR"))
                .legacySystem(LegacySystem.builder().name("Sales spreadsheets and a shared contact manager").settledHabits(true).build())
                .externalConsultant(consultant)
                .build())
        .statusDate(START)
        .addDecisions(
            ProjectDecision.builder()
                .id("DEC-APPROACH")
                .kind(DecisionKind.APPROACH)
                .statement(approach == Approach.CLASSIC
                    ? "Use the package as it comes and roll it out in two lots, contact center first."
                    : "Rethink the organisation first, then roll the CRM out in lots, contact center first.")
                .phase(firstPhase)
                .decidedOn(START)
                .addDecidedBy("CEO")
                .build())
        .departments(departments())
        .stakeholders(stakeholders())
        .teams(teams())
        .championsTeam(
            ChampionsTeam.builder()
                .addMembers("KU-SALES", "KU-CS", "KU-MKT", "KU-FIN")
                .addDepartments("SALES", "CUSTOMER_SERVICE", "MARKETING", "FINANCE")
                .duties(OrganisationCatalogue.championDuties())
                .build())
        .addMeetings(
            Meeting.builder()
                .id("M-KICKOFF")
                .kind(MeetingKind.STEERING_COMMITTEE)
                .date(START)
                .addAttendees("CEO", "SALES-DIR", "FIN-DIR", "CS-HEAD", "MKT-HEAD", "IT-HEAD", "PM")
                .minutes(
                    MeetingMinutes.builder()
                        .author("PM")
                        .issuedOn(START)
                        .addPoints(
                            "Customer service goes first: it takes every order and after-sales call.",
                            "Each customer-facing department names a key user.")
                        .addDecisions("DEC-APPROACH")
                        .build())
                .build())
        .kpis(List.of(
            kpi("KPI-FIRST-CALL", "Requests solved at the first call", "%", 75, "CS-HEAD"),
            kpi("KPI-ADOPTION", "Weekly active users", "%", 90, "PM")))
        .objectives(List.of(
            CrmObjective.builder()
                .id("OBJ-ONE-VIEW")
                .statement("Give sales and customer service the same view of each distributor and machine builder.")
                .addExpectations(CrmExpectation.SHARED_CUSTOMER_INFORMATION, CrmExpectation.CONTACT_HISTORY)
                .customerPerceivedQuality("A customer calling about an order never has to repeat what the sales rep already knows.")
                .informationToFeedBack("After-sales requests and quotes lost to competitors")
                .feedbackChannel("The contact center's call records and the reps' visit reports")
                .setOn(START)
                .build()));
  }

  private static Phase rolloutPhase() {
    return Phase.builder().id(LotRollout.ROLLOUT).name("Lot rollout").template(LotRollout.ROLLOUT).build();
  }

  private static List<Department> departments() {
    return List.of(
        department("GM", "General management", BusinessFunction.GENERAL_MANAGEMENT, false),
        department("SALES", "Sales", BusinessFunction.SALES, true, "Visits to distributors and machine builders", "Quotes"),
        department("CUSTOMER_SERVICE", "Customer service", BusinessFunction.CUSTOMER_SERVICE, true, "Order taking", "After-sales requests"),
        department("MARKETING", "Marketing", BusinessFunction.MARKETING, true, "Trade fairs and catalogues"),
        department("FINANCE", "Finance", BusinessFunction.FINANCE, true, "Invoicing", "Collection"),
        department("IT", "Information systems", BusinessFunction.IT, false));
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person("CEO", "Chief executive officer", "GM", GENERAL_MANAGEMENT, EXECUTIVE),
        person("SALES-DIR", "Sales director", "SALES", EXECUTIVE, STEERING_COMMITTEE),
        person("FIN-DIR", "Finance director", "FINANCE", EXECUTIVE, STEERING_COMMITTEE),
        person("CS-HEAD", "Head of customer service", "CUSTOMER_SERVICE", KEY_MANAGER, DATA_OWNER),
        person("MKT-HEAD", "Head of marketing", "MARKETING", KEY_MANAGER),
        person("IT-HEAD", "Head of information systems", "IT", KEY_MANAGER, IT_ARCHITECT),
        person("PM", "CRM project manager", "GM", PROJECT_MANAGER, STEERING_COMMITTEE),
        person("REP-1", "Sales representative", "SALES", REPRESENTATIVE_USER, PROSPECTIVE_USER),
        person("KU-SALES", "Sales administration lead", "SALES", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("KU-CS", "Customer service team leader", "CUSTOMER_SERVICE", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("KU-MKT", "Marketing assistant", "MARKETING", KEY_USER, PROSPECTIVE_USER, CHAMPION),
        person("KU-FIN", "Credit controller", "FINANCE", KEY_USER, CHAMPION),
        person("DPO", "Data protection officer", "GM", DATA_PROTECTION_OFFICER),
        person("TRAINER", "Internal trainer", "CUSTOMER_SERVICE", TRAINER),
        person("SUPPORT", "Support desk", "IT", SUPPORT_TEAM),
        Stakeholder.builder().id("CONSULTANT").name("CRM consultant").addRoles(CONSULTANT, DESIGNER).external(true).build(),
        Stakeholder.builder().id("INTEGRATOR").name("Integrator").addRoles(INTEGRATOR).external(true).build());
  }

  private static List<Team> teams() {
    return List.of(
        Team.builder()
            .id("STEERING")
            .name("Steering committee")
            .purpose(TeamPurpose.STEERING)
            .putComposition(GENERAL_MANAGEMENT, 1)
            .putComposition(EXECUTIVE, 2)
            .putComposition(PROJECT_MANAGER, 1)
            .addMembers("CEO", "SALES-DIR", "FIN-DIR", "PM")
            .addDepartments("GM", "SALES", "FINANCE")
            .build(),
        Team.builder()
            .id("PROJECT")
            .name("Project team")
            .purpose(TeamPurpose.PROJECT)
            .putComposition(PROJECT_MANAGER, 1)
            .putComposition(KEY_USER, 4)
            .putComposition(IT_ARCHITECT, 1)
            .addMembers("PM", "KU-SALES", "KU-CS", "KU-MKT", "KU-FIN", "IT-HEAD")
            .addDepartments("SALES", "CUSTOMER_SERVICE", "MARKETING", "FINANCE", "IT")
            .build());
  }

  /** A classic lot: configuration, change management and user presentations side by side (F13). */
  private static Lot classicLot(
      String id, String name, CrmModule module, String prefix, Dependency start, boolean migrates,
      List<String> keyUsers, List<String> extractedData) {
    List<Activity> workstreams = new ArrayList<>();
    workstreams.add(activity(prefix + "-CONF", "Configure the package: " + name, ActivityKind.CONFIGURATION, 8, 12, 18)
        .addDependencies(start).addRoles(INTEGRATOR).teamSize(2).build());
    workstreams.add(activity(prefix + "-CM", "Accompany the change: " + name, ActivityKind.CHANGE_MANAGEMENT, 8, 12, 18)
        .addDependencies(start).addRoles(PROJECT_MANAGER, KEY_USER).teamSize(2).build());
    workstreams.add(activity(prefix + "-PRES", "Present the configured package: " + name, ActivityKind.USER_PRESENTATIONS, 2, 3, 5)
        .addDependencies(Dependency.of(prefix + "-CONF", START_TO_START, 5)).addRoles(PROJECT_MANAGER, KEY_USER).build());
    if (migrates) {
      workstreams.add(activity(prefix + "-DATA", "Migrate the customer history: " + name, ActivityKind.DATA_MIGRATION, 5, 8, 12)
          .addDependencies(start).addRoles(INTEGRATOR, DATA_OWNER).build());
    }
    return lot(id, name, module, prefix, true, workstreams, keyUsers, extractedData,
        new double[][] {{4, 5, 8}, {8, 10, 15}, {1, 1, 2}, {8, 10, 15}});
  }

  /**
   * A differentiating lot: configuration, tests, data migration and user presentations side by
   * side, and specific development unless the package is only configured (F14).
   */
  private static Lot differentiatingLot(
      String id, String name, CrmModule module, String prefix, Dependency start, boolean configuredOnly,
      List<String> keyUsers, List<String> extractedData) {
    String conf = prefix + "-CONF";
    String dev = prefix + "-DEV";
    List<Activity> workstreams = new ArrayList<>();
    workstreams.add(activity(conf, "Configure the package: " + name, ActivityKind.CONFIGURATION, 20, 25, 35)
        .addDependencies(start).addRoles(INTEGRATOR).teamSize(2).build());
    if (!configuredOnly) {
      workstreams.add(activity(dev, "Develop the order-system interface: " + name, ActivityKind.SPECIFIC_DEVELOPMENT, 20, 30, 45)
          .addDependencies(start).addRoles(INTEGRATOR).teamSize(2).build());
    }
    workstreams.add(activity(prefix + "-TEST", "Test the lot: " + name, ActivityKind.TESTS, 8, 10, 15)
        .addDependencies(Dependency.of(conf, START_TO_START, 10), Dependency.of(configuredOnly ? conf : dev, FINISH_TO_FINISH, 0))
        .addRoles(INTEGRATOR, KEY_USER).build());
    workstreams.add(activity(prefix + "-DATA", "Migrate the customer history: " + name, ActivityKind.DATA_MIGRATION, 10, 15, 20)
        .addDependencies(start).addRoles(INTEGRATOR, DATA_OWNER).build());
    workstreams.add(activity(prefix + "-PRES", "Present the coming solution: " + name, ActivityKind.USER_PRESENTATIONS, 3, 5, 8)
        .addDependencies(Dependency.of(conf, START_TO_START, 5)).addRoles(PROJECT_MANAGER, KEY_USER).build());
    return lot(id, name, module, prefix, configuredOnly, workstreams, keyUsers, extractedData,
        new double[][] {{5, 8, 12}, {5, 8, 12}, {1, 2, 3}, {10, 15, 20}});
  }

  /** The five steps after the workstreams (F16-F20), from pre-acceptance to final acceptance. */
  private static Lot lot(
      String id, String name, CrmModule module, String prefix, boolean configuredOnly, List<Activity> workstreams,
      List<String> keyUsers, List<String> extractedData, double[][] steps) {
    String pre = prefix + "-PRE";
    String train = prefix + "-TRAIN";
    String cut = prefix + "-CUT";
    String care = prefix + "-CARE";
    double realUseDays = LotTemplates.DEFAULT_MINIMUM_REAL_USE_WEEKS * 5.0;
    Activity.Builder preAcceptance =
        activity(pre, "Pre-acceptance with key users: " + name, ActivityKind.PRE_ACCEPTANCE, steps[0])
            .addRoles(KEY_USER).addAllParticipants(keyUsers).teamSize(keyUsers.size());
    workstreams.forEach(w -> preAcceptance.addDependencies(Dependency.on(w.id())));
    return Lot.builder()
        .id(id)
        .name(name)
        .phase(LotRollout.ROLLOUT)
        .addModules(module)
        .configuredOnly(configuredOnly)
        .workstreams(workstreams)
        .preAcceptance(PreAcceptance.builder().activity(preAcceptance.build()).keyUsers(keyUsers).build())
        .training(
            Training.builder()
                .activity(activity(train, "Train users on real data: " + name, ActivityKind.TRAINING, steps[1])
                    .addDependencies(Dependency.on(pre)).addRoles(TRAINER).teamSize(2).build())
                .onRealData(true)
                .printedUserGuide(true)
                .build())
        .cutOver(
            CutOver.builder()
                .activity(activity(cut, "Cut over with an automated import: " + name, ActivityKind.CUT_OVER, steps[2])
                    .addDependencies(Dependency.on(train)).addRoles(INTEGRATOR, DATA_OWNER).build())
                .extractedData(extractedData)
                .automatedImport(true)
                .importReport(true)
                .build())
        .hypercare(
            Hypercare.builder()
                .activity(activity(care, "Increased support after go-live: " + name, ActivityKind.HYPERCARE, steps[3])
                    .addDependencies(Dependency.on(cut)).addRoles(SUPPORT_TEAM, KEY_USER).teamSize(2).build())
                .responseTimeHours(4)
                .build())
        .finalAcceptance(
            FinalAcceptance.builder()
                .activity(activity(prefix + "-FINAL", "Sign final acceptance after real use: " + name, ActivityKind.FINAL_ACCEPTANCE, 1, 1, 1)
                    .addDependencies(Dependency.of(cut, FINISH_TO_START, realUseDays), Dependency.on(care))
                    .addRoles(STEERING_COMMITTEE).build())
                .build())
        .build();
  }

  private static List<Deliverable> lotDeliverables() {
    List<Deliverable> deliverables = new ArrayList<>();
    for (String lot : List.of("L1", "L2")) {
      deliverables.add(deliverable("D-" + lot + "-PRE", MethodDeliverables.PRE_ACCEPTANCE_REPORT, "Pre-acceptance report " + lot, LotRollout.ROLLOUT, lot + "-PRE"));
      deliverables.add(deliverable("D-" + lot + "-GUIDE", MethodDeliverables.USER_GUIDE, "Printed user guide " + lot, LotRollout.ROLLOUT, lot + "-TRAIN"));
      deliverables.add(deliverable("D-" + lot + "-IMPORT", MethodDeliverables.IMPORT_REPORT, "Import report " + lot, LotRollout.ROLLOUT, lot + "-CUT"));
      deliverables.add(deliverable("D-" + lot + "-ACCEPT", MethodDeliverables.ACCEPTANCE_CERTIFICATE, "Final acceptance certificate " + lot, LotRollout.ROLLOUT, lot + "-FINAL"));
    }
    return deliverables;
  }

  // ---- Small builders ----

  private static Activity.Builder activity(String id, String name, ActivityKind kind, double... estimate) {
    return Activity.builder().id(id).name(name).kind(kind).estimate(ThreePointEstimate.of(estimate[0], estimate[1], estimate[2]));
  }

  private static Activity gate(String id, String name, String... predecessors) {
    Activity.Builder gate = activity(id, name, ActivityKind.GATE_REVIEW, 0, 0, 0).addRoles(STEERING_COMMITTEE);
    for (String predecessor : predecessors) {
      gate.addDependencies(Dependency.on(predecessor));
    }
    return gate.build();
  }

  private static Deliverable deliverable(String id, String type, String name, String phase, String producedBy, String... sections) {
    return Deliverable.builder().id(id).type(type).name(name).phase(phase).producedBy(producedBy).addSections(sections).build();
  }

  private static Department department(String id, String name, BusinessFunction function, boolean customerFacing, String... duties) {
    return Department.builder().id(id).name(name).function(function).customerFacing(customerFacing).addCustomerDuties(duties).build();
  }

  private static Stakeholder person(String id, String name, String department, String... roles) {
    return Stakeholder.builder().id(id).name(name).department(department).addRoles(roles).build();
  }

  private static Kpi kpi(String id, String name, String unit, int target, String owner) {
    return Kpi.builder().id(id).name(name).definition(name).unit(unit).target(BigDecimal.valueOf(target))
        .phase(LotRollout.ROLLOUT).owner(owner).build();
  }
}
