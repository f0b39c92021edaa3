package org.crmmethod.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

/** The rule-provider service reaches the validator through ServiceLoader, as a vendor would use it. */
class AcmeRuleProviderTest {

  @Test
  void addProvidedRules_findsTheVendorsRuleThroughServiceLoader() {
    Validator validator = Validator.builder().addBuiltInRules().addProvidedRules().build();

    assertThat(validator.rules()).extracting(Rule::id).contains(KpiOwnerRule.ID).hasSize(BuiltInRules.all().size() + 1);
  }

  @Test
  void vendorRule_flagsAKpiWithoutOwner() {
    ProjectPlan plan = PharmaReferencePlan.plan();
    Kpi orphan = Kpi.builder().from(plan.kpis().get(0)).owner(java.util.Optional.empty()).build();
    ProjectPlan edited = ProjectPlan.builder().from(plan).kpis(List.of(orphan)).build();
    Validator validator = Validator.builder().addBuiltInRules().addProvidedRules().build();

    List<Finding> findings = validator.validate(edited, StagedMethod.definition()).byRule(KpiOwnerRule.ID);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.path()).isEqualTo("kpis[" + orphan.id() + "].owner");
    });
    assertThat(validator.validate(plan, StagedMethod.definition()).byRule(KpiOwnerRule.ID)).isEmpty();
  }
}
