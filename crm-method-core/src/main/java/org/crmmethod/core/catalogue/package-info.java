/**
 * The built-in catalogue, as data: the staged four-phase method (F05-F11), the lot-based rollout in
 * its classic and differentiating forms (F12-F20), the organisation catalogue (F21-F27), the
 * readiness questionnaire (F28-F33), the start-module profiles (F01-F04), and a complete reference
 * plan for a pharmaceutical laboratory.
 *
 * <p>Everything here is built with the model's builders, once, and shared: the values are
 * immutable. Each value names the method facts it encodes, in its {@code facts()} attribute where
 * it has one and in its Javadoc otherwise.
 */
package org.crmmethod.core.catalogue;
