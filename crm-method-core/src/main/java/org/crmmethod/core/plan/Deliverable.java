package org.crmmethod.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A document or result the plan produces, of one of its method's deliverable types. */
@Value.Immutable
public abstract class Deliverable {

  /**
   * The deliverable's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the method's deliverable type this deliverable is.
   *
   * @return a deliverable type id of the plan's method
   */
  public abstract String type();

  /**
   * The deliverable's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The id of the plan phase that produces the deliverable.
   *
   * @return a phase id of the same plan
   */
  public abstract String phase();

  /**
   * The id of the activity that produces the deliverable, when one does.
   *
   * @return an activity id of the same plan, or empty
   */
  public abstract Optional<String> producedBy();

  /**
   * Where the deliverable stands.
   *
   * @return the status; {@link DeliverableStatus#PLANNED} unless set
   */
  @Value.Default
  public DeliverableStatus status() {
    return DeliverableStatus.PLANNED;
  }

  /**
   * The approvals given so far.
   *
   * @return the approvals, at least one when the status is {@link DeliverableStatus#APPROVED}
   */
  public abstract List<Approval> approvals();

  /**
   * The ids of the sections the deliverable holds, to compare with its type's required sections.
   *
   * @return section ids
   */
  public abstract Set<String> sections();

  /**
   * Starts building a deliverable.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Deliverable} values. */
  public static final class Builder extends ImmutableDeliverable.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Deliverable")
            .id("id", id())
            .id("type", type())
            .text("name", name())
            .id("phase", phase())
            .ids("sections", sections())
            .require(
                status() != DeliverableStatus.APPROVED || !approvals().isEmpty(),
                "approvals",
                approvals(),
                "must hold at least one approval when the status is APPROVED");
    producedBy().ifPresent(activity -> invariants.id("producedBy", activity));
  }
}
