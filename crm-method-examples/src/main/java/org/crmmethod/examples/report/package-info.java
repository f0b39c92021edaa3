/**
 * A plan's report as one self-contained HTML page and as a Mermaid Gantt chart, for the
 * command-line planner's {@code report} command and for anyone who wants to show a plan.
 */
package org.crmmethod.examples.report;
