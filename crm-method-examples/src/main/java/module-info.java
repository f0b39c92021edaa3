/** Runnable examples of crm-method. */
module org.crmmethod.examples {
  requires transitive org.crmmethod.core;

  exports org.crmmethod.examples;
}
