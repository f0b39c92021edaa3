package org.crmmethod.core.method;

import java.util.List;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How a method rolls out one lot: the workstreams that run in parallel (F14), then the steps from
 * pre-acceptance to final acceptance (F16-F20).
 */
@Value.Immutable
public abstract class LotTemplate {

  /**
   * The workstreams that run side by side inside each lot.
   *
   * @return workstream kinds, at least one
   */
  public abstract Set<WorkstreamKind> parallelWorkstreams();

  /**
   * The parallel workstreams a lot may leave out, such as specific development when the package is
   * configured only (F14).
   *
   * @return a subset of {@link #parallelWorkstreams()}
   */
  public abstract Set<WorkstreamKind> optionalWorkstreams();

  /**
   * How long the parallel work of a lot typically lasts.
   *
   * @return the typical duration range
   */
  public abstract DurationRange workstreamDuration();

  /**
   * The steps that follow the parallel work, in the order they happen.
   *
   * @return the steps, each kind at most once
   */
  public abstract List<LotStepTemplate> steps();

  /**
   * The shortest period of real use before final acceptance may be signed (F20).
   *
   * @return the period, in weeks, at least 1
   */
  public abstract int minimumRealUseWeeks();

  /**
   * The method facts this lot template encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a lot template.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LotTemplate} values. */
  public static final class Builder extends ImmutableLotTemplate.Builder {}

  @Value.Check
  void check() {
    Invariants.of("LotTemplate")
        .nonEmpty("parallelWorkstreams", parallelWorkstreams())
        .require(
            parallelWorkstreams().containsAll(optionalWorkstreams()),
            "optionalWorkstreams",
            optionalWorkstreams(),
            "must be a subset of parallelWorkstreams " + parallelWorkstreams())
        .uniqueIds("steps", steps(), step -> step.kind().name())
        .require(
            minimumRealUseWeeks() >= 1, "minimumRealUseWeeks", minimumRealUseWeeks(), "must be at least 1");
  }
}
