package org.crmmethod.core.plan;

import static org.crmmethod.core.CoreGenerators.amounts;
import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.datesFrom;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.listsOf;
import static org.crmmethod.core.CoreGenerators.oneOf;
import static org.crmmethod.core.CoreGenerators.optionals;
import static org.crmmethod.core.CoreGenerators.setsOf;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapGenerators;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.OrganisationGenerators;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessGenerators;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid values of the plan side of the model, and of the parts they are
 * built from. Each value is valid on its own; the ids one value uses to refer to another (a
 * dependency's predecessor, a deliverable's phase) are random, as a plan's own invariants do not
 * ask them to resolve.
 */
public final class PlanGenerators {

  /** Currencies sorted by code, so that a seed picks the same one on every JVM. */
  private static final List<Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .sorted(Comparator.comparing(Currency::getCurrencyCode))
          .toList();

  private PlanGenerators() {}

  // --- ThreePointEstimate ---

  /** The parts of a {@link ThreePointEstimate}. */
  public record ThreePointEstimateParts(double optimistic, double mostLikely, double pessimistic)
      implements Parts<ThreePointEstimate> {
    @Override
    public ThreePointEstimate build() {
      return ThreePointEstimate.of(optimistic, mostLikely, pessimistic);
    }
  }

  /**
   * Parts of estimates, some of them milestones and some exact.
   *
   * @return the generator
   */
  public static Gen<ThreePointEstimateParts> threePointEstimateParts() {
    Gen<Double> days = SourceDSL.doubles().between(0, 500);
    Gen<Double> spreads =
        Generate.oneOf(Generate.constant(0.0), SourceDSL.doubles().between(0, 100));
    return days.zip(
        spreads,
        spreads,
        (optimistic, toMostLikely, toPessimistic) ->
            new ThreePointEstimateParts(
                optimistic, optimistic + toMostLikely, optimistic + toMostLikely + toPessimistic));
  }

  /**
   * Estimates.
   *
   * @return the generator
   */
  public static Gen<ThreePointEstimate> threePointEstimates() {
    return threePointEstimateParts().map(ThreePointEstimateParts::build);
  }

  // --- Dependency ---

  /** The parts of a {@link Dependency}. */
  public record DependencyParts(String predecessor, DependencyType type, double lagDays)
      implements Parts<Dependency> {
    @Override
    public Dependency build() {
      return Dependency.of(predecessor, type, lagDays);
    }
  }

  /**
   * Parts of dependencies, with lags from 20 working days of overlap to 20 of delay.
   *
   * @return the generator
   */
  public static Gen<DependencyParts> dependencyParts() {
    return ids()
        .zip(
            Generate.enumValues(DependencyType.class),
            SourceDSL.doubles().between(-20, 20),
            DependencyParts::new);
  }

  /**
   * Dependencies.
   *
   * @return the generator
   */
  public static Gen<Dependency> dependencies() {
    return dependencyParts().map(DependencyParts::build);
  }

  // --- Approval ---

  /** The parts of an {@link Approval}. */
  public record ApprovalParts(String stakeholder, String role, LocalDate date)
      implements Parts<Approval> {
    @Override
    public Approval build() {
      return Approval.of(stakeholder, role, date);
    }
  }

  /**
   * Parts of approvals.
   *
   * @return the generator
   */
  public static Gen<ApprovalParts> approvalParts() {
    return ids().zip(ids(), dates(), ApprovalParts::new);
  }

  /**
   * Approvals.
   *
   * @return the generator
   */
  public static Gen<Approval> approvals() {
    return approvalParts().map(ApprovalParts::build);
  }

  // --- Activity ---

  /** The parts of an {@link Activity}. */
  public record ActivityParts(
      String id,
      String name,
      ActivityKind kind,
      ThreePointEstimate estimate,
      List<Dependency> dependencies,
      Set<String> roles,
      Set<String> participants,
      int teamSize,
      Optional<LocalDate> startNoEarlierThan)
      implements Parts<Activity> {
    @Override
    public Activity build() {
      return Activity.builder()
          .id(id)
          .name(name)
          .kind(kind)
          .estimate(estimate)
          .dependencies(dependencies)
          .roles(roles)
          .participants(participants)
          .teamSize(teamSize)
          .startNoEarlierThan(startNoEarlierThan)
          .build();
    }
  }

