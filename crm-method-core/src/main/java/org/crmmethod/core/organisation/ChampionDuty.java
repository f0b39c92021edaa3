package org.crmmethod.core.organisation;

/** What the champions team does to keep the customer culture alive after deployment (F27). */
public enum ChampionDuty {
  /** Keep the key actors inside the company involved. */
  KEEP_KEY_ACTORS_INVOLVED,
  /** Help users who struggle with the new tools and processes. */
  HELP_USERS_IN_DIFFICULTY,
  /** Lower everyone's resistance to change. */
  LOWER_RESISTANCE_TO_CHANGE,
  /** Keep collecting information about customers. */
  KEEP_COLLECTING_CUSTOMER_INFORMATION,
  /** Keep the customer databases reliable. */
  KEEP_CUSTOMER_DATA_RELIABLE,
  /** Hold actors accountable for the quality of their cooperation. */
  HOLD_ACTORS_ACCOUNTABLE_FOR_COOPERATION,
  /** Set new objectives as the CRM matures. */
  SET_NEW_OBJECTIVES
}
