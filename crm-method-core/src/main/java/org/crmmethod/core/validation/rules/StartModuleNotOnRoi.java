package org.crmmethod.core.validation.rules;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The start module is chosen on at least one of the method's three primary criteria (customer
 * culture, later steps, users' demand), not on return on investment alone (F02).
 */
final class StartModuleNotOnRoi extends BuiltInRule {
  StartModuleNotOnRoi() {
    super(BuiltInRules.START_MODULE_NOT_ON_ROI, Severity.ERROR, "The start module is not chosen on return on investment alone", MethodFact.F02);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().startModule().isEmpty()) {
      return;
    }
    StartModuleChoice choice = context.plan().startModule().get();
    if (choice.criteria().stream().noneMatch(StartModuleCriterion::isPrimary)) {
      String grounds =
          choice.criteria().equals(Set.of(StartModuleCriterion.RETURN_ON_INVESTMENT))
              ? "on return on investment alone"
              : "on " + choice.criteria().stream().sorted().toList() + " only";
      findings.report(
          "startModule.criteria",
          "The start module " + choice.module() + " was chosen " + grounds
              + "; the method chooses it for carrying the customer culture, making the later steps succeed, or being awaited by users",
          "Weigh the candidates on CUSTOMER_CULTURE_SHIFT, ENABLES_LATER_STEPS and AWAITED_BY_USERS.");
    }
  }
}