  /**
   * Parts of activities of a kind: up to 3 dependencies (none on the activity itself), roles,
   * participants, a team of 1 to 30 and sometimes a start-no-earlier-than date.
   *
   * @param kinds the kinds to draw from
   * @return the generator
   */
  public static Gen<ActivityParts> activityParts(Gen<ActivityKind> kinds) {
    return in -> {
      String id = ids().generate(in);
      List<Dependency> dependencies = listsOf(dependencies(), 0, 3).generate(in);
      dependencies.removeIf(dependency -> dependency.predecessor().equals(id));
      return new ActivityParts(
          id,
          texts().generate(in),
          kinds.generate(in),
          threePointEstimates().generate(in),
          dependencies,
          setsOf(ids(), 0, 3).generate(in),
          setsOf(ids(), 0, 3).generate(in),
          Generate.range(1, 30).generate(in),
          optionals(dates()).generate(in));
    };
  }

  /**
   * Parts of activities of any kind.
   *
   * @return the generator
   */
  public static Gen<ActivityParts> activityParts() {
    return activityParts(Generate.enumValues(ActivityKind.class));
  }

  /**
   * Activities of any kind.
   *
   * @return the generator
   */
  public static Gen<Activity> activities() {
    return activityParts().map(ActivityParts::build);
  }

  /**
   * Activities of one kind.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<Activity> activities(ActivityKind kind) {
    return activityParts(Generate.constant(kind)).map(ActivityParts::build);
  }

  // --- Deliverable ---

  /** The parts of a {@link Deliverable}. */
  public record DeliverableParts(
      String id,
      String type,
      String name,
      String phase,
      Optional<String> producedBy,
      DeliverableStatus status,
      List<Approval> approvals,
      Set<String> sections)
      implements Parts<Deliverable> {
    @Override
    public Deliverable build() {
      return Deliverable.builder()
          .id(id)
          .type(type)
          .name(name)
          .phase(phase)
          .producedBy(producedBy)
          .status(status)
          .approvals(approvals)
          .sections(sections)
          .build();
    }
  }

  /**
   * Parts of deliverables, approved ones with at least one approval.
   *
   * @return the generator
   */
  public static Gen<DeliverableParts> deliverableParts() {
    return in -> {
      DeliverableStatus status = Generate.enumValues(DeliverableStatus.class).generate(in);
      int fewestApprovals = status == DeliverableStatus.APPROVED ? 1 : 0;
      return new DeliverableParts(
          ids().generate(in),
          ids().generate(in),
          texts().generate(in),
          ids().generate(in),
          optionals(ids()).generate(in),
          status,
          listsOf(approvals(), fewestApprovals, 3).generate(in),
          setsOf(ids(), 0, 4).generate(in));
    };
  }

  /**
   * Deliverables.
   *
   * @return the generator
   */
  public static Gen<Deliverable> deliverables() {
    return deliverableParts().map(DeliverableParts::build);
  }

  // --- GateDecision ---

  /** The parts of a {@link GateDecision}. */
  public record GateDecisionParts(
      String gate,
      Optional<String> lot,
      GateOutcome outcome,
      String decidedBy,
      LocalDate decidedOn,
      String rationale,
      List<String> conditions)
      implements Parts<GateDecision> {
    @Override
    public GateDecision build() {
      return GateDecision.builder()
          .gate(gate)
          .lot(lot)
          .outcome(outcome)
          .decidedBy(decidedBy)
          .decidedOn(decidedOn)
          .rationale(rationale)
          .conditions(conditions)
          .build();
    }
  }

  /**
   * Parts of gate decisions: conditions for a go with conditions, none otherwise.
   *
   * @return the generator
   */
  public static Gen<GateDecisionParts> gateDecisionParts() {
    return in -> {
      GateOutcome outcome = Generate.enumValues(GateOutcome.class).generate(in);
      List<String> conditions =
          outcome == GateOutcome.GO_WITH_CONDITIONS
              ? listsOf(texts(), 1, 3).generate(in)
              : new ArrayList<>();
      return new GateDecisionParts(
          ids().generate(in),
          optionals(ids()).generate(in),
          outcome,
          ids().generate(in),
          dates().generate(in),
          texts().generate(in),
          conditions);
    };
  }

