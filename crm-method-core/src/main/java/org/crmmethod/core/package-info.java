/**
 * The root of crm-method's core: the exception every model value throws when it cannot be built.
 *
 * <p>The model itself lives in the sub-packages: {@link org.crmmethod.core.method} (a reusable
 * method definition), {@link org.crmmethod.core.plan} (one company's project plan), {@link
 * org.crmmethod.core.organisation}, {@link org.crmmethod.core.startmodule} and {@link
 * org.crmmethod.core.readiness}; {@link org.crmmethod.core.catalogue} holds the built-in method,
 * its catalogues and a reference plan, all built from those values.
 */
package org.crmmethod.core;
