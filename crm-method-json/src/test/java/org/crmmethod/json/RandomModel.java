package org.crmmethod.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.crmmethod.core.fitgap.CoverageWeights;
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
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerSegmentKind;
import org.crmmethod.core.organisation.CustomerServiceSetup;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
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
import org.crmmethod.core.plan.ProjectScope;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.RagStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessThresholds;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleRisk;

/**
 * Draws random, valid values of every plan, organisation, start-module and fit-gap type from one seed, with
 * every optional attribute sometimes present and sometimes absent, every collection sometimes
 * empty, and the awkward corners the wire format must survive: texts with quotes, backslashes,
 * control characters, the Turkish dotted and dotless i and characters outside the BMP; doubles
 * anywhere in their range, negative zero and subnormals included; amounts of any scale, negative
 * ones included.
 *
 * <p>Unlike {@code PlanGenerator}, whose plans follow the staged method, the values here are only
 * valid one by one: ids need not resolve. That is all the wire format needs.
 */
final class RandomModel {
  private static final String ID_FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final List<String> WORDS =
      List.of(
          "plan",
          "İstanbul",
          "ılık",
          "TITLE",
          "Straße",
          "«ok»",
          "\"quoted\"",
          "back\\slash",
          "tab\there",
          "line\nbreak",
          "nul\u0000char",
          "bell\u0007",
          "emoji\uD83D\uDE80",
          "math\uD835\uDC00",
          "</script>",
          "100%",
          "€",
          "日本語",
          "עברית",
          "{}[]:,");
  private static final List<Double> SPECIAL_DOUBLES =
      List.of(
          0.0,
          -0.0,
          Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Double.MAX_VALUE,
          0.1,
          1e-7,
          1e7,
          1e21,
          123456789.123456789,
          2.5,
          1.0 / 3);

  /** Every currency the JDK knows, in a fixed order so that a seed always draws the same one. */
  private static final List<Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .sorted(Comparator.comparing(Currency::getCurrencyCode))
          .toList();

  private final RandomGenerator random;

  RandomModel(long seed) {
    this.random = new SplittableRandom(seed);
  }

  // --- plain parts ---

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int between(int least, int most) {
    return (int) random.nextLong(least, (long) most + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  String id() {
    int length = chance(90) ? between(1, 8) : between(9, 64);
    StringBuilder id = new StringBuilder(length);
    id.append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
    for (int i = 1; i < length; i++) {
      id.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
    }
    return id.toString();
  }

  String text() {
    StringBuilder text = new StringBuilder(pick(WORDS));
    for (int i = between(0, 3); i > 0; i--) {
      text.append(pick(List.of(" ", ", ", "\t", "\r\n"))).append(pick(WORDS));
    }
    if (chance(10)) {
      text.insert(0, ' ').append(' ');
    }
    return text.toString();
  }

  LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(30_000));
  }

  LocalDate dateFrom(LocalDate first) {
    return first.plusDays(random.nextInt(2_000));
  }

  /** A finite double from anywhere in the range, or one of the values that print awkwardly. */
  double anyFinite() {
    if (chance(30)) {
      return pick(SPECIAL_DOUBLES) * (chance(50) ? 1 : -1);
    }
    double value;
    do {
      value = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(value));
    return value;
  }

  double nonNegative() {
    return chance(50) ? random.nextInt(200) / (double) between(1, 4) : Math.abs(anyFinite());
  }

  /** A decimal of any sign and scale, negative scales and long unscaled values included. */
  BigDecimal decimal() {
    BigInteger unscaled;
    if (chance(50)) {
      unscaled = BigInteger.valueOf(random.nextLong(1_000_000_000L));
    } else {
      byte[] bytes = new byte[between(1, 15)];
      random.nextBytes(bytes);
      unscaled = new BigInteger(1, bytes);
    }
    BigDecimal value = new BigDecimal(unscaled, between(-6, 8));
    return chance(20) ? value.negate() : value;
  }

