package org.crmmethod.core.method;

import java.util.List;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A kind of document or result the method expects, such as the requirements specification (F08),
 * with who produces it and who must approve it.
 */
@Value.Immutable
public abstract class DeliverableType {

  /**
   * The deliverable type's identifier, unique within a method.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The deliverable's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the deliverable holds and why the method asks for it.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The id of the role that produces the deliverable.
   *
   * @return a role id of the same method
   */
  public abstract String producedBy();

  /**
   * The ids of the roles whose approval the deliverable needs; empty when none is needed.
   *
   * @return role ids of the same method
   */
  public abstract Set<String> approvedBy();

  /**
   * The sections the deliverable must hold, by identifier (e.g. {@code GAP_ANALYSIS} in the
   * requirements specification, F08).
   *
   * @return section ids, in reading order
   */
  public abstract List<String> requiredSections();

  /**
   * The ids of the deliverable types that must be approved before work on this one starts (e.g. the
   * strategic objective before the priorities, F01).
   *
   * @return deliverable type ids of the same method
   */
  public abstract Set<String> prerequisites();

  /**
   * The method facts this deliverable type encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a deliverable type.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeliverableType} values. */
  public static final class Builder extends ImmutableDeliverableType.Builder {}

  @Value.Check
  void check() {
    Invariants.of("DeliverableType")
        .id("id", id())
        .text("name", name())
        .text("description", description())
        .id("producedBy", producedBy())
        .ids("approvedBy", approvedBy())
        .ids("requiredSections", requiredSections())
        .ids("prerequisites", prerequisites())
        .require(!prerequisites().contains(id()), "prerequisites", id(), "must not hold the type's own id");
  }
}