  /**
   * Gate decisions.
   *
   * @return the generator
   */
  public static Gen<GateDecision> gateDecisions() {
    return gateDecisionParts().map(GateDecisionParts::build);
  }

  // --- Lot steps ---

  /** The parts of a {@link PreAcceptance}. */
  public record PreAcceptanceParts(Activity activity, Set<String> keyUsers)
      implements Parts<PreAcceptance> {
    @Override
    public PreAcceptance build() {
      return PreAcceptance.builder().activity(activity).keyUsers(keyUsers).build();
    }
  }

  /**
   * Parts of pre-acceptance steps.
   *
   * @return the generator
   */
  public static Gen<PreAcceptanceParts> preAcceptanceParts() {
    return activities(ActivityKind.PRE_ACCEPTANCE)
        .zip(setsOf(ids(), 0, 4), PreAcceptanceParts::new);
  }

  /**
   * PreAcceptances.
   *
   * @return the generator
   */
  public static Gen<PreAcceptance> preAcceptances() {
    return preAcceptanceParts().map(PreAcceptanceParts::build);
  }

  /** The parts of a {@link Training}. */
  public record TrainingParts(Activity activity, boolean onRealData, boolean printedUserGuide)
      implements Parts<Training> {
    @Override
    public Training build() {
      return Training.builder()
          .activity(activity)
          .onRealData(onRealData)
          .printedUserGuide(printedUserGuide)
          .build();
    }
  }

  /**
   * Parts of training steps.
   *
   * @return the generator
   */
  public static Gen<TrainingParts> trainingParts() {
    return activities(ActivityKind.TRAINING)
        .zip(Generate.booleans(), Generate.booleans(), TrainingParts::new);
  }

  /**
   * Trainings.
   *
   * @return the generator
   */
  public static Gen<Training> trainings() {
    return trainingParts().map(TrainingParts::build);
  }

  /** The parts of a {@link CutOver}. */
  public record CutOverParts(
      Activity activity, List<String> extractedData, boolean automatedImport, boolean importReport)
      implements Parts<CutOver> {
    @Override
    public CutOver build() {
      return CutOver.builder()
          .activity(activity)
          .extractedData(extractedData)
          .automatedImport(automatedImport)
          .importReport(importReport)
          .build();
    }
  }

  /**
   * Parts of cut-over steps.
   *
   * @return the generator
   */
  public static Gen<CutOverParts> cutOverParts() {
    return activities(ActivityKind.CUT_OVER)
        .zip(listsOf(texts(), 0, 3), Generate.booleans(), Generate.booleans(), CutOverParts::new);
  }

  /**
   * CutOvers.
   *
   * @return the generator
   */
  public static Gen<CutOver> cutOvers() {
    return cutOverParts().map(CutOverParts::build);
  }

  /** The parts of a {@link Hypercare}. */
  public record HypercareParts(Activity activity, Optional<Integer> responseTimeHours)
      implements Parts<Hypercare> {
    @Override
    public Hypercare build() {
      return Hypercare.builder().activity(activity).responseTimeHours(responseTimeHours).build();
    }
  }

  /**
   * Parts of hypercare steps, answering within 1 to 72 hours when a target is set.
   *
   * @return the generator
   */
  public static Gen<HypercareParts> hypercareParts() {
    return activities(ActivityKind.HYPERCARE)
        .zip(optionals(Generate.range(1, 72)), HypercareParts::new);
  }

  /**
   * Hypercares.
   *
   * @return the generator
   */
  public static Gen<Hypercare> hypercares() {
    return hypercareParts().map(HypercareParts::build);
  }

  /** The parts of a {@link FinalAcceptance}. */
  public record FinalAcceptanceParts(Activity activity, Optional<Approval> signature)
      implements Parts<FinalAcceptance> {
    @Override
    public FinalAcceptance build() {
      return FinalAcceptance.builder().activity(activity).signature(signature).build();
    }
  }

  /**
   * Parts of final-acceptance steps, signed or not.
   *
   * @return the generator
   */
  public static Gen<FinalAcceptanceParts> finalAcceptanceParts() {
    return activities(ActivityKind.FINAL_ACCEPTANCE)
        .zip(optionals(approvals()), FinalAcceptanceParts::new);
  }

