/**
 * The command-line planner, {@code crm-planner}: make a starting plan, check it against its method,
 * schedule it, forecast it, weigh its requirements against the package and the budget, and report
 * on it, from a plan document in the library's JSON wire format.
 *
 * <p>{@link org.crmmethod.examples.cli.CrmPlanner} is the entry point; each command is a class of
 * its own. Commands write text for people or, with {@code --format json}, the library's own result
 * documents. Exit codes: 0 when all went well, 1 when the plan is readable but not sound (the
 * validator found an error, or an engine refused the plan), 2 for bad input or usage.
 */
package org.crmmethod.examples.cli;
