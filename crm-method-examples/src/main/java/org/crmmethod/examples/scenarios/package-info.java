/**
 * Runnable scenarios that take the library end to end on a case, each a {@code main} that prints
 * readable text and a {@code run(PrintStream)} that tests call:
 *
 * <ul>
 *   <li>{@link org.crmmethod.examples.scenarios.PharmaceuticalScenario}: a pharmaceutical laboratory
 *       with the staged method, from the catalogue plan to the forecast (F01-F11, F21-F33);
 *   <li>{@link org.crmmethod.examples.scenarios.LotRolloutScenario}: a mid-size company's rollout in
 *       lots, classic and differentiating, side by side (F12-F20);
 *   <li>{@link org.crmmethod.examples.scenarios.VendorPromiseScenario}: a vendor's promise of 90 days
 *       held against the method (F11);
 *   <li>{@link org.crmmethod.examples.scenarios.VendorExtensionScenario}: a tool vendor's own method,
 *       rules, estimation rules and start-module weights.
 * </ul>
 */
package org.crmmethod.examples.scenarios;
