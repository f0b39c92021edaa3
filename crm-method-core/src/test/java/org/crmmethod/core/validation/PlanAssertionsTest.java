package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class PlanAssertionsTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan VALID = PharmaReferencePlan.plan();
  private static final ProjectPlan NO_CHAMPIONS =
      PlanBreakers.byRule().get(BuiltInRules.CHAMPIONS_TEAM).apply().apply(VALID);

  @Test
  void assertValid_passesOnAValidPlan() {
    assertThat(PlanAssertions.assertValid(VALID, METHOD).isValid()).isTrue();
  }

  @Test
  void assertValid_failsWithTheReport() {
    assertThatThrownBy(() -> PlanAssertions.assertValid(NO_CHAMPIONS, METHOD))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a valid plan, but: Plan 'pharma-reference' against method 'crm-staged': NOT valid")
        .hasMessageContaining("CRM-F27-CHAMPIONS-TEAM");
  }

  @Test
  void assertFinding_returnsTheFindings() {
    assertThat(PlanAssertions.assertFinding(NO_CHAMPIONS, METHOD, BuiltInRules.CHAMPIONS_TEAM)).hasSize(1);
  }

  @Test
  void assertFinding_failsWhenTheRuleIsSilent() {
    assertThatThrownBy(() -> PlanAssertions.assertFinding(VALID, METHOD, BuiltInRules.CHAMPIONS_TEAM))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a finding of CRM-F27-CHAMPIONS-TEAM, but: Plan 'pharma-reference'");
  }

  @Test
  void assertNoFinding_passesAndFails() {
    PlanAssertions.assertNoFinding(VALID, METHOD, BuiltInRules.CHAMPIONS_TEAM);

    assertThatThrownBy(() -> PlanAssertions.assertNoFinding(NO_CHAMPIONS, METHOD, BuiltInRules.CHAMPIONS_TEAM))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no finding of CRM-F27-CHAMPIONS-TEAM, but:");
  }

  @Test
  void assertFinding_unknownRuleIsAMistakeNotAFailure() {
    assertThatThrownBy(() -> PlanAssertions.assertNoFinding(VALID, METHOD, "CRM-F27-CHAMPIONS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId: this validator runs no rule 'CRM-F27-CHAMPIONS'");
  }

  @Test
  void using_appliesTheGivenValidator() {
    PlanAssertions lenient =
        PlanAssertions.using(Validator.builder().addBuiltInRules().disable(BuiltInRules.CHAMPIONS_TEAM).build());

    assertThat(lenient.valid(NO_CHAMPIONS, METHOD).isValid()).isTrue();
    assertThatThrownBy(() -> lenient.finding(NO_CHAMPIONS, METHOD, BuiltInRules.CHAMPIONS_TEAM))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
