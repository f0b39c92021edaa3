package org.crmmethod.core.method;

import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A quality gate, or milestone: the point where a named role decides whether the project may go on,
 * once the required deliverables exist.
 */
@Value.Immutable
public abstract class QualityGate {

  /**
   * The gate's identifier, unique within a method.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The gate's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the gate checks before the project goes on.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The ids of the deliverable types that must be approved before the gate can be passed.
   *
   * @return deliverable type ids of the same method
   */
  public abstract Set<String> requiredDeliverables();

  /**
   * The id of the role that takes the go or no-go decision.
   *
   * @return a role id of the same method
   */
  public abstract String approvingRole();

  /**
   * Whether the gate is passed once per lot (pre-acceptance, final acceptance) rather than once per
   * project.
   *
   * @return true for a gate that every lot passes
   */
  @Value.Default
  public boolean perLot() {
    return false;
  }

  /**
   * The method facts this gate encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a gate.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QualityGate} values. */
  public static final class Builder extends ImmutableQualityGate.Builder {}

  @Value.Check
  void check() {
    Invariants.of("QualityGate")
        .id("id", id())
        .text("name", name())
        .text("description", description())
        .ids("requiredDeliverables", requiredDeliverables())
        .id("approvingRole", approvingRole());
  }
}
