/**
 * Estimation rules: how long each phase of a method should take for a given project, derived from
 * the project's context (approach, modules in scope, number of lots) before any detailed plan
 * exists.
 *
 * <p>An {@link org.crmmethod.core.estimation.EstimationRule} adjusts phase estimates; the {@link
 * org.crmmethod.core.estimation.SkeletonEstimator} applies a list of them, the built-in ones of
 * {@link org.crmmethod.core.estimation.EstimationRules} unless a vendor replaces them, and returns
 * a {@link org.crmmethod.core.estimation.TimelineSkeleton}. Every rule names the facts it rests on
 * and documents its formula; where the method gives no figure, the rule says that its coefficient
 * is this library's calibration.
 */
@CrmStyle
package org.crmmethod.core.estimation;

import org.crmmethod.core.value.CrmStyle;
