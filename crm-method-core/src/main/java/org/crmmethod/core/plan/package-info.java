/**
 * The plan side of the model: one company's CRM project, with its context, phases, lots and their
 * steps, activities and dependencies, deliverables and approvals, gate decisions, project
 * decisions, meetings and KPIs.
 *
 * <p>Each value checks its own invariants when built. Consistency across the plan (unique ids,
 * references that resolve, the method's rules) is the validator's job, so that a plan under edit
 * can be built, inspected and reported on rather than refused.
 */
@CrmStyle
package org.crmmethod.core.plan;

import org.crmmethod.core.value.CrmStyle;
