package org.crmmethod.core.organisation;

/** What a project team is formed for. */
public enum TeamPurpose {
  /** Steering the project (F15). */
  STEERING,
  /** Running the project day to day. */
  PROJECT,
  /** Auditing expectations and obstacles (F07). */
  AUDIT,
  /** Writing the requirements specification, 6 to 12 people each (F08). */
  SPECIFICATION,
  /** Supporting users, e.g. a hotline (F19, F32). */
  SUPPORT
}
