/** Runnable examples of crm-method. */
module org.crmmethod.examples {
  requires transitive org.crmmethod.core;
  requires org.crmmethod.json;

  exports org.crmmethod.examples;
  exports org.crmmethod.examples.report;
  exports org.crmmethod.examples.vendor;

  provides org.crmmethod.core.validation.RuleProvider with
      org.crmmethod.examples.vendor.AcmeRuleProvider;
}
