package org.crmmethod.core.method;

/** The functional modules a CRM project may put in scope (F02-F04). */
public enum CrmModule {
  /** Sales force automation: the field sales force's accounts, visits and opportunities. */
  SFA("Sales force automation"),
  /** Enterprise marketing automation: campaigns, segmentation and marketing resources. */
  EMA("Enterprise marketing automation"),
  /** The contact or call center handling customers' calls and requests. */
  CONTACT_CENTER("Contact center"),
  /** Web and e-CRM: the company's online channels to its customers. */
  WEB_AND_E_CRM("Web and e-CRM"),
  /** Analytical CRM: decision support built on customer and market data. */
  ANALYTICAL("Analytical CRM");

  private final String label;

  CrmModule(String label) {
    this.label = label;
  }

  /**
   * Returns the module's name as a person reads it.
   *
   * @return the label, e.g. "Sales force automation"
   */
  public String label() {
    return label;
  }
}
