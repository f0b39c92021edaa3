/**
 * The fit-gap analysis of the specification phase (F08): the requirements users state, how well the
 * chosen CRM package meets each one, what closing the gaps would cost against the budget, and which
 * gaps to close.
 *
 * <p>The plan side is {@link org.crmmethod.core.fitgap.FitGapAnalysis}, held by a plan in {@code
 * ProjectPlan.fitGap()}: its {@link org.crmmethod.core.fitgap.Requirement}s with their MoSCoW
 * {@link org.crmmethod.core.fitgap.Priority}, one {@link org.crmmethod.core.fitgap.FitAssessment}
 * per assessed requirement, the budget and the gaps the project means to close. Two pure engines
 * read it: {@link org.crmmethod.core.fitgap.FitGapAnalyser} reports coverage, gaps, costs and the
 * degree of fit ({@link org.crmmethod.core.fitgap.FitGapReport}), and {@link
 * org.crmmethod.core.fitgap.GapClosureOptimiser} recommends the gaps to close within the budget
 * ({@link org.crmmethod.core.fitgap.GapClosurePlan}).
 */
@CrmStyle
package org.crmmethod.core.fitgap;

import org.crmmethod.core.value.CrmStyle;
