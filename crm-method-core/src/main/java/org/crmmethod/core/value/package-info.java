/**
 * The conventions every model value follows: the Immutables style and the invariant checks. Not
 * exported: nothing here is API.
 */
package org.crmmethod.core.value;
