package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A unit of planned work: what it is in the method's terms, how long it may take, what it waits
 * for and who does it.
 */
@Value.Immutable
public abstract class Activity {

  /**
   * The activity's identifier, which dependencies and deliverables refer to.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The activity's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the activity is in the method's terms; rules recognise activities by their kind.
   *
   * @return the kind
   */
  public abstract ActivityKind kind();

  /**
   * How long the activity may take.
   *
   * @return the three-point estimate, in working days
   */
  public abstract ThreePointEstimate estimate();

  /**
   * The activities this one waits for.
   *
   * @return the dependencies, none on the activity itself
   */
  public abstract List<Dependency> dependencies();

  /**
   * The ids of the roles that do the work.
   *
   * @return role ids of the plan's method
   */
  public abstract Set<String> roles();

  /**
   * The ids of the stakeholders who take part.
   *
   * @return stakeholder ids of the same plan
   */
  public abstract Set<String> participants();

  /**
   * How many people work on the activity at once.
   *
   * @return the team size, in people, at least 1; 1 unless set
   */
  @Value.Default
  public int teamSize() {
    return 1;
  }

  /**
   * The earliest day the activity may start, whatever its dependencies allow.
   *
   * @return the start-no-earlier-than date, or empty
   */
  public abstract Optional<LocalDate> startNoEarlierThan();

  /**
   * Starts building an activity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Activity} values. */
  public static final class Builder extends ImmutableActivity.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Activity")
            .id("id", id())
            .text("name", name())
            .ids("roles", roles())
            .ids("participants", participants())
            .require(teamSize() >= 1, "teamSize", teamSize(), "must be at least 1");
    for (Dependency dependency : dependencies()) {
      invariants.require(
          !dependency.predecessor().equals(id()),
          "dependencies",
          dependency.predecessor(),
          "must not make the activity depend on itself");
    }
  }
}
