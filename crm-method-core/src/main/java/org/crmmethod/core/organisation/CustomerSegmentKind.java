package org.crmmethod.core.organisation;

/** Kinds of customer segment; all but {@link #OTHER} are the pharmaceutical ones of F25. */
public enum CustomerSegmentKind {
  /** Prescribing physicians. */
  PRESCRIBING_PHYSICIANS,
  /** Pharmacists in retail pharmacies. */
  PHARMACISTS,
  /** Hospitals. */
  HOSPITALS,
  /** Distributors. */
  DISTRIBUTORS,
  /** Wholesalers that supply pharmacies. */
  WHOLESALERS,
  /** Regulators and health authorities. */
  REGULATORS,
  /** Experts and opinion leaders. */
  EXPERTS,
  /** Some patients. */
  PATIENTS,
  /** The professional press. */
  PROFESSIONAL_PRESS,
  /** A segment outside the pharmaceutical list. */
  OTHER
}
