/**
 * The JSON wire format of crm-method documents: {@link org.crmmethod.json.CrmJson} reads and
 * writes them, {@link org.crmmethod.json.CrmJsonModule} is the Jackson module behind it, {@link
 * org.crmmethod.json.WireFormat} holds the format's version and its JSON Schemas, and {@link
 * org.crmmethod.json.CrmJsonException} is what every failure to read is. The format itself is
 * described in docs/WIRE-FORMAT.md.
 */
package org.crmmethod.json;
