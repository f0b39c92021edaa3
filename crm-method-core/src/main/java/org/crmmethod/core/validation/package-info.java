/**
 * Plan validation: the {@link org.crmmethod.core.validation.Validator} that runs {@link
 * org.crmmethod.core.validation.Rule}s over a project plan and its method, the {@link
 * org.crmmethod.core.validation.Finding}s they report and the {@link
 * org.crmmethod.core.validation.ValidationReport} that gathers them, the {@link
 * org.crmmethod.core.validation.RuleProvider} service through which other libraries add rules, and
 * {@link org.crmmethod.core.validation.PlanAssertions} for test suites.
 *
 * <p>The built-in rules, one or more per fact of the method, are in {@link
 * org.crmmethod.core.validation.rules}.
 */
@CrmStyle
package org.crmmethod.core.validation;

import org.crmmethod.core.value.CrmStyle;
