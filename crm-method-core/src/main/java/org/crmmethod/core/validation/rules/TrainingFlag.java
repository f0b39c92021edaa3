package org.crmmethod.core.validation.rules;

import java.util.function.Predicate;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Training;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A condition the method sets on how users are trained (F17): on real data, and with a printed
 * user guide that lowers their stress.
 */
final class TrainingFlag extends BuiltInRule {
  private final Predicate<Training> holds;
  private final String attribute;
  private final String message;
  private final String hint;

  private TrainingFlag(String id, Severity severity, String title, Predicate<Training> holds, String attribute, String message, String hint) {
    super(id, severity, title, MethodFact.F17);
    this.holds = holds;
    this.attribute = attribute;
    this.message = message;
    this.hint = hint;
  }

  static TrainingFlag onRealData() {
    return new TrainingFlag(
        BuiltInRules.TRAINING_ON_REAL_DATA, Severity.ERROR, "Users are trained on real data",
        Training::onRealData, "onRealData", "trains users on test data rather than on real data", "Load real data into the training environment.");
  }

  static TrainingFlag printedUserGuide() {
    return new TrainingFlag(
        BuiltInRules.PRINTED_USER_GUIDE, Severity.INFO, "Trained users receive a printed user guide",
        Training::printedUserGuide, "printedUserGuide", "hands users no printed user guide", "A paper guide lowers users' stress when the tool arrives.");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      if (lot.training().isPresent() && !holds.test(lot.training().get())) {
        findings.report(PlanPath.lot(lot.id()) + ".training." + attribute, "The training of lot '" + lot.id() + "' " + message, hint);
      }
    }
  }
}
