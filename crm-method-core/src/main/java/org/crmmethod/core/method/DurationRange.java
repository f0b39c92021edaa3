package org.crmmethod.core.method;

import java.util.Locale;
import org.crmmethod.core.value.Invariants;
import org.crmmethod.core.value.Numbers;
import org.immutables.value.Value;

/**
 * A typical duration stated as a range in one unit, such as the method's "2 to 3 months" for the
 * specification phase (F08).
 */
@Value.Immutable
public abstract class DurationRange {

  /**
   * The shortest typical duration, in {@link #unit()}.
   *
   * @return the minimum, finite and not negative
   */
  @Value.Parameter
  public abstract double minimum();

  /**
   * The longest typical duration, in {@link #unit()}.
   *
   * @return the maximum, not below the minimum
   */
  @Value.Parameter
  public abstract double maximum();

  /**
   * The unit both bounds are stated in.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract DurationUnit unit();

  /**
   * Creates a range from its bounds.
   *
   * @param minimum the shortest duration, in {@code unit}
   * @param maximum the longest duration, in {@code unit}
   * @param unit the unit of both bounds
   * @return the range
   */
  public static DurationRange of(double minimum, double maximum, DurationUnit unit) {
    return ImmutableDurationRange.of(minimum, maximum, unit);
  }

  /**
   * Creates a range of a single typical value, for durations the method states as "about N".
   *
   * @param amount the duration, in {@code unit}
   * @param unit the unit
   * @return a range whose bounds are both {@code amount}
   */
  public static DurationRange about(double amount, DurationUnit unit) {
    return of(amount, amount, unit);
  }

  /**
   * Returns the minimum converted to working days.
   *
   * @return the minimum, in working days
   */
  public double minimumWorkingDays() {
    return unit().toWorkingDays(minimum());
  }

  /**
   * Returns the maximum converted to working days.
   *
   * @return the maximum, in working days
   */
  public double maximumWorkingDays() {
    return unit().toWorkingDays(maximum());
  }

  /**
   * Tells whether a duration lies within the range, bounds included.
   *
   * @param workingDays the duration, in working days
   * @return true when {@code minimumWorkingDays() <= workingDays <= maximumWorkingDays()}
   */
  public boolean contains(double workingDays) {
    return workingDays >= minimumWorkingDays() && workingDays <= maximumWorkingDays();
  }

  /**
   * Describes the range for a person, e.g. {@code "1 to 2 months"} or {@code "3 months"}.
   *
   * @return the description, in English
   */
  public String describe() {
    String unit = unit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (minimum() == maximum()) {
      return Numbers.plain(minimum()) + " " + (minimum() == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }
    return Numbers.plain(minimum()) + " to " + Numbers.plain(maximum()) + " " + unit;
  }


  @Value.Check
  void check() {
    Invariants.of("DurationRange")
        .nonNegative("minimum", minimum())
        .nonNegative("maximum", maximum())
        .require(
            maximum() >= minimum(),
            "maximum",
            maximum(),
            "must not be below minimum (" + minimum() + ")");
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

  /** Builds {@link DurationRange} values. */
  public static final class Builder extends ImmutableDurationRange.Builder {}
}
