/**
 * The organisation around a CRM project (F21-F27): departments and stakeholders, teams and the
 * champions team, customer segments, and the objectives and expectations the CRM serves.
 */
@CrmStyle
package org.crmmethod.core.organisation;

import org.crmmethod.core.value.CrmStyle;
