/**
 * Choosing the module a CRM project starts with (F01-F04): the criteria the method weighs, the risk
 * factors it warns about, each module's profile, and the choice a plan records.
 */
@CrmStyle
package org.crmmethod.core.startmodule;

import org.crmmethod.core.value.CrmStyle;
