package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** One phase of a project plan, usually an instance of one of its method's phase templates. */
@Value.Immutable
public abstract class Phase {

  /**
   * The phase's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The phase's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The id of the method's phase template this phase follows, if any.
   *
   * @return a phase template id of the plan's method, or empty for a phase of the plan's own
   */
  public abstract Optional<String> template();

  /**
   * The activities of the phase, outside any lot.
   *
   * @return the activities
   */
  public abstract List<Activity> activities();

  /**
   * The day the phase is planned to start, when the plan states it.
   *
   * @return the planned start date, or empty
   */
  public abstract Optional<LocalDate> plannedStart();

  /**
   * The day the phase is planned to finish, when the plan states it.
   *
   * @return the planned finish date, not before the planned start, or empty
   */
  public abstract Optional<LocalDate> plannedFinish();

  /**
   * Starts building a phase.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Phase} values. */
  public static final class Builder extends ImmutablePhase.Builder {}

  @Value.Check
  void check() {
    Invariants invariants = Invariants.of("Phase").id("id", id()).text("name", name());
    template().ifPresent(template -> invariants.id("template", template));
    if (plannedStart().isPresent() && plannedFinish().isPresent()) {
      invariants.require(
          !plannedFinish().get().isBefore(plannedStart().get()),
          "plannedFinish",
          plannedFinish().get(),
          "must not be before plannedStart (" + plannedStart().get() + ")");
    }
  }
}
