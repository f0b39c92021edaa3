package org.crmmethod.core.plan;

import java.time.LocalDate;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A person's approval or signature, in a role, on a day. */
@Value.Immutable
public abstract class Approval {

  /**
   * The id of the stakeholder who approved.
   *
   * @return a stakeholder id of the same plan
   */
  @Value.Parameter
  public abstract String stakeholder();

  /**
   * The id of the role in which the stakeholder approved, e.g. {@code GENERAL_MANAGEMENT}.
   *
   * @return a role id of the plan's method
   */
  @Value.Parameter
  public abstract String role();

  /**
   * The day of the approval.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Creates an approval.
   *
   * @param stakeholder the approver's stakeholder id
   * @param role the role the approver acts in
   * @param date the day of the approval
   * @return the approval
   */
  public static Approval of(String stakeholder, String role, LocalDate date) {
    return ImmutableApproval.of(stakeholder, role, date);
  }

  @Value.Check
  void check() {
    Invariants.of("Approval").id("stakeholder", stakeholder()).id("role", role());
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Approval} values. */
  public static final class Builder extends ImmutableApproval.Builder {}
}
