package org.crmmethod.core.organisation;

import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A group of customers the company serves, with its priority and who serves it (F25). */
@Value.Immutable
public abstract class CustomerSegment {

  /**
   * The segment's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The segment's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The kind of customer in the segment.
   *
   * @return the kind
   */
  public abstract CustomerSegmentKind kind();

  /**
   * The segment's priority for the company, 1 being the highest.
   *
   * @return the priority rank, at least 1
   */
  public abstract int priority();

  /**
   * The ids of the departments that serve the segment.
   *
   * @return department ids of the same plan
   */
  public abstract Set<String> servedBy();

  /**
   * How service to the segment is organised.
   *
   * @return the set-up, or empty when not decided
   */
  public abstract Optional<CustomerServiceSetup> setup();

  /**
   * Starts building a customer segment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerSegment} values. */
  public static final class Builder extends ImmutableCustomerSegment.Builder {}

  @Value.Check
  void check() {
    Invariants.of("CustomerSegment")
        .id("id", id())
        .text("name", name())
        .require(priority() >= 1, "priority", priority(), "must be at least 1")
        .ids("servedBy", servedBy());
  }
}
