package org.crmmethod.core.method;

import java.util.Set;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * What a method expects of the teams a phase forms for one purpose: their size and the roles they
 * must include, such as specification teams of 6 to 12 people with prospective users among them
 * (F08).
 */
@Value.Immutable
public abstract class TeamNorm {

  /**
   * The purpose of the teams the norm applies to.
   *
   * @return the team purpose
   */
  public abstract TeamPurpose purpose();

  /**
   * The smallest size a team may have.
   *
   * @return the minimum size, in people, at least 1
   */
  public abstract int minimumSize();

  /**
   * The largest size a team may have.
   *
   * @return the maximum size, in people, not below the minimum
   */
  public abstract int maximumSize();

  /**
   * The ids of the roles every such team must include.
   *
   * @return role ids of the same method
   */
  public abstract Set<String> requiredRoles();

  /**
   * The method facts this norm encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Tells whether a team size is within the norm.
   *
   * @param size a team's size, in people
   * @return true when {@code minimumSize() <= size <= maximumSize()}
   */
  public boolean allows(int size) {
    return size >= minimumSize() && size <= maximumSize();
  }

  /**
   * Starts building a team norm.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamNorm} values. */
  public static final class Builder extends ImmutableTeamNorm.Builder {}

  @Value.Check
  void check() {
    Invariants.of("TeamNorm")
        .require(minimumSize() >= 1, "minimumSize", minimumSize(), "must be at least 1")
        .require(
            maximumSize() >= minimumSize(),
            "maximumSize",
            maximumSize(),
            "must not be below minimumSize (" + minimumSize() + ")")
        .ids("requiredRoles", requiredRoles());
  }
}
