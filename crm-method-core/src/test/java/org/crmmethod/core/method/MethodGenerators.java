package org.crmmethod.core.method;

import static org.crmmethod.core.CoreGenerators.distinctIds;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.listsOf;
import static org.crmmethod.core.CoreGenerators.maybeOneOf;
import static org.crmmethod.core.CoreGenerators.oneOf;
import static org.crmmethod.core.CoreGenerators.optionals;
import static org.crmmethod.core.CoreGenerators.someOf;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.organisation.TeamPurpose;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid values of the method side of the model, and of the parts they
 * are built from. A generated {@link Method} is consistent: its ids are unique and every reference
 * resolves.
 */
public final class MethodGenerators {

  /** The activity kinds that carry a lot step. */
  public static final List<ActivityKind> LOT_STEP_KINDS =
      EnumSet.allOf(ActivityKind.class).stream().filter(ActivityKind::isLotStep).toList();

  private MethodGenerators() {}

  // --- Role ---

  /** The parts of a {@link Role}. */
  public record RoleParts(String id, String name, String description) implements Parts<Role> {
    @Override
    public Role build() {
      return Role.builder().id(id).name(name).description(description).build();
    }
  }

  /**
   * Parts of roles with the given id.
   *
   * @param id the role id
   * @return the generator
   */
  public static Gen<RoleParts> roleParts(String id) {
    return texts().zip(texts(), (name, description) -> new RoleParts(id, name, description));
  }

  /**
   * Parts of roles.
   *
   * @return the generator
   */
  public static Gen<RoleParts> roleParts() {
    return ids().flatMap(MethodGenerators::roleParts);
  }

  /**
   * Roles.
   *
   * @return the generator
   */
  public static Gen<Role> roles() {
    return roleParts().map(RoleParts::build);
  }

  // --- DurationRange ---

  /** The parts of a {@link DurationRange}. */
  public record DurationRangeParts(double minimum, double maximum, DurationUnit unit)
      implements Parts<DurationRange> {
    @Override
    public DurationRange build() {
      return DurationRange.of(minimum, maximum, unit);
    }
  }

  /**
   * Parts of duration ranges, some of them a single value.
   *
   * @return the generator
   */
  public static Gen<DurationRangeParts> durationRangeParts() {
    Gen<Double> bounds = SourceDSL.doubles().between(0, 1_000);
    Gen<Double> widths =
        Generate.oneOf(Generate.constant(0.0), SourceDSL.doubles().between(0, 100));
    Gen<DurationUnit> units = Generate.enumValues(DurationUnit.class);
    return bounds.zip(
        widths,
        units,
        (minimum, width, unit) -> new DurationRangeParts(minimum, minimum + width, unit));
  }

  /**
   * Duration ranges.
   *
   * @return the generator
   */
  public static Gen<DurationRange> durationRanges() {
    return durationRangeParts().map(DurationRangeParts::build);
  }

  // --- TeamNorm ---

