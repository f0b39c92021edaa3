/**
 * The JSON wire format of crm-method documents. So far this holds the format's versioning; the
 * Jackson module, mapper factory and schemas will join it.
 */
package org.crmmethod.json;
