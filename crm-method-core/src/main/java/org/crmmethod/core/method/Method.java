package org.crmmethod.core.method;

import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A reusable CRM implementation method: its ordered phases, the deliverables, roles and quality
 * gates they use, how lots are rolled out, and the norms that judge a plan's overall duration.
 *
 * <p>This is the method-content side of the model (in the sense of OMG SPEM 2.0); a {@link
 * org.crmmethod.core.plan.ProjectPlan} is one company's process that follows it. A method is
 * consistent by construction: identifiers are unique within each catalogue and every reference
 * (a producing role, a gate's deliverables, a phase's exit gate, a loop back to an earlier phase)
 * resolves, or the builder throws {@link org.crmmethod.core.InvalidModelException}.
 */
@Value.Immutable
public abstract class Method {

  /**
   * The method's identifier, which plans use to name the method they follow.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The method's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The version of this method definition, e.g. {@code 1.0}.
   *
   * @return the version, not blank
   */
  public abstract String version();

  /**
   * The kind of project the method is written for (F13).
   *
   * @return the approach
   */
  public abstract Approach approach();

  /**
   * What the method is and when to use it.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The phases, in the order a project goes through them (F05).
   *
   * @return the phase templates, at least one
   */
  public abstract List<PhaseTemplate> phases();

  /**
   * The catalogue of deliverable types the phases and gates refer to.
   *
   * @return the deliverable types
   */
  public abstract List<DeliverableType> deliverableTypes();

  /**
   * The catalogue of roles the method refers to.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * The catalogue of quality gates.
   *
   * @return the gates
   */
  public abstract List<QualityGate> gates();

  /**
   * How the method rolls out a lot, when it rolls out in lots.
   *
   * @return the lot template, or empty for a method without lots
   */
  public abstract Optional<LotTemplate> lotTemplate();

  /**
   * The norms for the overall duration of a full implementation (F11), for methods that state
   * them.
   *
   * @return the timeline norms, or empty when the method sets no norm for the overall duration
   */
  public abstract Optional<TimelineNorms> timelineNorms();

  /**
   * The method facts this definition as a whole encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a method.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Method} values. */
  public static final class Builder extends ImmutableMethod.Builder {}

  /**
   * Finds a phase template by id.
   *
   * @param id the phase id
   * @return the phase template, or empty when the method has none with that id
   */
  public Optional<PhaseTemplate> phase(String id) {
    return Optional.ofNullable(phasesById().get(id));
  }

  /**
   * Returns the position of a phase in the method's order.
   *
   * @param id the phase id
   * @return the zero-based position, or empty when the method has no phase with that id
   */
  public OptionalInt phasePosition(String id) {
    PhaseTemplate phase = phasesById().get(id);
    return phase == null ? OptionalInt.empty() : OptionalInt.of(phases().indexOf(phase));
  }

  /**
   * Finds a deliverable type by id.
   *
   * @param id the deliverable type id
   * @return the deliverable type, or empty
   */
  public Optional<DeliverableType> deliverableType(String id) {
    return Optional.ofNullable(deliverableTypesById().get(id));
  }

  /**
   * Finds a role by id.
   *
   * @param id the role id
   * @return the role, or empty
   */
  public Optional<Role> role(String id) {
    return Optional.ofNullable(rolesById().get(id));
  }

  /**
   * Finds a quality gate by id.
   *
   * @param id the gate id
   * @return the gate, or empty
   */
  public Optional<QualityGate> gate(String id) {
    return Optional.ofNullable(gatesById().get(id));
  }

  /**
   * Returns the first phase that plans a kind of work, e.g. the strategy phase for {@link
   * ActivityKind#STRATEGIC_OBJECTIVE}.
   *
   * @param kind the activity kind
   * @return the phase, or empty when no phase lists that kind
   */
  public Optional<PhaseTemplate> phasePlanning(ActivityKind kind) {
    return phases().stream().filter(phase -> phase.activityKinds().contains(kind)).findFirst();
  }

