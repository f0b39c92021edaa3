package org.crmmethod.examples.vendor;

import java.util.List;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.RuleProvider;

/**
 * Contributes the vendor's rules to every validator built with {@code addProvidedRules()}. It is
 * declared with {@code provides} in this module's {@code module-info.java}; on the class path, a
 * {@code META-INF/services} file does the same.
 */
public final class AcmeRuleProvider implements RuleProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public AcmeRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(new KpiOwnerRule());
  }
}
