package org.crmmethod.core.plan;

/** The kinds of meeting and exchange a project holds. */
public enum MeetingKind {
  /** A steering committee meeting (F15). */
  STEERING_COMMITTEE,
  /** A meeting of the project team. */
  PROJECT_TEAM,
  /** A one-to-one interview, as in the audit (F07). */
  ONE_TO_ONE,
  /** A group session or workshop, as in the audit (F07). */
  GROUP_SESSION,
  /** An exchange outside any meeting whose content still matters (F15). */
  INFORMAL_EXCHANGE
}
