package org.crmmethod.core.validation;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;

/**
 * A check of a project plan against its method.
 *
 * <p>A rule is pure: it reads the plan, the method and the settings through its {@link
 * ValidationContext} and reports what it finds to its {@link FindingSink}; it keeps no state
 * between calls, so one rule object may check many plans, from many threads. Its cost should be
 * linear in the size of the plan.
 *
 * <p>Rule ids follow one scheme: {@code CRM-F<nn>-<WHAT-IS-CHECKED>} for a rule that enforces
 * fact {@code F<nn>} of the method (the lowest fact when it enforces several), and {@code
 * CRM-STRUCT-<WHAT-IS-CHECKED>} for a structural rule. Vendors should prefix their own rules with
 * their own name instead of {@code CRM}. Ids are upper case letters, digits and hyphens.
 */
public interface Rule {

  /**
   * Returns the rule's stable id.
   *
   * @return the id, e.g. {@code CRM-F17-TRAINING-AFTER-PRE-ACCEPTANCE}
   */
  String id();

  /**
   * Returns how serious the rule's findings are, unless the validator was told otherwise.
   *
   * @return the default severity
   */
  Severity severity();

  /**
   * Returns the facts of the method the rule enforces.
   *
   * @return the fact ids, empty for a structural rule
   */
  Set<MethodFact> facts();

  /**
   * Returns a one-line title saying what the rule checks.
   *
   * @return the title
   */
  String title();

  /**
   * Checks a plan and reports what is wrong.
   *
   * @param context the plan, its method, the settings and precomputed lookups
   * @param findings where to report
   */
  void check(ValidationContext context, FindingSink findings);
}
