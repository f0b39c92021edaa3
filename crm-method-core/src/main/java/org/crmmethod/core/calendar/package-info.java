/**
 * Working calendars: which days of the week are worked, which days are holidays (fixed dates, dates
 * set relative to Easter, one-off closures), and the conversion between dates and working-day
 * offsets that timeline estimates need.
 */
@CrmStyle
package org.crmmethod.core.calendar;

import org.crmmethod.core.value.CrmStyle;