  /**
   * Returns the phase that rolls out lots.
   *
   * @return the first phase whose template runs lots, or empty when the method has none
   */
  public Optional<PhaseTemplate> rolloutPhase() {
    return phases().stream().filter(PhaseTemplate::runsLots).findFirst();
  }

  /**
   * Returns the typical duration of the whole method: the sums of its phases' minimum and maximum
   * durations.
   *
   * @return the range, in working days
   */
  public DurationRange typicalDuration() {
    double minimum = 0;
    double maximum = 0;
    for (PhaseTemplate phase : phases()) {
      minimum += phase.typicalDuration().minimumWorkingDays();
      maximum += phase.typicalDuration().maximumWorkingDays();
    }
    return DurationRange.of(minimum, maximum, DurationUnit.WORKING_DAYS);
  }

  @Value.Lazy
  Map<String, PhaseTemplate> phasesById() {
    return Maps.uniqueIndex(phases(), PhaseTemplate::id);
  }

  @Value.Lazy
  Map<String, DeliverableType> deliverableTypesById() {
    return Maps.uniqueIndex(deliverableTypes(), DeliverableType::id);
  }

  @Value.Lazy
  Map<String, Role> rolesById() {
    return Maps.uniqueIndex(roles(), Role::id);
  }

  @Value.Lazy
  Map<String, QualityGate> gatesById() {
    return Maps.uniqueIndex(gates(), QualityGate::id);
  }

  @Value.Check
  void check() {
    Invariants method =
        Invariants.of("Method")
            .id("id", id())
            .text("name", name())
            .text("version", version())
            .text("description", description())
            .nonEmpty("phases", phases())
            .uniqueIds("phases", phases(), PhaseTemplate::id)
            .uniqueIds("deliverableTypes", deliverableTypes(), DeliverableType::id)
            .uniqueIds("roles", roles(), Role::id)
            .uniqueIds("gates", gates(), QualityGate::id);
    Set<String> roles = rolesById().keySet();
    Set<String> deliverables = deliverableTypesById().keySet();
    Set<String> gates = gatesById().keySet();
    for (DeliverableType type : deliverableTypes()) {
      method
          .refersTo("deliverableTypes[" + type.id() + "].producedBy", type.producedBy(), roles, "role")
          .referTo("deliverableTypes[" + type.id() + "].approvedBy", type.approvedBy(), roles, "role")
          .referTo(
              "deliverableTypes[" + type.id() + "].prerequisites",
              type.prerequisites(),
              deliverables,
              "deliverable type");
    }
    for (QualityGate gate : gates()) {
      method
          .referTo(
              "gates[" + gate.id() + "].requiredDeliverables",
              gate.requiredDeliverables(),
              deliverables,
              "deliverable type")
          .refersTo("gates[" + gate.id() + "].approvingRole", gate.approvingRole(), roles, "role");
    }
    for (int i = 0; i < phases().size(); i++) {
      PhaseTemplate phase = phases().get(i);
      String path = "phases[" + phase.id() + "]";
      method
          .referTo(path + ".requiredDeliverables", phase.requiredDeliverables(), deliverables, "deliverable type")
          .referTo(path + ".involvedRoles", phase.involvedRoles(), roles, "role");
      for (TeamNorm norm : phase.teamNorms()) {
        method.referTo(
            path + ".teamNorms[" + norm.purpose() + "].requiredRoles",
            norm.requiredRoles(),
            roles,
            "role");
      }
      phase.exitGate().ifPresent(gate -> method.refersTo(path + ".exitGate", gate, gates, "gate"));
      phase
          .reopeningsReportTo()
          .ifPresent(role -> method.refersTo(path + ".reopeningsReportTo", role, roles, "role"));
      if (phase.mayLoopBackTo().isPresent()) {
        String target = phase.mayLoopBackTo().get();
        int position = phases().subList(0, i).stream().map(PhaseTemplate::id).toList().indexOf(target);
        method.require(position >= 0, path + ".mayLoopBackTo", target, "must name an earlier phase");
      }
    }
  }
}
