package org.crmmethod.examples.report;

/**
 * The chance of finishing by a target date, read from the forecast as {@link
 * org.crmmethod.core.forecast.Credibility} reads it: the share of simulated iterations that finish
 * within the working days from the plan's start to the target, both included.
 *
 * @param date the target finish date
 * @param workingDays the working days available up to and including the target
 * @param probability the share of iterations finished by then, from 0 to 1
 */
record TargetOdds(java.time.LocalDate date, int workingDays, double probability) {}
