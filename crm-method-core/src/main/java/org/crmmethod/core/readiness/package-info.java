/**
 * Readiness before any IT work (F28-F33): the questions on strategy, data, organisation and IT a
 * company answers first, grouped in the order the method asks them.
 */
@CrmStyle
package org.crmmethod.core.readiness;

import org.crmmethod.core.value.CrmStyle;
