package org.crmmethod.core.validation;

import java.util.List;

/**
 * The service through which a library or application contributes rules to validators built with
 * {@link Validator.Builder#addProvidedRules()}.
 *
 * <p>Declare an implementation with {@code provides org.crmmethod.core.validation.RuleProvider
 * with ...} in a module, or in {@code META-INF/services/org.crmmethod.core.validation.RuleProvider}
 * on the class path. It needs a public no-argument constructor.
 */
public interface RuleProvider {

  /**
   * Returns the rules this provider contributes.
   *
   * @return the rules; their ids must not clash with other rules of the same validator
   */
  List<Rule> rules();
}