  <T> List<T> list(int least, int most, Supplier<T> element) {
    int size = between(least, most);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  <T> Set<T> set(int least, int most, Supplier<T> element) {
    Set<T> set = new LinkedHashSet<>();
    int draws = between(least, most);
    while (set.size() < least || draws-- > 0) {
      set.add(element.get());
    }
    return set;
  }

  <E extends Enum<E>> Set<E> enums(Class<E> type, int least) {
    return set(least, Math.min(6, type.getEnumConstants().length), () -> pick(type));
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return chance(60) ? Optional.of(value.get()) : Optional.empty();
  }

  // --- plan ---

  ThreePointEstimate estimate() {
    double[] points = {nonNegative(), nonNegative(), nonNegative()};
    Arrays.sort(points);
    return ThreePointEstimate.builder()
        .optimistic(points[0])
        .mostLikely(points[1])
        .pessimistic(points[2])
        .build();
  }

  Dependency dependency() {
    Dependency.Builder dependency = Dependency.builder();
    dependency.predecessor(id());
    if (chance(70)) {
      dependency.type(pick(DependencyType.class));
    }
    if (chance(70)) {
      dependency.lagDays(anyFinite());
    }
    return dependency.build();
  }

  Activity activity() {
    return activity(pick(ActivityKind.class));
  }

  Activity activity(ActivityKind kind) {
    String id = id();
    Activity.Builder activity =
        Activity.builder()
            .id(id)
            .name(text())
            .kind(kind)
            .estimate(estimate())
            .dependencies(
                list(0, 3, this::dependency).stream()
                    .filter(dependency -> !dependency.predecessor().equals(id))
                    .toList())
            .roles(set(0, 3, this::id))
            .participants(set(0, 3, this::id))
            .startNoEarlierThan(maybe(this::date));
    if (chance(50)) {
      activity.teamSize(between(1, Integer.MAX_VALUE));
    }
    return activity.build();
  }

  Approval approval() {
    return Approval.builder().stakeholder(id()).role(id()).date(date()).build();
  }

  PreAcceptance preAcceptance() {
    return PreAcceptance.builder()
        .activity(activity(ActivityKind.PRE_ACCEPTANCE))
        .keyUsers(set(0, 4, this::id))
        .build();
  }

  Training training() {
    Training.Builder training = Training.builder().activity(activity(ActivityKind.TRAINING));
    if (chance(70)) {
      training.onRealData(chance(50)).printedUserGuide(chance(50));
    }
    return training.build();
  }

  CutOver cutOver() {
    CutOver.Builder cutOver =
        CutOver.builder()
            .activity(activity(ActivityKind.CUT_OVER))
            .extractedData(list(0, 3, this::text));
    if (chance(70)) {
      cutOver.automatedImport(chance(50)).importReport(chance(50));
    }
    return cutOver.build();
  }

  Hypercare hypercare() {
    return Hypercare.builder()
        .activity(activity(ActivityKind.HYPERCARE))
        .responseTimeHours(maybe(() -> between(1, Integer.MAX_VALUE)))
        .build();
  }

  FinalAcceptance finalAcceptance() {
    return FinalAcceptance.builder()
        .activity(activity(ActivityKind.FINAL_ACCEPTANCE))
        .signature(maybe(this::approval))
        .build();
  }

  Lot lot() {
    Lot.Builder lot =
        Lot.builder()
            .id(id())
            .name(text())
            .phase(id())
            .modules(enums(CrmModule.class, 0))
            .workstreams(list(0, 3, this::activity))
            .preAcceptance(maybe(this::preAcceptance))
            .training(maybe(this::training))
            .cutOver(maybe(this::cutOver))
            .hypercare(maybe(this::hypercare))
            .finalAcceptance(maybe(this::finalAcceptance));
    if (chance(50)) {
      lot.configuredOnly(chance(50));
    }
    return lot.build();
  }

  Phase phase() {
    Optional<LocalDate> start = maybe(this::date);
    Optional<LocalDate> finish =
        start.isPresent() ? maybe(() -> dateFrom(start.get())) : maybe(this::date);
    return Phase.builder()
        .id(id())
        .name(text())
        .template(maybe(this::id))
        .activities(list(0, 4, this::activity))
        .plannedStart(start)
        .plannedFinish(finish)
        .build();
  }

  Deliverable deliverable() {
    Deliverable.Builder deliverable =
        Deliverable.builder()
            .id(id())
            .type(id())
            .name(text())
            .phase(id())
            .producedBy(maybe(this::id))
            .approvals(list(0, 2, this::approval))
            .sections(set(0, 4, this::id));
    if (chance(70)) {
      DeliverableStatus status = pick(DeliverableStatus.class);
      deliverable.status(status);
      if (status == DeliverableStatus.APPROVED) {
        deliverable.addApproval(approval());
      }
    }
    return deliverable.build();
  }

  GateDecision gateDecision() {
    GateOutcome outcome = pick(GateOutcome.class);
    return GateDecision.builder()
        .gate(id())
        .lot(maybe(this::id))
        .outcome(outcome)
        .decidedBy(id())
        .decidedOn(date())
        .rationale(text())
        .conditions(
            outcome == GateOutcome.GO_WITH_CONDITIONS ? list(1, 3, this::text) : List.of())
        .build();
  }

  Reopening reopening(LocalDate notBefore) {
    LocalDate date = dateFrom(notBefore);
    return Reopening.builder()
        .phase(id())
        .date(date)
        .reason(text())
        .generalManagementInformedOn(maybe(() -> dateFrom(date)))
        .build();
  }

  Reopening reopening() {
    return reopening(date());
  }

  ProjectDecision projectDecision() {
    LocalDate decidedOn = date();
    return ProjectDecision.builder()
        .id(id())
        .kind(pick(DecisionKind.class))
        .statement(text())
        .phase(id())
        .decidedOn(decidedOn)
        .decidedBy(set(0, 3, this::id))
        .reopenings(list(0, 2, () -> reopening(decidedOn)))
        .build();
  }

  MeetingMinutes meetingMinutes(LocalDate notBefore) {
    return MeetingMinutes.builder()
        .author(id())
        .issuedOn(dateFrom(notBefore))
        .points(list(1, 3, this::text))
        .decisions(set(0, 2, this::id))
        .build();
  }

  MeetingMinutes meetingMinutes() {
    return meetingMinutes(date());
  }

  Meeting meeting() {
    LocalDate date = date();
    return Meeting.builder()
        .id(id())
        .kind(pick(MeetingKind.class))
        .date(date)
        .attendees(set(0, 4, this::id))
        .minutes(maybe(() -> meetingMinutes(date)))
        .build();
  }

  Kpi kpi() {
    return Kpi.builder()
        .id(id())
        .name(text())
        .definition(text())
        .unit(text())
        .target(maybe(this::decimal))
        .phase(id())
        .owner(maybe(this::id))
        .build();
  }

  LegacySystem legacySystem() {
    LegacySystem.Builder legacy = LegacySystem.builder().name(text());
    if (chance(70)) {
      legacy.obsolete(chance(50)).pastFailures(chance(50)).settledHabits(chance(50));
    }
    return legacy.build();
  }

  Money money() {
    Currency currency = pick(CURRENCIES);
    return Money.of(decimal().abs(), currency);
  }

  ProjectContext projectContext() {
    LocalDate start = date();
    ProjectContext.Builder context =
        ProjectContext.builder()
            .company(text())
            .industry(pick(Industry.class))
            .approach(pick(Approach.class))
            .modules(enums(CrmModule.class, 1))
            .startDate(start)
            .budget(money())
            .legacySystem(maybe(this::legacySystem))
            .targetFinish(maybe(() -> dateFrom(start.plusDays(1))));
    if (chance(60)) {
      context.calendar(id()).scope(pick(ProjectScope.class)).externalConsultant(chance(50));
    }
    return context.build();
  }

  ProjectPlan projectPlan() {
    ProjectContext context = projectContext();
    return ProjectPlan.builder()
        .id(id())
        .name(text())
        .method(id())
        .context(context)
        .statusDate(maybe(() -> dateFrom(context.startDate())))
        .phases(list(0, 3, this::phase))
        .lots(list(0, 3, this::lot))
        .deliverables(list(0, 3, this::deliverable))
        .gateDecisions(list(0, 3, this::gateDecision))
        .decisions(list(0, 3, this::projectDecision))
        .startModule(maybe(this::startModuleChoice))
        .readiness(maybe(this::readinessAssessment))
        .departments(list(0, 3, this::department))
        .stakeholders(list(0, 3, this::stakeholder))
        .teams(list(0, 3, this::team))
        .championsTeam(maybe(this::championsTeam))
        .meetings(list(0, 3, this::meeting))
        .kpis(list(0, 3, this::kpi))
        .customerSegments(list(0, 3, this::customerSegment))
        .objectives(list(0, 3, this::crmObjective))
        .fitGap(maybe(this::fitGapAnalysis))
        .build();
  }

  // --- fit-gap ---

  Requirement requirement() {
    return requirement(id());
  }

  Requirement requirement(String id) {
    return Requirement.builder()
        .id(id)
        .statement(text())
        .source(id())
        .module(pick(CrmModule.class))
        .priority(pick(Priority.class))
        .build();
  }

  FitAssessment fitAssessment() {
    return fitAssessment(id(), pick(CURRENCIES), decimal().abs());
  }

  FitAssessment fitAssessment(String requirement, Currency currency, BigDecimal cost) {
    PackageFit fit = pick(PackageFit.class);
    return FitAssessment.builder()
        .requirement(requirement)
        .fit(fit)
        .effortDays(Math.min(nonNegative(), FitAssessment.MAX_EFFORT_DAYS))
        .cost(Money.of(cost, currency))
        .resolutionOptions(fit.isGap() ? list(0, 3, this::text) : List.of())
        .build();
  }

  FitGapAnalysis fitGapAnalysis() {
    return fitGapAnalysis(false);
  }

  /**
   * An analysis of up to 8 requirements, most of them assessed; {@code moderate} keeps amounts to
   * whole numbers of at most 4 decimals below a billion, which the optimiser compares exactly.
   */
  FitGapAnalysis fitGapAnalysis(boolean moderate) {
    Currency currency = pick(CURRENCIES);
    Supplier<BigDecimal> amounts =
        moderate
            ? () -> BigDecimal.valueOf(random.nextLong(1_000_000_000L), between(0, 4))
            : () -> decimal().abs();
    FitGapAnalysis.Builder analysis = FitGapAnalysis.builder();
    for (String id : set(0, 8, this::id)) {
      analysis.addRequirement(requirement(id));
      if (chance(75)) {
        FitAssessment assessment = fitAssessment(id, currency, amounts.get());
        analysis.addAssessment(assessment);
        if (assessment.fit().closable() && chance(50)) {
          analysis.addGapsToClose(id);
        }
      }
    }
    return analysis.budget(Money.of(amounts.get(), currency)).build();
  }

  CoverageWeights coverageWeights() {
    if (chance(30)) {
      return CoverageWeights.builder().build();
    }
    int must = between(1, CoverageWeights.MAXIMUM_WEIGHT);
    int should = between(0, must);
    return CoverageWeights.of(must, should, between(0, should));
  }

  // --- readiness ---

  ReadinessQuestion readinessQuestion() {
    return ReadinessQuestion.builder()
        .id(id())
        .group(pick(ReadinessGroup.class))
        .text(text())
        .blocks(enums(ActivityKind.class, 0))
        .facts(enums(MethodFact.class, 0))
        .build();
  }

  /** An answer to a question whose other attributes agree with a random status. */
  ReadinessAnswer readinessAnswer(String question, LocalDate latest) {
    AnswerStatus status = pick(AnswerStatus.class);
    ReadinessAnswer.Builder answer = ReadinessAnswer.builder().question(question).status(status).owner(id());
    if (status.isAnswered()) {
      answer.answeredOn(latest.minusDays(random.nextInt(500)));
      if (status.isSettled() || chance(60)) {
        answer.evidence(text());
      }
    }
    if (!status.isSettled()) {
      answer.dueOn(maybe(() -> dateFrom(latest.minusDays(300))));
    }
    return answer.build();
  }

  ReadinessAssessment readinessAssessment() {
    LocalDate assessedOn = date();
    ReadinessAssessment.Builder assessment =
        ReadinessAssessment.builder().questionnaire(id()).assessedOn(assessedOn);
    for (String question : set(0, 3, this::id)) {
      assessment.addCustomQuestion(ReadinessQuestion.builder().from(readinessQuestion()).id(question).build());
    }
    for (String question : set(0, 6, this::id)) {
      assessment.addAnswer(readinessAnswer(question, assessedOn));
    }
    return assessment.build();
  }

  ReadinessThresholds readinessThresholds() {
    int a = between(0, 100);
    int b = between(0, 100);
    return ReadinessThresholds.of(Math.min(a, b), Math.max(a, b));
  }

  /** A score whose counts and points agree: the tally of up to 60 random statuses. */
  ReadinessScore readinessScore() {
    int questions = between(1, 60);
    int answered = 0;
    int settled = 0;
    int points = 0;
    for (int i = 0; i < questions; i++) {
      AnswerStatus status = pick(AnswerStatus.class);
      answered += status.isAnswered() ? 1 : 0;
      settled += status.isSettled() ? 1 : 0;
      points += status.points();
    }
    return ReadinessScore.builder()
        .questions(questions)
        .answered(answered)
        .settled(settled)
        .points(points)
        .status(pick(RagStatus.class))
        .build();
  }

  ReadinessBlocker readinessBlocker(String question) {
    return ReadinessBlocker.builder()
        .question(question)
        .group(pick(ReadinessGroup.class))
        .status(pick(List.of(AnswerStatus.UNANSWERED, AnswerStatus.NOT_SETTLED, AnswerStatus.IN_PROGRESS)))
        .blocks(enums(ActivityKind.class, 1))
        .facts(enums(MethodFact.class, 0))
        .owner(maybe(this::id))
        .dueOn(maybe(this::date))
        .build();
  }

  /** A report whose overall score adds up its groups', with readings drawn freely. */
  ReadinessReport readinessReport() {
    Map<ReadinessGroup, ReadinessScore> groups = new java.util.EnumMap<>(ReadinessGroup.class);
    for (ReadinessGroup group : enums(ReadinessGroup.class, 1)) {
      groups.put(group, readinessScore());
    }
    int questions = 0;
    int answered = 0;
    int settled = 0;
    int points = 0;
    for (ReadinessScore score : groups.values()) {
      questions += score.questions();
      answered += score.answered();
      settled += score.settled();
      points += score.points();
    }
    ReadinessReport.Builder report =
        ReadinessReport.builder()
            .questionnaire(id())
            .assessedOn(date())
            .thresholds(readinessThresholds())
            .groups(groups)
            .overall(ReadinessScore.builder().questions(questions).answered(answered).settled(settled).points(points)
                .status(pick(RagStatus.class)).build());
    for (String question : set(0, 4, this::id)) {
      report.addBlocker(readinessBlocker(question));
    }
    return report.build();
  }

  // --- organisation ---

  Department department() {
    boolean customerFacing = chance(50);
    Department.Builder department =
        Department.builder()
            .id(id())
            .name(text())
            .function(pick(BusinessFunction.class))
            .customerDuties(customerFacing ? list(0, 3, this::text) : List.of());
    if (customerFacing || chance(50)) {
      department.customerFacing(customerFacing);
    }
    return department.build();
  }

  Stakeholder stakeholder() {
    Stakeholder.Builder stakeholder =
        Stakeholder.builder()
            .id(id())
            .name(text())
            .department(maybe(this::id))
            .roles(set(0, 3, this::id));
    if (chance(60)) {
      stakeholder.external(chance(50));
    }
    return stakeholder.build();
  }

  Team team() {
    Map<String, Integer> composition = new LinkedHashMap<>();
    for (int i = between(1, 4); i > 0; i--) {
      composition.put(id(), chance(90) ? between(1, 12) : between(1, 100_000_000));
    }
    int size = composition.values().stream().mapToInt(Integer::intValue).sum();
    return Team.builder()
        .id(id())
        .name(text())
        .purpose(pick(TeamPurpose.class))
        .composition(composition)
        .members(set(0, Math.min(size, 4), this::id).stream().limit(size).toList())
        .departments(set(0, 3, this::id))
        .build();
  }

  ChampionsTeam championsTeam() {
    return ChampionsTeam.builder()
        .members(set(1, 5, this::id))
        .departments(set(0, 3, this::id))
        .duties(enums(ChampionDuty.class, 0))
        .disbandsOn(maybe(this::date))
        .build();
  }

  CustomerSegment customerSegment() {
    return CustomerSegment.builder()
        .id(id())
        .name(text())
        .kind(pick(CustomerSegmentKind.class))
        .priority(between(1, Integer.MAX_VALUE))
        .servedBy(set(0, 3, this::id))
        .setup(maybe(() -> pick(CustomerServiceSetup.class)))
        .build();
  }

  CrmObjective crmObjective() {
    return CrmObjective.builder()
        .id(id())
        .statement(text())
        .expectations(enums(CrmExpectation.class, 0))
        .customerPerceivedQuality(text())
        .informationToFeedBack(text())
        .feedbackChannel(text())
        .setOn(date())
        .build();
  }

  // --- start module ---

  StartModuleChoice startModuleChoice() {
    return StartModuleChoice.builder()
        .module(pick(CrmModule.class))
        .criteria(enums(StartModuleCriterion.class, 1))
        .decidedOn(date())
        .rationale(maybe(this::text))
        .build();
  }

  StartModuleProfile startModuleProfile() {
    return StartModuleProfile.builder()
        .module(pick(CrmModule.class))
        .strengths(enums(StartModuleCriterion.class, 0))
        .riskFactors(enums(StartModuleRisk.class, 0))
        .summary(text())
        .facts(enums(MethodFact.class, 0))
        .build();
  }

  /**
   * Returns how to draw a value of each type, keyed by the model's abstract class: one entry per
   * value type of the plan, organisation and start-module packages.
   *
   * @return the drawing functions, from a model to a new value
   */
  static Map<Class<?>, Function<RandomModel, Object>> byType() {
    Map<Class<?>, Function<RandomModel, Object>> types = new LinkedHashMap<>();
    types.put(ProjectPlan.class, RandomModel::projectPlan);
    types.put(ProjectContext.class, RandomModel::projectContext);
    types.put(Money.class, RandomModel::money);
    types.put(LegacySystem.class, RandomModel::legacySystem);
    types.put(Phase.class, RandomModel::phase);
    types.put(Activity.class, RandomModel::activity);
    types.put(Dependency.class, RandomModel::dependency);
    types.put(ThreePointEstimate.class, RandomModel::estimate);
    types.put(Lot.class, RandomModel::lot);
    types.put(PreAcceptance.class, RandomModel::preAcceptance);
    types.put(Training.class, RandomModel::training);
    types.put(CutOver.class, RandomModel::cutOver);
    types.put(Hypercare.class, RandomModel::hypercare);
    types.put(FinalAcceptance.class, RandomModel::finalAcceptance);
    types.put(Deliverable.class, RandomModel::deliverable);
    types.put(Approval.class, RandomModel::approval);
    types.put(GateDecision.class, RandomModel::gateDecision);
    types.put(ProjectDecision.class, RandomModel::projectDecision);
    types.put(Reopening.class, RandomModel::reopening);
    types.put(Meeting.class, RandomModel::meeting);
    types.put(MeetingMinutes.class, RandomModel::meetingMinutes);
    types.put(Kpi.class, RandomModel::kpi);
    types.put(Department.class, RandomModel::department);
    types.put(Stakeholder.class, RandomModel::stakeholder);
    types.put(Team.class, RandomModel::team);
    types.put(ChampionsTeam.class, RandomModel::championsTeam);
    types.put(CustomerSegment.class, RandomModel::customerSegment);
    types.put(CrmObjective.class, RandomModel::crmObjective);
    types.put(StartModuleChoice.class, RandomModel::startModuleChoice);
    types.put(StartModuleProfile.class, RandomModel::startModuleProfile);
    types.put(FitGapAnalysis.class, RandomModel::fitGapAnalysis);
    types.put(Requirement.class, RandomModel::requirement);
    types.put(FitAssessment.class, RandomModel::fitAssessment);
    types.put(CoverageWeights.class, RandomModel::coverageWeights);
    return types;
  }
}