  /**
   * FinalAcceptances.
   *
   * @return the generator
   */
  public static Gen<FinalAcceptance> finalAcceptances() {
    return finalAcceptanceParts().map(FinalAcceptanceParts::build);
  }

  // --- Lot ---

  /** The parts of a {@link Lot}. */
  public record LotParts(
      String id,
      String name,
      String phase,
      Set<CrmModule> modules,
      boolean configuredOnly,
      List<Activity> workstreams,
      Optional<PreAcceptance> preAcceptance,
      Optional<Training> training,
      Optional<CutOver> cutOver,
      Optional<Hypercare> hypercare,
      Optional<FinalAcceptance> finalAcceptance)
      implements Parts<Lot> {
    @Override
    public Lot build() {
      return Lot.builder()
          .id(id)
          .name(name)
          .phase(phase)
          .modules(modules)
          .configuredOnly(configuredOnly)
          .workstreams(workstreams)
          .preAcceptance(preAcceptance)
          .training(training)
          .cutOver(cutOver)
          .hypercare(hypercare)
          .finalAcceptance(finalAcceptance)
          .build();
    }
  }

  /**
   * Parts of lots: up to 3 workstream activities and any of the five steps.
   *
   * @return the generator
   */
  public static Gen<LotParts> lotParts() {
    Gen<ActivityKind> workstreamKinds =
        Generate.pick(
            List.of(
                ActivityKind.CONFIGURATION,
                ActivityKind.SPECIFIC_DEVELOPMENT,
                ActivityKind.TESTS,
                ActivityKind.DATA_MIGRATION,
                ActivityKind.USER_PRESENTATIONS,
                ActivityKind.CHANGE_MANAGEMENT));
    return in ->
        new LotParts(
            ids().generate(in),
            texts().generate(in),
            ids().generate(in),
            subsetsOf(CrmModule.class).generate(in),
            Generate.booleans().generate(in),
            listsOf(activityParts(workstreamKinds).map(ActivityParts::build), 0, 3).generate(in),
            optionals(preAcceptances()).generate(in),
            optionals(trainings()).generate(in),
            optionals(cutOvers()).generate(in),
            optionals(hypercares()).generate(in),
            optionals(finalAcceptances()).generate(in));
  }

  /**
   * Lots.
   *
   * @return the generator
   */
  public static Gen<Lot> lots() {
    return lotParts().map(LotParts::build);
  }

  // --- Phase ---

  /** The parts of a {@link Phase}. */
  public record PhaseParts(
      String id,
      String name,
      Optional<String> template,
      List<Activity> activities,
      Optional<LocalDate> plannedStart,
      Optional<LocalDate> plannedFinish)
      implements Parts<Phase> {
    @Override
    public Phase build() {
      return Phase.builder()
          .id(id)
          .name(name)
          .template(template)
          .activities(activities)
          .plannedStart(plannedStart)
          .plannedFinish(plannedFinish)
          .build();
    }
  }

  /**
   * Parts of phases with up to 3 activities, finishing no earlier than they start when both dates
   * are planned.
   *
   * @return the generator
   */
  public static Gen<PhaseParts> phaseParts() {
    return in -> {
      Optional<LocalDate> start = optionals(dates()).generate(in);
      Optional<LocalDate> finish =
          optionals(start.isPresent() ? datesFrom(start.get()) : dates()).generate(in);
      return new PhaseParts(
          ids().generate(in),
          texts().generate(in),
          optionals(ids()).generate(in),
          listsOf(activities(), 0, 3).generate(in),
          start,
          finish);
    };
  }

  /**
   * Phases.
   *
   * @return the generator
   */
  public static Gen<Phase> phases() {
    return phaseParts().map(PhaseParts::build);
  }

  // --- Money ---

  /** The parts of a {@link Money} amount. */
  public record MoneyParts(BigDecimal amount, Currency currency) implements Parts<Money> {
    @Override
    public Money build() {
      return Money.of(amount, currency);
    }
  }

  /**
   * Parts of amounts: not negative, with up to 4 decimals, in any currency the JDK knows.
   *
   * @return the generator
   */
  public static Gen<MoneyParts> moneyParts() {
    return amounts().zip(oneOf(CURRENCIES), MoneyParts::new);
  }

