package org.crmmethod.core.organisation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * The informal, multidisciplinary team of champions that keeps the customer culture alive long
 * after the tools are deployed (F27).
 */
@Value.Immutable
public abstract class ChampionsTeam {

  /**
   * The ids of the stakeholders who are champions.
   *
   * @return stakeholder ids of the same plan, at least one
   */
  public abstract Set<String> members();

  /**
   * The ids of the departments the champions come from.
   *
   * @return department ids of the same plan
   */
  public abstract Set<String> departments();

  /**
   * The duties the team takes on.
   *
   * @return the duties
   */
  public abstract Set<ChampionDuty> duties();

  /**
   * The day the team is planned to disband, if ever.
   *
   * @return the date, or empty for a team that stays on
   */
  public abstract Optional<LocalDate> disbandsOn();

  /**
   * Tells whether the champions come from more than one department.
   *
   * @return true when at least two departments are represented
   */
  public boolean isMultidisciplinary() {
    return departments().size() >= 2;
  }

  /**
   * Starts building a champions team.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChampionsTeam} values. */
  public static final class Builder extends ImmutableChampionsTeam.Builder {}

  @Value.Check
  void check() {
    Invariants.of("ChampionsTeam")
        .nonEmpty("members", members())
        .ids("members", members())
        .ids("departments", departments());
  }
}
