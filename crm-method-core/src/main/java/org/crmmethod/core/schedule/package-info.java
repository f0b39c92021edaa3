/**
 * Critical-path scheduling of a plan's activities on a working calendar: the {@link
 * org.crmmethod.core.schedule.Scheduler} turns a plan into a {@link
 * org.crmmethod.core.schedule.Schedule} with each activity's early and late dates, total and free
 * floats, and the critical path.
 *
 * <p>Durations and lags are in working days. Scheduling is linear in the number of activities and
 * dependencies and iterative throughout, so a chain of a million activities needs no deep stack.
 */
@CrmStyle
package org.crmmethod.core.schedule;

import org.crmmethod.core.value.CrmStyle;