  /**
   * Amounts of money.
   *
   * @return the generator
   */
  public static Gen<Money> money() {
    return moneyParts().map(MoneyParts::build);
  }

  // --- LegacySystem ---

  /** The parts of a {@link LegacySystem}. */
  public record LegacySystemParts(
      String name, boolean obsolete, boolean pastFailures, boolean settledHabits)
      implements Parts<LegacySystem> {
    @Override
    public LegacySystem build() {
      return LegacySystem.builder()
          .name(name)
          .obsolete(obsolete)
          .pastFailures(pastFailures)
          .settledHabits(settledHabits)
          .build();
    }
  }

  /**
   * Parts of legacy systems.
   *
   * @return the generator
   */
  public static Gen<LegacySystemParts> legacySystemParts() {
    return texts()
        .zip(Generate.booleans(), Generate.booleans(), Generate.booleans(), LegacySystemParts::new);
  }

  /**
   * Legacy systems.
   *
   * @return the generator
   */
  public static Gen<LegacySystem> legacySystems() {
    return legacySystemParts().map(LegacySystemParts::build);
  }

  // --- ProjectContext ---

  /** The parts of a {@link ProjectContext}. */
  public record ProjectContextParts(
      String company,
      Industry industry,
      Approach approach,
      Set<CrmModule> modules,
      LocalDate startDate,
      String calendar,
      Money budget,
      Optional<LegacySystem> legacySystem,
      ProjectScope scope,
      boolean externalConsultant,
      Optional<LocalDate> targetFinish)
      implements Parts<ProjectContext> {
    @Override
    public ProjectContext build() {
      return ProjectContext.builder()
          .company(company)
          .industry(industry)
          .approach(approach)
          .modules(modules)
          .startDate(startDate)
          .calendar(calendar)
          .budget(budget)
          .legacySystem(legacySystem)
          .scope(scope)
          .externalConsultant(externalConsultant)
          .targetFinish(targetFinish)
          .build();
    }
  }

  /**
   * Parts of project contexts with at least one module and, when set, a target finish after the
   * start.
   *
   * @return the generator
   */
  public static Gen<ProjectContextParts> projectContextParts() {
    return in -> {
      LocalDate start = dates().generate(in);
      return new ProjectContextParts(
          texts().generate(in),
          Generate.enumValues(Industry.class).generate(in),
          Generate.enumValues(Approach.class).generate(in),
          subsetsOf(CrmModule.class, 1).generate(in),
          start,
          ids().generate(in),
          money().generate(in),
          optionals(legacySystems()).generate(in),
          Generate.enumValues(ProjectScope.class).generate(in),
          Generate.booleans().generate(in),
          optionals(datesFrom(start.plusDays(1))).generate(in));
    };
  }

  /**
   * Project contexts.
   *
   * @return the generator
   */
  public static Gen<ProjectContext> projectContexts() {
    return projectContextParts().map(ProjectContextParts::build);
  }

  // --- MeetingMinutes and Meeting ---

  /** The parts of {@link MeetingMinutes}. */
  public record MeetingMinutesParts(
      String author, LocalDate issuedOn, List<String> points, Set<String> decisions)
      implements Parts<MeetingMinutes> {
    @Override
    public MeetingMinutes build() {
      return MeetingMinutes.builder()
          .author(author)
          .issuedOn(issuedOn)
          .points(points)
          .decisions(decisions)
          .build();
    }
  }

  /**
   * Parts of minutes issued on one of the given days, with at least one point.
   *
   * @param issuedOn the generator of issue days
   * @return the generator
   */
  public static Gen<MeetingMinutesParts> meetingMinutesParts(Gen<LocalDate> issuedOn) {
    return ids()
        .zip(issuedOn, listsOf(texts(), 1, 4), setsOf(ids(), 0, 3), MeetingMinutesParts::new);
  }

  /**
   * Parts of minutes.
   *
   * @return the generator
   */
  public static Gen<MeetingMinutesParts> meetingMinutesParts() {
    return meetingMinutesParts(dates());
  }

  /**
   * Minutes.
   *
   * @return the generator
   */
  public static Gen<MeetingMinutes> meetingMinutes() {
    return meetingMinutesParts().map(MeetingMinutesParts::build);
  }

