/**
 * A plan's activities compiled into a compact dependency network: integer indices, predecessor
 * arrays, a topological order, the cycles that prevent one, and the early-date forward pass.
 *
 * <p>Engines (the validator now, the scheduler later) compile a plan once and then work on arrays,
 * so that their cost stays linear in the number of activities and dependencies. Not exported:
 * nothing here is API.
 */
package org.crmmethod.core.network;
