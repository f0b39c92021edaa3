package org.crmmethod.core.plan;

import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A link from a predecessor activity to the activity that holds this dependency. */
@Value.Immutable
public abstract class Dependency {

  /**
   * The id of the predecessor activity.
   *
   * @return an activity id of the same plan
   */
  @Value.Parameter
  public abstract String predecessor();

  /**
   * How the two activities are linked.
   *
   * @return the type; finish-to-start unless set
   */
  @Value.Default
  @Value.Parameter
  public DependencyType type() {
    return DependencyType.FINISH_TO_START;
  }

  /**
   * The delay added to the link; a negative lag lets the successor overlap its predecessor.
   *
   * @return the lag, in working days, finite; zero unless set
   */
  @Value.Default
  @Value.Parameter
  public double lagDays() {
    return 0;
  }

  /**
   * Creates a finish-to-start dependency with no lag.
   *
   * @param predecessor the predecessor's activity id
   * @return the dependency
   */
  public static Dependency on(String predecessor) {
    return of(predecessor, DependencyType.FINISH_TO_START, 0);
  }

  /**
   * Creates a dependency.
   *
   * @param predecessor the predecessor's activity id
   * @param type how the two activities are linked
   * @param lagDays the lag, in working days, possibly negative
   * @return the dependency
   */
  public static Dependency of(String predecessor, DependencyType type, double lagDays) {
    return ImmutableDependency.of(predecessor, type, lagDays);
  }

  @Value.Check
  void check() {
    Invariants.of("Dependency")
        .id("predecessor", predecessor())
        .require(Double.isFinite(lagDays()), "lagDays", lagDays(), "must be finite");
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Dependency} values. */
  public static final class Builder extends ImmutableDependency.Builder {}
}
