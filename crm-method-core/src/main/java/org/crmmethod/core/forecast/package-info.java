/**
 * How long a plan will take, as figures with their uncertainty: the classic PERT analysis of the
 * critical path ({@link org.crmmethod.core.forecast.PertAnalysis}) and a seeded Monte Carlo
 * simulation of the whole network ({@link org.crmmethod.core.forecast.MonteCarloSimulator}, whose
 * result is a {@link org.crmmethod.core.forecast.Forecast}). Each activity's three-point estimate
 * is read as a {@link org.crmmethod.core.forecast.DurationDistribution}.
 *
 * <p>Every figure is in working days from the project start, counted as the network's early dates
 * are: day 0 is the start, a finish of 60 means at the end of the 60th working day. Mapping such a
 * figure to a calendar date (holidays, weekends) is left to a calendar applied afterwards, so a
 * forecast is computed once and can be read against any calendar. The method puts a CRM
 * implementation at about 12 months (F11) and its phases at 3, 1 to 2, 2 to 3 and 3 to 5 months
 * (F06-F10); a forecast tells how likely a plan is to hold such a target, and how unlikely a
 * vendor's promise of 90 days is.
 *
 * <p>Engines here are pure functions over immutable plans: they compile the plan's activities into
 * arrays once and return immutable results.
 */
@CrmStyle
package org.crmmethod.core.forecast;

import org.crmmethod.core.value.CrmStyle;