  /** The parts of a {@link Meeting}. */
  public record MeetingParts(
      String id,
      MeetingKind kind,
      LocalDate date,
      Set<String> attendees,
      Optional<MeetingMinutes> minutes)
      implements Parts<Meeting> {
    @Override
    public Meeting build() {
      return Meeting.builder()
          .id(id)
          .kind(kind)
          .date(date)
          .attendees(attendees)
          .minutes(minutes)
          .build();
    }
  }

  /**
   * Parts of meetings, with minutes issued no earlier than the meeting when there are minutes.
   *
   * @return the generator
   */
  public static Gen<MeetingParts> meetingParts() {
    return in -> {
      LocalDate date = dates().generate(in);
      return new MeetingParts(
          ids().generate(in),
          Generate.enumValues(MeetingKind.class).generate(in),
          date,
          setsOf(ids(), 0, 5).generate(in),
          optionals(meetingMinutesParts(datesFrom(date)).map(MeetingMinutesParts::build))
              .generate(in));
    };
  }

  /**
   * Meetings.
   *
   * @return the generator
   */
  public static Gen<Meeting> meetings() {
    return meetingParts().map(MeetingParts::build);
  }

  // --- Kpi ---

  /** The parts of a {@link Kpi}. */
  public record KpiParts(
      String id,
      String name,
      String definition,
      String unit,
      Optional<BigDecimal> target,
      String phase,
      Optional<String> owner)
      implements Parts<Kpi> {
    @Override
    public Kpi build() {
      return Kpi.builder()
          .id(id)
          .name(name)
          .definition(definition)
          .unit(unit)
          .target(target)
          .phase(phase)
          .owner(owner)
          .build();
    }
  }

  /**
   * Parts of indicators.
   *
   * @return the generator
   */
  public static Gen<KpiParts> kpiParts() {
    return in ->
        new KpiParts(
            ids().generate(in),
            texts().generate(in),
            texts().generate(in),
            texts().generate(in),
            optionals(amounts()).generate(in),
            ids().generate(in),
            optionals(ids()).generate(in));
  }

  /**
   * Indicators.
   *
   * @return the generator
   */
  public static Gen<Kpi> kpis() {
    return kpiParts().map(KpiParts::build);
  }

  // --- Reopening and ProjectDecision ---

  /** The parts of a {@link Reopening}. */
  public record ReopeningParts(
      String phase, LocalDate date, String reason, Optional<LocalDate> generalManagementInformedOn)
      implements Parts<Reopening> {
    @Override
    public Reopening build() {
      return Reopening.builder()
          .phase(phase)
          .date(date)
          .reason(reason)
          .generalManagementInformedOn(generalManagementInformedOn)
          .build();
    }
  }

  /**
   * Parts of reopenings on one of the given days, general management informed no earlier.
   *
   * @param dates the generator of reopening days
   * @return the generator
   */
  public static Gen<ReopeningParts> reopeningParts(Gen<LocalDate> dates) {
    return in -> {
      LocalDate date = dates.generate(in);
      return new ReopeningParts(
          ids().generate(in), date, texts().generate(in), optionals(datesFrom(date)).generate(in));
    };
  }

  /**
   * Parts of reopenings.
   *
   * @return the generator
   */
  public static Gen<ReopeningParts> reopeningParts() {
    return reopeningParts(dates());
  }

  /**
   * Reopenings.
   *
   * @return the generator
   */
  public static Gen<Reopening> reopenings() {
    return reopeningParts().map(ReopeningParts::build);
  }

  /** The parts of a {@link ProjectDecision}. */
  public record ProjectDecisionParts(
      String id,
      DecisionKind kind,
      String statement,
      String phase,
      LocalDate decidedOn,
      Set<String> decidedBy,
      List<Reopening> reopenings)
      implements Parts<ProjectDecision> {
    @Override
    public ProjectDecision build() {
      return ProjectDecision.builder()
          .id(id)
          .kind(kind)
          .statement(statement)
          .phase(phase)
          .decidedOn(decidedOn)
          .decidedBy(decidedBy)
          .reopenings(reopenings)
          .build();
    }
  }

