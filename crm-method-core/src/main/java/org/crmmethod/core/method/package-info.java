/**
 * The method side of the model: a reusable CRM implementation method with its phases, deliverable
 * types, roles, quality gates and lot template, and the vocabulary (facts, modules, activity and
 * workstream kinds, approaches) that plans and rules share.
 */
@CrmStyle
package org.crmmethod.core.method;

import org.crmmethod.core.value.CrmStyle;
