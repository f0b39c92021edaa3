package org.crmmethod.core.organisation;

import java.util.Map;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A project team and its composition: how many people of each role, such as the specification teams
 * of 6 to 12 designers, prospective users, related departments and customers (F08).
 */
@Value.Immutable
public abstract class Team {

  /**
   * The team's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The team's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the team is formed for.
   *
   * @return the purpose
   */
  public abstract TeamPurpose purpose();

  /**
   * How many people of each role the team holds, by role id.
   *
   * @return headcounts by role id of the plan's method, each at least 1, at least one role, and
   *     at most {@link Integer#MAX_VALUE} people in all
   */
  public abstract Map<String, Integer> composition();

  /**
   * The ids of the stakeholders named as members so far; the composition may count more.
   *
   * @return stakeholder ids of the same plan
   */
  public abstract Set<String> members();

  /**
   * The ids of the departments the team draws on.
   *
   * @return department ids of the same plan
   */
  public abstract Set<String> departments();

  /**
   * Returns the team's size: the sum of its composition's headcounts.
   *
   * @return the size, in people
   */
  public int size() {
    return composition().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns how many people of a role the team holds.
   *
   * @param role a role id
   * @return the headcount, zero when the role is absent
   */
  public int headcount(String role) {
    return composition().getOrDefault(role, 0);
  }

  /**
   * Starts building a team.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Team} values. */
  public static final class Builder extends ImmutableTeam.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Team")
            .id("id", id())
            .text("name", name())
            .nonEmpty("composition", composition().keySet())
            .ids("composition", composition().keySet())
            .ids("members", members())
            .ids("departments", departments());
    composition()
        .forEach(
            (role, headcount) ->
                invariants.require(
                    headcount >= 1, "composition[" + role + "]", headcount, "must be at least 1"));
    // Summed as a long: an int sum overflows, and size() would then report a wrong team size.
    long counted = composition().values().stream().mapToLong(Integer::longValue).sum();
    invariants.require(
        counted <= Integer.MAX_VALUE,
        "composition",
        counted,
        "must not count more than " + Integer.MAX_VALUE + " people in all");
    invariants.require(
        members().size() <= size(),
        "members",
        members().size(),
        "must not name more people than the composition counts (" + size() + ")");
  }
}
