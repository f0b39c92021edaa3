package org.crmmethod.examples.report;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an engine gave for the plan, or why it could not give it: a plan under edit may have a
 * dependency cycle or an unknown calendar, and its report must still show what can be shown, with
 * the reason for what cannot.
 *
 * @param value the result, or empty when the engine refused the plan
 * @param problem why the engine refused it; empty when there is a value
 * @param <T> the result's type
 */
record Attempt<T>(Optional<T> value, String problem) {

  /**
   * Runs an engine, keeping the message of an {@link IllegalArgumentException} (which the
   * scheduler's {@link org.crmmethod.core.schedule.SchedulingException} also is) as the problem.
   *
   * @param engine the computation
   * @param <T> the result's type
   * @return the attempt
   */
  static <T> Attempt<T> of(Supplier<T> engine) {
    try {
      return new Attempt<>(Optional.of(engine.get()), "");
    } catch (IllegalArgumentException refused) {
      return failed(String.valueOf(refused.getMessage()));
    }
  }

  /**
   * An attempt that was not made or failed.
   *
   * @param problem why there is no result
   * @param <T> the result's type
   * @return the attempt
   */
  static <T> Attempt<T> failed(String problem) {
    return new Attempt<>(Optional.empty(), problem);
  }
}
