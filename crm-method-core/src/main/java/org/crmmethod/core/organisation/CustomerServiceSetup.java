package org.crmmethod.core.organisation;

/** How a company organises the service to a customer segment (F25). */
public enum CustomerServiceSetup {
  /** A contact center dedicated to the segment, working with the departments concerned. */
  DEDICATED_CONTACT_CENTER,
  /** A partner that runs both logistics and customer relations for the segment. */
  PARTNER_FOR_LOGISTICS_AND_RELATIONS,
  /** The customer-facing departments deal with the segment directly. */
  DIRECT_FROM_DEPARTMENTS
}
