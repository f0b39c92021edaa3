package org.crmmethod.examples.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Runs the library's engines on a plan, reporting a plan they refuse as not sound. */
final class Engines {
  private Engines() {}

  /**
   * Runs an engine.
   *
   * @param planFile the plan's file, for the message
   * @param engine the engine's work
   * @return what the engine computed
   * @throws PlannerException exit code 1 when the engine refuses the plan (a dependency cycle, two
   *     activities with one id, a link to no activity, an unknown calendar): the validator reports
   *     each of these as an error, so the message points to {@code validate}
   */
  static <T> T run(Path planFile, Supplier<T> engine) {
    try {
      return engine.get();
    } catch (IllegalArgumentException refused) {
      throw PlannerException.notSound(
          planFile + ": " + refused.getMessage() + System.lineSeparator()
              + "Run `crm-planner validate " + planFile + "` to see every finding.");
    }
  }
}
