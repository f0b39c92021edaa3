/** Runnable examples of crm-method. */
module org.crmmethod.examples {
  requires transitive org.crmmethod.core;
  requires org.crmmethod.json;
  requires info.picocli;

  exports org.crmmethod.examples;
  exports org.crmmethod.examples.scenarios;
  exports org.crmmethod.examples.vendor;
  exports org.crmmethod.examples.cli;
  exports org.crmmethod.examples.report;

  // picocli reads the commands' annotated fields and sets them by reflection.
  opens org.crmmethod.examples.cli to
      info.picocli;

  provides org.crmmethod.core.validation.RuleProvider with
      org.crmmethod.examples.vendor.AcmeRuleProvider;
}
