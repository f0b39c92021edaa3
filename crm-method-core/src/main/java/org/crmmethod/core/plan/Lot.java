package org.crmmethod.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A lot: one release of the rollout, with the workstreams that run in parallel inside it (F14) and
 * the steps that take it live and to final acceptance (F16-F20).
 */
@Value.Immutable
public abstract class Lot {

  /**
   * The lot's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The lot's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The id of the plan phase the lot is rolled out in.
   *
   * @return a phase id of the same plan
   */
  public abstract String phase();

  /**
   * The CRM modules the lot delivers.
   *
   * @return the modules
   */
  public abstract Set<CrmModule> modules();

  /**
   * Whether the package is only configured in this lot, with no specific development (F14).
   *
   * @return true for a configuration-only lot
   */
  @Value.Default
  public boolean configuredOnly() {
    return false;
  }

  /**
   * The activities that run in parallel inside the lot: configuration, specific development,
   * tests, data migration, user presentations (F14).
   *
   * @return the workstream activities
   */
  public abstract List<Activity> workstreams();

  /**
   * The lot's global test with key users (F16).
   *
   * @return the pre-acceptance step, or empty when the plan has none
   */
  public abstract Optional<PreAcceptance> preAcceptance();

  /**
   * The lot's user training (F17).
   *
   * @return the training step, or empty when the plan has none
   */
  public abstract Optional<Training> training();

  /**
   * The lot's switch to the new system (F18).
   *
   * @return the cut-over step, or empty when the plan has none
   */
  public abstract Optional<CutOver> cutOver();

  /**
   * The increased support after the lot goes live (F19).
   *
   * @return the hypercare step, or empty when the plan has none
   */
  public abstract Optional<Hypercare> hypercare();

  /**
   * The lot's final acceptance (F20).
   *
   * @return the final-acceptance step, or empty when the plan has none
   */
  public abstract Optional<FinalAcceptance> finalAcceptance();

  /**
   * Returns the lot's steps that the plan holds, in the order the method runs them.
   *
   * @return pre-acceptance, training, cut-over, hypercare and final acceptance, where present
   */
  public List<LotStep> steps() {
    List<LotStep> steps = new ArrayList<>(5);
    preAcceptance().ifPresent(steps::add);
    training().ifPresent(steps::add);
    cutOver().ifPresent(steps::add);
    hypercare().ifPresent(steps::add);
    finalAcceptance().ifPresent(steps::add);
    return List.copyOf(steps);
  }

  /**
   * Returns every activity of the lot: the workstreams, then the steps' activities.
   *
   * @return the activities, in that order
   */
  public List<Activity> activities() {
    List<Activity> activities = new ArrayList<>(workstreams().size() + 5);
    activities.addAll(workstreams());
    for (LotStep step : steps()) {
      activities.add(step.activity());
    }
    return List.copyOf(activities);
  }

  /**
   * Starts building a lot.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lot} values. */
  public static final class Builder extends ImmutableLot.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Lot").id("id", id()).text("name", name()).id("phase", phase());
  }
}