  /** The parts of a {@link TeamNorm}. */
  public record TeamNormParts(
      TeamPurpose purpose,
      int minimumSize,
      int maximumSize,
      Set<String> requiredRoles,
      Set<MethodFact> facts)
      implements Parts<TeamNorm> {
    @Override
    public TeamNorm build() {
      return TeamNorm.builder()
          .purpose(purpose)
          .minimumSize(minimumSize)
          .maximumSize(maximumSize)
          .requiredRoles(requiredRoles)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of team norms for a purpose, requiring some of the given roles.
   *
   * @param purpose the purpose
   * @param roles the role ids the norm may require
   * @return the generator
   */
  public static Gen<TeamNormParts> teamNormParts(TeamPurpose purpose, List<String> roles) {
    Gen<Integer> minimums = Generate.range(1, 20);
    Gen<Integer> widths = Generate.range(0, 20);
    Gen<Set<String>> required = someOf(roles, 3);
    Gen<Set<MethodFact>> facts = subsetsOf(MethodFact.class);
    return in -> {
      int minimum = minimums.generate(in);
      return new TeamNormParts(
          purpose,
          minimum,
          minimum + widths.generate(in),
          required.generate(in),
          facts.generate(in));
    };
  }

  /**
   * Parts of team norms.
   *
   * @return the generator
   */
  public static Gen<TeamNormParts> teamNormParts() {
    return in ->
        teamNormParts(
                Generate.enumValues(TeamPurpose.class).generate(in),
                listsOf(ids(), 0, 4).generate(in))
            .generate(in);
  }

  /**
   * Team norms.
   *
   * @return the generator
   */
  public static Gen<TeamNorm> teamNorms() {
    return teamNormParts().map(TeamNormParts::build);
  }

  // --- QualityGate ---

  /** The parts of a {@link QualityGate}. */
  public record QualityGateParts(
      String id,
      String name,
      String description,
      Set<String> requiredDeliverables,
      String approvingRole,
      boolean perLot,
      Set<MethodFact> facts)
      implements Parts<QualityGate> {
    @Override
    public QualityGate build() {
      return QualityGate.builder()
          .id(id)
          .name(name)
          .description(description)
          .requiredDeliverables(requiredDeliverables)
          .approvingRole(approvingRole)
          .perLot(perLot)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of gates that refer to the given roles and deliverable types.
   *
   * @param id the gate id
   * @param roles the role ids, at least one
   * @param deliverables the deliverable type ids
   * @return the generator
   */
  public static Gen<QualityGateParts> qualityGateParts(
      String id, List<String> roles, List<String> deliverables) {
    return in ->
        new QualityGateParts(
            id,
            texts().generate(in),
            texts().generate(in),
            someOf(deliverables, 3).generate(in),
            oneOf(roles).generate(in),
            Generate.booleans().generate(in),
            subsetsOf(MethodFact.class).generate(in));
  }

  /**
   * Parts of gates.
   *
   * @return the generator
   */
  public static Gen<QualityGateParts> qualityGateParts() {
    return in ->
        qualityGateParts(
                ids().generate(in),
                listsOf(ids(), 1, 3).generate(in),
                listsOf(ids(), 0, 4).generate(in))
            .generate(in);
  }

  /**
   * Quality gates.
   *
   * @return the generator
   */
  public static Gen<QualityGate> qualityGates() {
    return qualityGateParts().map(QualityGateParts::build);
  }

  // --- DeliverableType ---

  /** The parts of a {@link DeliverableType}. */
  public record DeliverableTypeParts(
      String id,
      String name,
      String description,
      String producedBy,
      Set<String> approvedBy,
      List<String> requiredSections,
      Set<String> prerequisites,
      Set<MethodFact> facts)
      implements Parts<DeliverableType> {
    @Override
    public DeliverableType build() {
      return DeliverableType.builder()
          .id(id)
          .name(name)
          .description(description)
          .producedBy(producedBy)
          .approvedBy(approvedBy)
          .requiredSections(requiredSections)
          .prerequisites(prerequisites)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of deliverable types that refer to the given roles and earlier deliverable types.
   *
   * @param id the type id
   * @param roles the role ids, at least one
   * @param earlierTypes the ids the type may require first, not holding {@code id}
   * @return the generator
   */
  public static Gen<DeliverableTypeParts> deliverableTypeParts(
      String id, List<String> roles, List<String> earlierTypes) {
    return in ->
        new DeliverableTypeParts(
            id,
            texts().generate(in),
            texts().generate(in),
            oneOf(roles).generate(in),
            someOf(roles, 2).generate(in),
            listsOf(ids(), 0, 3).generate(in),
            someOf(earlierTypes, 2).generate(in),
            subsetsOf(MethodFact.class).generate(in));
  }

  /**
   * Parts of deliverable types.
   *
   * @return the generator
   */
  public static Gen<DeliverableTypeParts> deliverableTypeParts() {
    return in -> {
      String id = ids().generate(in);
      List<String> earlier = new ArrayList<>(listsOf(ids(), 0, 3).generate(in));
      earlier.remove(id);
      return deliverableTypeParts(id, listsOf(ids(), 1, 3).generate(in), earlier).generate(in);
    };
  }

  /**
   * Deliverable types.
   *
   * @return the generator
   */
  public static Gen<DeliverableType> deliverableTypes() {
    return deliverableTypeParts().map(DeliverableTypeParts::build);
  }

  // --- PhaseTemplate ---

  /** The parts of a {@link PhaseTemplate}. */
  public record PhaseTemplateParts(
      String id,
      String name,
      String objective,
      DurationRange typicalDuration,
      boolean extensible,
      boolean decisive,
      List<ActivityKind> activityKinds,
      List<String> requiredDeliverables,
      Optional<String> exitGate,
      Set<String> involvedRoles,
      List<TeamNorm> teamNorms,
      Optional<String> mayLoopBackTo,
      Optional<String> reopeningsReportTo,
      boolean runsLots,
      Set<MethodFact> facts)
      implements Parts<PhaseTemplate> {
    @Override
    public PhaseTemplate build() {
      return PhaseTemplate.builder()
          .id(id)
          .name(name)
          .objective(objective)
          .typicalDuration(typicalDuration)
          .extensible(extensible)
          .decisive(decisive)
          .activityKinds(activityKinds)
          .requiredDeliverables(requiredDeliverables)
          .exitGate(exitGate)
          .involvedRoles(involvedRoles)
          .teamNorms(teamNorms)
          .mayLoopBackTo(mayLoopBackTo)
          .reopeningsReportTo(reopeningsReportTo)
          .runsLots(runsLots)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of phase templates that refer to the given roles, deliverable types, gates and earlier
   * phases.
   *
   * @param id the phase id
   * @param roles the role ids
   * @param deliverables the deliverable type ids
   * @param gates the gate ids
   * @param earlierPhases the ids of the phases before this one, not holding {@code id}
   * @return the generator
   */
  public static Gen<PhaseTemplateParts> phaseTemplateParts(
      String id,
      List<String> roles,
      List<String> deliverables,
      List<String> gates,
      List<String> earlierPhases) {
    return in -> {
      List<TeamNorm> norms = new ArrayList<>();
      for (TeamPurpose purpose : subsetsOf(TeamPurpose.class).generate(in)) {
        norms.add(teamNormParts(purpose, roles).generate(in).build());
      }
      return new PhaseTemplateParts(
          id,
          texts().generate(in),
          texts().generate(in),
          durationRanges().generate(in),
          Generate.booleans().generate(in),
          Generate.booleans().generate(in),
          listsOf(Generate.enumValues(ActivityKind.class), 0, 4).generate(in),
          new ArrayList<>(someOf(deliverables, 3).generate(in)),
          maybeOneOf(gates).generate(in),
          someOf(roles, 3).generate(in),
          norms,
          maybeOneOf(earlierPhases).generate(in),
          maybeOneOf(roles).generate(in),
          Generate.booleans().generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Parts of phase templates.
   *
   * @return the generator
   */
  public static Gen<PhaseTemplateParts> phaseTemplateParts() {
    return in -> {
      String id = ids().generate(in);
      List<String> earlier = new ArrayList<>(listsOf(ids(), 0, 2).generate(in));
      earlier.remove(id);
      return phaseTemplateParts(
              id,
              listsOf(ids(), 0, 3).generate(in),
              listsOf(ids(), 0, 3).generate(in),
              listsOf(ids(), 0, 2).generate(in),
              earlier)
          .generate(in);
    };
  }

  /**
   * Phase templates.
   *
   * @return the generator
   */
  public static Gen<PhaseTemplate> phaseTemplates() {
    return phaseTemplateParts().map(PhaseTemplateParts::build);
  }

  // --- LotStepTemplate ---

  /** The parts of a {@link LotStepTemplate}. */
  public record LotStepTemplateParts(
      ActivityKind kind, String description, DurationRange typicalDuration, Set<MethodFact> facts)
      implements Parts<LotStepTemplate> {
    @Override
    public LotStepTemplate build() {
      return LotStepTemplate.builder()
          .kind(kind)
          .description(description)
          .typicalDuration(typicalDuration)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of lot step templates of the given kind.
   *
   * @param kind a lot-step kind
   * @return the generator
   */
  public static Gen<LotStepTemplateParts> lotStepTemplateParts(ActivityKind kind) {
    return texts()
        .zip(
            durationRanges(),
            subsetsOf(MethodFact.class),
            (description, duration, facts) ->
                new LotStepTemplateParts(kind, description, duration, facts));
  }

  /**
   * Parts of lot step templates.
   *
   * @return the generator
   */
  public static Gen<LotStepTemplateParts> lotStepTemplateParts() {
    return oneOf(LOT_STEP_KINDS).flatMap(MethodGenerators::lotStepTemplateParts);
  }

  // --- LotTemplate ---

  /** The parts of a {@link LotTemplate}. */
  public record LotTemplateParts(
      Set<WorkstreamKind> parallelWorkstreams,
      Set<WorkstreamKind> optionalWorkstreams,
      DurationRange workstreamDuration,
      List<LotStepTemplate> steps,
      int minimumRealUseWeeks,
      Set<MethodFact> facts)
      implements Parts<LotTemplate> {
    @Override
    public LotTemplate build() {
      return LotTemplate.builder()
          .parallelWorkstreams(parallelWorkstreams)
          .optionalWorkstreams(optionalWorkstreams)
          .workstreamDuration(workstreamDuration)
          .steps(steps)
          .minimumRealUseWeeks(minimumRealUseWeeks)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of lot templates, whose steps come in the method's order with each kind at most once.
   *
   * @return the generator
   */
  public static Gen<LotTemplateParts> lotTemplateParts() {
    return in -> {
      Set<WorkstreamKind> parallel = subsetsOf(WorkstreamKind.class, 1).generate(in);
      List<LotStepTemplate> steps = new ArrayList<>();
      for (ActivityKind kind : LOT_STEP_KINDS) {
        if (Generate.booleans().generate(in)) {
          steps.add(lotStepTemplateParts(kind).generate(in).build());
        }
      }
      return new LotTemplateParts(
          parallel,
          someOf(List.copyOf(parallel), 3).generate(in),
          durationRanges().generate(in),
          steps,
          Generate.range(1, 52).generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Lot templates.
   *
   * @return the generator
   */
  public static Gen<LotTemplate> lotTemplates() {
    return lotTemplateParts().map(LotTemplateParts::build);
  }

  // --- TimelineNorms ---

  /** The parts of {@link TimelineNorms}. */
  public record TimelineNormsParts(
      double nominalMonths,
      double credibleMinimumMonths,
      int physicalDeploymentOnlyDays,
      Set<MethodFact> facts)
      implements Parts<TimelineNorms> {
    @Override
    public TimelineNorms build() {
      return TimelineNorms.builder()
          .nominalMonths(nominalMonths)
          .credibleMinimumMonths(credibleMinimumMonths)
          .physicalDeploymentOnlyDays(physicalDeploymentOnlyDays)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of timeline norms.
   *
   * @return the generator
   */
  public static Gen<TimelineNormsParts> timelineNormsParts() {
    Gen<Double> nominals = SourceDSL.doubles().between(0.5, 60);
    Gen<Double> fractions = SourceDSL.doubles().between(0.01, 1);
    return in -> {
      double nominal = nominals.generate(in);
      return new TimelineNormsParts(
          nominal,
          nominal * fractions.generate(in),
          Generate.range(1, 365).generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Timeline norms.
   *
   * @return the generator
   */
  public static Gen<TimelineNorms> timelineNorms() {
    return timelineNormsParts().map(TimelineNormsParts::build);
  }

  // --- Method ---

  /** The parts of a {@link Method}. */
  public record MethodParts(
      String id,
      String name,
      String version,
      Approach approach,
      String description,
      List<PhaseTemplate> phases,
      List<DeliverableType> deliverableTypes,
      List<Role> roles,
      List<QualityGate> gates,
      Optional<LotTemplate> lotTemplate,
      Optional<TimelineNorms> timelineNorms,
      Set<MethodFact> facts)
      implements Parts<Method> {
    @Override
    public Method build() {
      return Method.builder()
          .id(id)
          .name(name)
          .version(version)
          .approach(approach)
          .description(description)
          .phases(phases)
          .deliverableTypes(deliverableTypes)
          .roles(roles)
          .gates(gates)
          .lotTemplate(lotTemplate)
          .timelineNorms(timelineNorms)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of small consistent methods: 1 to 3 roles and phases, up to 3 deliverable types and 2
   * gates, every id unique in its catalogue and every reference resolved.
   *
   * @return the generator
   */
  public static Gen<MethodParts> methodParts() {
    return in -> {
      List<String> roleIds = distinctIds(1, 3).generate(in);
      List<Role> roles = new ArrayList<>();
      for (String id : roleIds) {
        roles.add(roleParts(id).generate(in).build());
      }
      List<String> typeIds = distinctIds(0, 3).generate(in);
      List<DeliverableType> types = new ArrayList<>();
      for (int i = 0; i < typeIds.size(); i++) {
        types.add(
            deliverableTypeParts(typeIds.get(i), roleIds, typeIds.subList(0, i))
                .generate(in)
                .build());
      }
      List<String> gateIds = distinctIds(0, 2).generate(in);
      List<QualityGate> gates = new ArrayList<>();
      for (String id : gateIds) {
        gates.add(qualityGateParts(id, roleIds, typeIds).generate(in).build());
      }
      List<String> phaseIds = distinctIds(1, 3).generate(in);
      List<PhaseTemplate> phases = new ArrayList<>();
      for (int i = 0; i < phaseIds.size(); i++) {
        phases.add(
            phaseTemplateParts(phaseIds.get(i), roleIds, typeIds, gateIds, phaseIds.subList(0, i))
                .generate(in)
                .build());
      }
      return new MethodParts(
          ids().generate(in),
          texts().generate(in),
          texts().generate(in),
          Generate.enumValues(Approach.class).generate(in),
          texts().generate(in),
          phases,
          types,
          roles,
          gates,
          optionals(lotTemplates()).generate(in),
          optionals(timelineNorms()).generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Small consistent methods.
   *
   * @return the generator
   */
  public static Gen<Method> methods() {
    return methodParts().map(MethodParts::build);
  }
}
