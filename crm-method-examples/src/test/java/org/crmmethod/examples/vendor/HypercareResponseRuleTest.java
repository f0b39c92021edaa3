package org.crmmethod.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.Validator;
import org.junit.jupiter.api.Test;

/** F19: the vendor's own level of reactive support after go-live, added to a validator directly. */
class HypercareResponseRuleTest {
  private final ProjectPlan plan = PharmaReferencePlan.plan();

  private static ProjectPlan withResponse(ProjectPlan plan, Optional<Integer> hours) {
    Lot first = plan.lots().get(0);
    Hypercare hypercare = Hypercare.builder().from(first.hypercare().orElseThrow()).responseTimeHours(hours).build();
    Lot changed = Lot.builder().from(first).hypercare(hypercare).build();
    return ProjectPlan.builder().from(plan).lots(List.of(changed, plan.lots().get(1))).build();
  }

  private static List<Finding> findings(ProjectPlan plan, int hours) {
    Validator validator = Validator.builder().addBuiltInRules().addRule(new HypercareResponseRule(hours)).build();
    return validator.validate(plan, StagedMethod.definition()).byRule(HypercareResponseRule.ID);
  }

  @Test
  void passesSupportAsFastAsTheVendorsLevel() {
    // The reference plan's lots answer within 4 hours.
    assertThat(findings(plan, 4)).isEmpty();
    assertThat(findings(plan, 3)).hasSize(2);
  }

  @Test
  void flagsSlowerSupport() {
    assertThat(findings(withResponse(plan, Optional.of(8)), 4)).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.path()).isEqualTo("lots[LOT-1].hypercare.responseTimeHours");
      assertThat(finding.message()).isEqualTo(
          "Lot 'LOT-1' answers users within 8 hours after go-live, slower than the 4 hours this vendor commits to");
    });
  }

  @Test
  void flagsSupportWithNoStatedResponseTime() {
    assertThat(findings(withResponse(plan, Optional.empty()), 4)).singleElement()
        .extracting(Finding::message).isEqualTo("Lot 'LOT-1' states no response time for its support after go-live");
  }

  @Test
  void refusesALevelBelowOneHour() {
    assertThatThrownBy(() -> new HypercareResponseRule(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumHours must be at least 1, but was 0");
  }
}
