/**
 * The built-in rules: one or more for each fact of the method that a plan can break, and the
 * structural rules that keep a plan consistent. {@link
 * org.crmmethod.core.validation.rules.BuiltInRules} lists them and names their ids.
 *
 * <p>The rules recognise the method's elements by the ids of the built-in catalogue (phases that
 * plan a kind of activity, deliverable types such as {@code STRATEGIC_OBJECTIVE}, roles such as
 * {@code GENERAL_MANAGEMENT}). A rule whose elements a custom method does not define has nothing to
 * check and stays silent.
 */
package org.crmmethod.core.validation.rules;
