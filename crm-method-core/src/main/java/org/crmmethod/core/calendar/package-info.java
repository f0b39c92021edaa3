/**
 * Working calendars: which days of the week are worked, which days are holidays (fixed dates, dates
 * set relative to Easter, one-off closures), and the conversion between dates and working-day
 * offsets that timeline estimates need.
 *
 * <p>A {@link org.crmmethod.core.calendar.WorkingCalendar} is a plain value that answers questions
 * about single days. To convert many dates and offsets, {@linkplain
 * org.crmmethod.core.calendar.WorkingCalendar#prepare prepare} it once for a span of dates: the
 * resulting {@link org.crmmethod.core.calendar.PreparedCalendar} answers every query in constant
 * time. {@link org.crmmethod.core.calendar.Calendars} holds the built-in calendars that a plan's
 * {@code ProjectContext.calendar()} refers to by id.
 */
@CrmStyle
package org.crmmethod.core.calendar;

import org.crmmethod.core.value.CrmStyle;
