/**
 * A plan's report as one self-contained HTML page and as a Mermaid Gantt chart: the schedule, the
 * forecast of the finish, the validation findings, the readiness of the company and the coverage of
 * its requirements, computed by the library's engines and drawn with inline SVG.
 *
 * <p>{@link org.crmmethod.examples.report.PlanReport} is the entry point; the other types draw one
 * part of the page each and are not public.
 */
package org.crmmethod.examples.report;
