package org.crmmethod.core.organisation;

/** The qualities of the 360-degree customer view the CRM aims at (F23). */
public enum CustomerViewQuality {
  /** Every department's part of the customer is in the view. */
  COMPLETE,
  /** The parts agree with each other. */
  COHERENT,
  /** The view is up to date. */
  CURRENT
}
