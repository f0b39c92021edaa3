package org.crmmethod.core.validation;

/** How serious a finding is. Reports list the most serious findings first. */
public enum Severity {
  /** The plan breaks the method or is inconsistent; a plan with an error is not valid. */
  ERROR,
  /** The plan departs from the method's advice in a way a consultant would question. */
  WARNING,
  /** Something worth knowing that does not call the plan into question. */
  INFO
}
