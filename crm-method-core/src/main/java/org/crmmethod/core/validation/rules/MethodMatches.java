package org.crmmethod.core.validation.rules;

import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** The plan names the method it is checked against. */
final class MethodMatches extends BuiltInRule {
  MethodMatches() {
    super(BuiltInRules.METHOD_MATCHES, Severity.ERROR, "The plan follows the method it is checked against");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    String named = context.plan().method();
    String actual = context.method().id();
    if (!named.equals(actual)) {
      findings.report(
          "method",
          "The plan names method '" + named + "' but is checked against method '" + actual + "'",
          "Validate the plan against the method it names, or change its method id.");
    }
  }
}
