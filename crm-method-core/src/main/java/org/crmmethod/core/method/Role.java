package org.crmmethod.core.method;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A role people play in a CRM project, such as general management or key user. */
@Value.Immutable
public abstract class Role {

  /**
   * The role's identifier, unique within a method (e.g. {@code GENERAL_MANAGEMENT}).
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The role's name as a person reads it.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * What people in this role do for the project.
   *
   * @return the description, not blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Creates a role.
   *
   * @param id the identifier
   * @param name the name
   * @param description what the role does
   * @return the role
   */
  public static Role of(String id, String name, String description) {
    return ImmutableRole.of(id, name, description);
  }

  /**
   * Starts building a role.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Role} values. */
  public static final class Builder extends ImmutableRole.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Role").id("id", id()).text("name", name()).text("description", description());
  }
}
