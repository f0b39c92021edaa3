/**
 * How a tool vendor adds rules of its own to the validator: a {@link
 * org.crmmethod.core.validation.Rule} and the {@link org.crmmethod.core.validation.RuleProvider}
 * that contributes it through {@link java.util.ServiceLoader}.
 */
package org.crmmethod.examples.vendor;
