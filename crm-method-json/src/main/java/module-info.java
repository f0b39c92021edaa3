/**
 * crm-method's JSON module: the wire format of the model, with Jackson 3. Core knows nothing of
 * JSON; everything JSON lives here. The Jackson module is provided as a service, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it.
 */
module org.crmmethod.json {
  requires transitive org.crmmethod.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires com.fasterxml.jackson.annotation;

  exports org.crmmethod.json;

  opens org.crmmethod.json.mixin to
      tools.jackson.databind;

  // The JSON Schemas (WireFormat.planSchema(), methodSchema()) are resources of this package;
  // opening it lets tools on the module path load them by name, e.g. through a class loader.
  opens org.crmmethod.json.schema;

  provides tools.jackson.databind.JacksonModule with
      org.crmmethod.json.CrmJsonModule;
}
