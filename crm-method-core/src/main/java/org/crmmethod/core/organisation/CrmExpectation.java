package org.crmmethod.core.organisation;

/** What an organisation expects its CRM to bring, grouped in three areas (F22). */
public enum CrmExpectation {
  /** Customer information shared across the company. */
  SHARED_CUSTOMER_INFORMATION(ExpectationArea.SHARED_INFRASTRUCTURE),
  /** Communication and coordination between head office and the field. */
  HEAD_OFFICE_FIELD_COORDINATION(ExpectationArea.SHARED_INFRASTRUCTURE),
  /** A trace of every contact: the memory of the relationship. */
  CONTACT_HISTORY(ExpectationArea.SHARED_INFRASTRUCTURE),
  /** Measuring the efforts of the group with internal and external information. */
  MEASURED_EFFORTS(ExpectationArea.MEASUREMENT),
  /** More information, and better information. */
  BETTER_INFORMATION(ExpectationArea.MEASUREMENT),
  /** Optimised sales processes. */
  OPTIMISED_SALES_PROCESSES(ExpectationArea.MEASUREMENT),
  /** Lower costs through information flowing better between departments. */
  SMOOTHER_INFORMATION_FLOW(ExpectationArea.COST_REDUCTION),
  /** Lower costs through automated administrative tasks. */
  AUTOMATED_ADMINISTRATION(ExpectationArea.COST_REDUCTION);

  private final ExpectationArea area;

  CrmExpectation(ExpectationArea area) {
    this.area = area;
  }

  /**
   * Returns the area this expectation belongs to.
   *
   * @return the area
   */
  public ExpectationArea area() {
    return area;
  }
}
