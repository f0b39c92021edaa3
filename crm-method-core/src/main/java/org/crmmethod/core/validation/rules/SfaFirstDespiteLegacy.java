package org.crmmethod.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Starting with SFA where a legacy system comes with settled habits, past failures or obsolescence
 * starts with the riskiest module (F03). The start module is the chosen one, or else the first
 * lot's.
 */
final class SfaFirstDespiteLegacy extends BuiltInRule {
  SfaFirstDespiteLegacy() {
    super(BuiltInRules.SFA_FIRST_DESPITE_LEGACY, Severity.WARNING, "SFA is not the first module while a legacy system weighs on it", MethodFact.F03);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Optional<LegacySystem> legacy = plan.context().legacySystem();
    if (legacy.isEmpty()) {
      return;
    }
    boolean sfaFirst;
    String path;
    if (plan.startModule().isPresent()) {
      sfaFirst = plan.startModule().map(StartModuleChoice::module).get() == CrmModule.SFA;
      path = "startModule.module";
    } else {
      sfaFirst = !plan.lots().isEmpty() && plan.lots().get(0).modules().contains(CrmModule.SFA);
      path = plan.lots().isEmpty() ? "" : "lots[" + plan.lots().get(0).id() + "].modules";
    }
    List<String> risks = new ArrayList<>();
    if (legacy.get().settledHabits()) {
      risks.add("settled habits");
    }
    if (legacy.get().pastFailures()) {
      risks.add("past failures");
    }
    if (legacy.get().obsolete()) {
      risks.add("an obsolete system");
    }
    if (sfaFirst && !risks.isEmpty()) {
      findings.report(
          path,
          "The project starts with SFA although the legacy system '" + legacy.get().name() + "' brings "
              + String.join(", ", risks) + ", the risk factors that make SFA a hard first step",
          "Consider a module with less legacy weight first; analytical CRM is often the better start (F04).");
    }
  }
}
