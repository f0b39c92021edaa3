/**
 * Readiness before any IT work (F28-F33): the questions on strategy, data, organisation and IT a
 * company answers first, grouped in the order the method asks them; the company's answers to them
 * ({@link org.crmmethod.core.readiness.ReadinessAssessment}); and {@link
 * org.crmmethod.core.readiness.ReadinessScorer}, which reads an assessment into scores, red, amber
 * or green readings and the open questions that still block work.
 */
@CrmStyle
package org.crmmethod.core.readiness;

import org.crmmethod.core.value.CrmStyle;
