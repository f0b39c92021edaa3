package org.crmmethod.core.organisation;

import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A person with a stake in the project, inside or outside the company. */
@Value.Immutable
public abstract class Stakeholder {

  /**
   * The stakeholder's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The stakeholder's name or title.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The id of the department the stakeholder belongs to.
   *
   * @return a department id of the same plan, or empty for an outsider
   */
  public abstract Optional<String> department();

  /**
   * The ids of the roles the stakeholder plays, e.g. {@code EXECUTIVE} and {@code KEY_USER}.
   *
   * @return role ids of the plan's method
   */
  public abstract Set<String> roles();

  /**
   * Whether the stakeholder is from outside the company (consultant, vendor, customer).
   *
   * @return true for an outsider
   */
  @Value.Default
  public boolean external() {
    return false;
  }

  /**
   * Starts building a stakeholder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Stakeholder} values. */
  public static final class Builder extends ImmutableStakeholder.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Stakeholder").id("id", id()).text("name", name()).ids("roles", roles());
    department().ifPresent(department -> invariants.id("department", department));
  }
}
