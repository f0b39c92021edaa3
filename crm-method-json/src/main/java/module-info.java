/**
 * crm-method's JSON module: the wire format of the model, with Jackson 3. Core knows nothing of
 * JSON; everything JSON lives here.
 */
module org.crmmethod.json {
  requires transitive org.crmmethod.core;
  requires tools.jackson.databind;

  exports org.crmmethod.json;
}