  /**
   * Parts of decisions, reopened only on or after the day they were taken.
   *
   * @return the generator
   */
  public static Gen<ProjectDecisionParts> projectDecisionParts() {
    return in -> {
      LocalDate decidedOn = dates().generate(in);
      return new ProjectDecisionParts(
          ids().generate(in),
          Generate.enumValues(DecisionKind.class).generate(in),
          texts().generate(in),
          ids().generate(in),
          decidedOn,
          setsOf(ids(), 0, 3).generate(in),
          listsOf(reopeningParts(datesFrom(decidedOn)).map(ReopeningParts::build), 0, 2)
              .generate(in));
    };
  }

  /**
   * Decisions.
   *
   * @return the generator
   */
  public static Gen<ProjectDecision> projectDecisions() {
    return projectDecisionParts().map(ProjectDecisionParts::build);
  }

  // --- ProjectPlan ---

  /** The parts of a {@link ProjectPlan}. */
  public record ProjectPlanParts(
      String id,
      String name,
      String method,
      ProjectContext context,
      Optional<LocalDate> statusDate,
      List<Phase> phases,
      List<Lot> lots,
      List<Deliverable> deliverables,
      List<GateDecision> gateDecisions,
      List<ProjectDecision> decisions,
      Optional<StartModuleChoice> startModule,
      Optional<ReadinessAssessment> readiness,
      List<Department> departments,
      List<Stakeholder> stakeholders,
      List<Team> teams,
      Optional<ChampionsTeam> championsTeam,
      List<Meeting> meetings,
      List<Kpi> kpis,
      List<CustomerSegment> customerSegments,
      List<CrmObjective> objectives,
      Optional<FitGapAnalysis> fitGap)
      implements Parts<ProjectPlan> {
    @Override
    public ProjectPlan build() {
      return ProjectPlan.builder()
          .id(id)
          .name(name)
          .method(method)
          .context(context)
          .statusDate(statusDate)
          .phases(phases)
          .lots(lots)
          .deliverables(deliverables)
          .gateDecisions(gateDecisions)
          .decisions(decisions)
          .startModule(startModule)
          .readiness(readiness)
          .departments(departments)
          .stakeholders(stakeholders)
          .teams(teams)
          .championsTeam(championsTeam)
          .meetings(meetings)
          .kpis(kpis)
          .customerSegments(customerSegments)
          .objectives(objectives)
          .fitGap(fitGap)
          .build();
    }
  }

  /**
   * Parts of small plans: up to 2 phases, deliverables and stakeholders, up to 1 of each other
   * part, and a status date, when set, no earlier than the start.
   *
   * @return the generator
   */
  public static Gen<ProjectPlanParts> projectPlanParts() {
    return in -> {
      ProjectContext context = projectContexts().generate(in);
      return new ProjectPlanParts(
          ids().generate(in),
          texts().generate(in),
          ids().generate(in),
          context,
          optionals(datesFrom(context.startDate())).generate(in),
          listsOf(phases(), 0, 2).generate(in),
          listsOf(lots(), 0, 1).generate(in),
          listsOf(deliverables(), 0, 2).generate(in),
          listsOf(gateDecisions(), 0, 1).generate(in),
          listsOf(projectDecisions(), 0, 1).generate(in),
          optionals(StartModuleGenerators.startModuleChoices()).generate(in),
          optionals(ReadinessGenerators.readinessAssessments()).generate(in),
          listsOf(OrganisationGenerators.departments(), 0, 1).generate(in),
          listsOf(OrganisationGenerators.stakeholders(), 0, 2).generate(in),
          listsOf(OrganisationGenerators.teams(), 0, 1).generate(in),
          optionals(OrganisationGenerators.championsTeams()).generate(in),
          listsOf(meetings(), 0, 1).generate(in),
          listsOf(kpis(), 0, 1).generate(in),
          listsOf(OrganisationGenerators.customerSegments(), 0, 1).generate(in),
          listsOf(OrganisationGenerators.crmObjectives(), 0, 1).generate(in),
          optionals(FitGapGenerators.fitGapAnalyses()).generate(in));
    };
  }

  /**
   * Small plans.
   *
   * @return the generator
   */
  public static Gen<ProjectPlan> projectPlans() {
    return projectPlanParts().map(ProjectPlanParts::build);
  }
}
