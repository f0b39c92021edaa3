package org.crmmethod.examples.cli;

/**
 * A command's failure that the planner reports as one message and an exit code, without a stack
 * trace: the user's input is at fault, or the plan is not sound, not the planner.
 */
final class PlannerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  PlannerException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Reports bad input or usage, exit code {@value ExitCodes#BAD_INPUT}.
   *
   * @param message what is wrong, starting with the file or option at fault
   * @return the exception
   */
  static PlannerException badInput(String message) {
    return new PlannerException(ExitCodes.BAD_INPUT, message);
  }

  /**
   * Reports a plan that is readable but that an engine refuses, exit code {@value
   * ExitCodes#NOT_SOUND}.
   *
   * @param message what the engine said, starting with the plan's file
   * @return the exception
   */
  static PlannerException notSound(String message) {
    return new PlannerException(ExitCodes.NOT_SOUND, message);
  }

  int exitCode() {
    return exitCode;
  }
}
