package org.crmmethod.core.validation;

import java.util.List;
import java.util.Objects;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Assertions for test suites that check their plans, usable from JUnit or any other framework:
 * they throw {@link AssertionError} with the readable report as the message, and need no library
 * beyond this one.
 *
 * <pre>{@code
 * PlanAssertions.assertValid(plan, StagedMethod.definition());
 * PlanAssertions.assertFinding(plan, method, "CRM-F17-TRAINING-AFTER-PRE-ACCEPTANCE");
 * PlanAssertions.using(myValidator).assertNoFinding(plan, method, "ACME-F15-MINUTES-SIGNED");
 * }</pre>
 *
 * <p>The static methods use {@link Validator#standard()}; {@link #using(Validator)} gives the same
 * assertions over another validator.
 */
public final class PlanAssertions {
  private static final PlanAssertions STANDARD = new PlanAssertions(Validator.standard());

  private final Validator validator;

  private PlanAssertions(Validator validator) {
    this.validator = validator;
  }

  /**
   * Returns assertions that validate with a given validator.
   *
   * @param validator the validator
   * @return the assertions
   */
  public static PlanAssertions using(Validator validator) {
    return new PlanAssertions(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Asserts that a plan has no {@link Severity#ERROR} finding under the standard validator.
   *
   * @param plan the plan
   * @param method its method
   * @return the report, for further checks
   * @throws AssertionError when the plan is not valid; the message is the report
   */
  public static ValidationReport assertValid(ProjectPlan plan, Method method) {
    return STANDARD.valid(plan, method);
  }

  /**
   * Asserts that the standard validator reports at least one finding of a rule.
   *
   * @param plan the plan
   * @param method its method
   * @param ruleId the rule id
   * @return the findings of that rule
   * @throws AssertionError when the rule reports nothing; the message is the report
   */
  public static List<Finding> assertFinding(ProjectPlan plan, Method method, String ruleId) {
    return STANDARD.finding(plan, method, ruleId);
  }

  /**
   * Asserts that the standard validator reports no finding of a rule.
   *
   * @param plan the plan
   * @param method its method
   * @param ruleId the rule id
   * @throws AssertionError when the rule reports something; the message is the report
   */
  public static void assertNoFinding(ProjectPlan plan, Method method, String ruleId) {
    STANDARD.noFinding(plan, method, ruleId);
  }

  /**
   * Asserts that a plan has no {@link Severity#ERROR} finding under this object's validator.
   *
   * @param plan the plan
   * @param method its method
   * @return the report, for further checks
   * @throws AssertionError when the plan is not valid; the message is the report
   */
  public ValidationReport valid(ProjectPlan plan, Method method) {
    ValidationReport report = validator.validate(plan, method);
    if (!report.isValid()) {
      throw new AssertionError("Expected a valid plan, but: " + report.render());
    }
    return report;
  }

  /**
   * Asserts that this object's validator reports at least one finding of a rule.
   *
   * @param plan the plan
   * @param method its method
   * @param ruleId the rule id
   * @return the findings of that rule
   * @throws AssertionError when the rule reports nothing; the message is the report
   * @throws IllegalArgumentException when the validator runs no rule with that id
   */
  public List<Finding> finding(ProjectPlan plan, Method method, String ruleId) {
    validator.severity(ruleId);
    ValidationReport report = validator.validate(plan, method);
    List<Finding> findings = report.byRule(ruleId);
    if (findings.isEmpty()) {
      throw new AssertionError("Expected a finding of " + ruleId + ", but: " + report.render());
    }
    return findings;
  }

  /**
   * Asserts that this object's validator reports no finding of a rule.
   *
   * @param plan the plan
   * @param method its method
   * @param ruleId the rule id
   * @throws AssertionError when the rule reports something; the message is the report
   * @throws IllegalArgumentException when the validator runs no rule with that id
   */
  public void noFinding(ProjectPlan plan, Method method, String ruleId) {
    validator.severity(ruleId);
    ValidationReport report = validator.validate(plan, method);
    if (!report.byRule(ruleId).isEmpty()) {
      throw new AssertionError("Expected no finding of " + ruleId + ", but: " + report.render());
    }
  }
}
