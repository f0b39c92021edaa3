package org.crmmethod.core.method;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * One phase of a method, as a template that plans instantiate: its objective, typical duration,
 * typical work, required deliverables, exit gate and roles.
 */
@Value.Immutable
public abstract class PhaseTemplate {

  /**
   * The phase's identifier, unique within a method.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The phase's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the phase must achieve.
   *
   * @return the objective, not blank
   */
  public abstract String objective();

  /**
   * How long the phase typically lasts.
   *
   * @return the typical duration range
   */
  public abstract DurationRange typicalDuration();

  /**
   * Whether running longer than the typical range is acceptable, as for the audit phase (F07).
   *
   * @return true when the phase may take longer than its typical maximum
   */
  @Value.Default
  public boolean extensible() {
    return false;
  }

  /**
   * Whether the project's success mostly hinges on this phase (F07).
   *
   * @return true for the method's most delicate phase
   */
  @Value.Default
  public boolean decisive() {
    return false;
  }

  /**
   * The kinds of activity the phase typically holds, in their usual order.
   *
   * @return activity kinds
   */
  public abstract List<ActivityKind> activityKinds();

  /**
   * The ids of the deliverable types the phase must produce.
   *
   * @return deliverable type ids of the same method
   */
  public abstract List<String> requiredDeliverables();

  /**
   * The id of the quality gate that closes the phase, if it has one.
   *
   * @return a gate id of the same method, or empty
   */
  public abstract Optional<String> exitGate();

  /**
   * The ids of the roles that take part in the phase.
   *
   * @return role ids of the same method
   */
  public abstract Set<String> involvedRoles();

  /**
   * What the method expects of the teams the phase forms, by purpose.
   *
   * @return the team norms, at most one per purpose
   */
  public abstract List<TeamNorm> teamNorms();

  /**
   * The id of an earlier phase whose people and groups this phase often goes back to (F09).
   *
   * @return a phase id of the same method, earlier than this one, or empty
   */
  public abstract Optional<String> mayLoopBackTo();

  /**
   * The id of the role that must be informed when this phase reopens an earlier decision (F09).
   *
   * @return a role id of the same method, or empty
   */
  public abstract Optional<String> reopeningsReportTo();

  /**
   * Whether the method's lots are rolled out within this phase.
   *
   * @return true for the phase that holds the lots
   */
  @Value.Default
  public boolean runsLots() {
    return false;
  }

  /**
   * The method facts this phase template encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a phase template.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PhaseTemplate} values. */
  public static final class Builder extends ImmutablePhaseTemplate.Builder {}

  @Value.Check
  void check() {
    Invariants.of("PhaseTemplate")
        .id("id", id())
        .text("name", name())
        .text("objective", objective())
        .ids("requiredDeliverables", requiredDeliverables())
        .ids("involvedRoles", involvedRoles())
        .uniqueIds("teamNorms", teamNorms(), norm -> norm.purpose().name())
        .require(
            !mayLoopBackTo().filter(id()::equals).isPresent(),
            "mayLoopBackTo",
            id(),
            "must name an earlier phase, not the phase itself");
    exitGate().ifPresent(gate -> Invariants.of("PhaseTemplate").id("exitGate", gate));
    mayLoopBackTo().ifPresent(phase -> Invariants.of("PhaseTemplate").id("mayLoopBackTo", phase));
    reopeningsReportTo()
        .ifPresent(role -> Invariants.of("PhaseTemplate").id("reopeningsReportTo", role));
  }
}
