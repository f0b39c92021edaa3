package org.crmmethod.core.organisation;

/** The three areas of what an organisation expects of its CRM (F22). */
public enum ExpectationArea {
  /** An infrastructure to share customer information and coordinate (F22 a). */
  SHARED_INFRASTRUCTURE,
  /** An organisation that measures efforts and improves information and sales processes (F22 b). */
  MEASUREMENT,
  /** Lower costs through better information flow and automated administration (F22 c). */
  COST_REDUCTION
}
