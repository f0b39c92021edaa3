/**
 * crm-method's core: the immutable model of the CRM implementation method (method side and plan
 * side) and its built-in catalogue. Free of any JSON library.
 */
module org.crmmethod.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.crmmethod.core;
  exports org.crmmethod.core.method;
  exports org.crmmethod.core.plan;
  exports org.crmmethod.core.organisation;
  exports org.crmmethod.core.startmodule;
  exports org.crmmethod.core.startmodule.recommendation;
  exports org.crmmethod.core.readiness;
  exports org.crmmethod.core.calendar;
  exports org.crmmethod.core.catalogue;
  exports org.crmmethod.core.forecast;
  exports org.crmmethod.core.generator;
  exports org.crmmethod.core.schedule;
  exports org.crmmethod.core.estimation;
  exports org.crmmethod.core.fitgap;
  exports org.crmmethod.core.validation;
  exports org.crmmethod.core.validation.rules;

  uses org.crmmethod.core.validation.RuleProvider;
}
