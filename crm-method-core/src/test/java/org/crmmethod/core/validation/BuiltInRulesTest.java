package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.PlanBreakers.Break;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule flags a plan broken in the way it forbids, and the reference plan breaks
 * none of them. Each case's name starts with the facts its rule enforces.
 */
class BuiltInRulesTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan REFERENCE = PharmaReferencePlan.plan();

  static Stream<Break> breaks() {
    return PlanBreakers.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void rule_flagsTheBrokenReferencePlan(Break broken) {
    ValidationReport report = Validator.standard().validate(broken.apply().apply(REFERENCE), METHOD);

    List<Finding> findings = report.byRule(broken.ruleId());
    assertThat(findings).as(report.render()).isNotEmpty();
    Rule rule = BuiltInRules.byId(broken.ruleId()).orElseThrow();
    assertThat(findings).allSatisfy(finding -> {
      assertThat(finding.severity()).isEqualTo(rule.severity());
      assertThat(finding.facts()).isEqualTo(rule.facts());
      assertThat(finding.message()).isNotBlank();
    });
  }

  @Test
  @DisplayName("F01-F33: the reference plan breaks no built-in rule, not even with a warning")
  void referencePlan_hasNoFinding() {
    ValidationReport report = Validator.standard().validate(REFERENCE, METHOD);

    assertThat(report.findings()).as(report.render()).isEmpty();
    assertThat(report.rulesRun()).hasSize(BuiltInRules.all().size());
  }

  @Test
  void everyBuiltInRule_hasABreakThatTriggersIt() {
    assertThat(PlanBreakers.byRule().keySet())
        .containsExactlyInAnyOrderElementsOf(BuiltInRules.all().stream().map(Rule::id).toList());
  }

  @Test
  void builtInRuleIds_followTheScheme() {
    for (Rule rule : BuiltInRules.all()) {
      String expectedPrefix = rule.facts().isEmpty()
          ? "CRM-STRUCT-"
          : "CRM-" + rule.facts().stream().sorted().findFirst().orElseThrow().name() + "-";
      if (!rule.id().startsWith("CRM-STRUCT-")) {
        assertThat(rule.id()).as("id of %s", rule.title()).startsWith(expectedPrefix);
      }
      assertThat(rule.title()).isNotBlank();
    }
  }
}
