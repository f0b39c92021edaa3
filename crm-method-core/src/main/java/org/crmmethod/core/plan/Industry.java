package org.crmmethod.core.plan;

/** The industry a company works in; some of the method's facts are specific to pharma (F24, F25). */
public enum Industry {
  /** Pharmaceutical laboratories, the industry the method's sources describe. */
  PHARMACEUTICAL,
  /** Medical devices and diagnostics. */
  MEDICAL_DEVICES,
  /** Manufacturing of goods sold to businesses or consumers. */
  MANUFACTURING,
  /** Retail and distribution. */
  RETAIL,
  /** Banking, insurance and other financial services. */
  FINANCIAL_SERVICES,
  /** Telecommunications and utilities. */
  TELECOMMUNICATIONS,
  /** Professional and business services. */
  SERVICES,
  /** Public administrations and bodies. */
  PUBLIC_SECTOR,
  /** Any other industry. */
  OTHER
}
