package org.crmmethod.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * How credible a target finish date is for a plan (F11): the chance, under the plan's three-point
 * estimates, that all its work is done by that day, by Monte Carlo simulation and by the PERT
 * normal approximation.
 *
 * <p>The working days available are those of the plan's calendar from its start date up to and
 * including the target. A vendor's promise of 90 days for a full CRM implementation comes out very
 * unlikely against a plan that follows the method.
 *
 * @param target the target finish date
 * @param workingDaysAvailable the working days from the plan's start to the target, both included
 * @param monteCarloProbability the share of simulated iterations finished within those days, 0 to 1
 * @param pertProbability the PERT normal approximation of the same chance, 0 to 1
 * @param forecast the simulation the probability was read from
 */
public record Credibility(
    LocalDate target,
    int workingDaysAvailable,
    double monteCarloProbability,
    double pertProbability,
    Forecast forecast) {

  /**
   * Assesses a target finish date on the calendar the plan's context names.
   *
   * @param plan the plan
   * @param target the target finish date, after the plan's start date
   * @param simulator the Monte Carlo simulator to use
   * @return the assessment
   * @throws IllegalArgumentException when the calendar is unknown, the target is not after the
   *     start date, or the plan cannot be forecast (a dependency cycle, duplicate ids)
   */
  public static Credibility of(ProjectPlan plan, LocalDate target, MonteCarloSimulator simulator) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(simulator, "simulator");
    String id = plan.context().calendar();
    WorkingCalendar calendar =
        Calendars.byId(id)
            .orElseThrow(() -> new IllegalArgumentException("context.calendar: no working calendar is known by the id '" + id + "'"));
    LocalDate start = plan.context().startDate();
    if (!target.isAfter(start)) {
      throw new IllegalArgumentException("target must be after the plan's start date (" + start + "), but was " + target);
    }
    PreparedCalendar span = calendar.prepare(start, target);
    int available = span.workingDaysBefore(target.plusDays(1));
    Forecast forecast = simulator.forecast(plan);
    return new Credibility(
        target, available, forecast.probabilityWithin(available), PertAnalysis.of(plan).probabilityWithin(available), forecast);
  }
}
