package org.crmmethod.core.organisation;

import java.util.List;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A department of the company, and what it does for customers if it faces them (F23, F24). */
@Value.Immutable
public abstract class Department {

  /**
   * The department's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The department's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The business function the department carries.
   *
   * @return the function
   */
  public abstract BusinessFunction function();

  /**
   * Whether the department deals with customers (F24: every department may be a seller).
   *
   * @return true for a customer-facing department
   */
  @Value.Default
  public boolean customerFacing() {
    return false;
  }

  /**
   * What the department does with or for customers, e.g. invoicing or hospital markets.
   *
   * @return the customer-related duties
   */
  public abstract List<String> customerDuties();

  /**
   * Starts building a department.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Department} values. */
  public static final class Builder extends ImmutableDepartment.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Department")
        .id("id", id())
        .text("name", name())
        .texts("customerDuties", customerDuties())
        .require(
            customerFacing() || customerDuties().isEmpty(),
            "customerDuties",
            customerDuties(),
            "must be empty unless the department is customer-facing");
  }
}
