package org.crmmethod.examples.cli;

/** The planner's exit codes, the same for every command. */
final class ExitCodes {
  /** All went well: the plan was read and the command did its work. */
  static final int OK = 0;

  /**
   * The plan is readable but not sound: {@code validate} found at least one finding of severity
   * ERROR, or an engine refused the plan for a reason the validator reports as an error (a
   * dependency cycle, a reference to no activity, an unknown calendar).
   */
  static final int NOT_SOUND = 1;

  /**
   * Bad input or usage: an unknown command or option, a bad option value, a file that cannot be
   * read or written, or a document that is not a valid plan (the message gives the file, line,
   * column and JSON Pointer of the offending value).
   */
  static final int BAD_INPUT = 2;

  /** The planner itself failed: a bug, reported with its stack trace. */
  static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
