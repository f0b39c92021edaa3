package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** Users are trained only once key users have validated the functions (F17). */
final class TrainingAfterPreAcceptance extends BuiltInRule {
  TrainingAfterPreAcceptance() {
    super(BuiltInRules.TRAINING_AFTER_PRE_ACCEPTANCE, Severity.ERROR, "Each lot trains users after its pre-acceptance", MethodFact.F17);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      if (lot.training().isEmpty()) {
        findings.report(
            PlanPath.lot(lot.id()),
            "Lot '" + lot.id() + "' trains no user before going live",
            "Add a training step after the pre-acceptance.");
        continue;
      }
      if (lot.preAcceptance().isEmpty() || !context.isScheduled()) {
        continue;
      }
      String training = lot.training().get().activity().id();
      double start = context.earlyStart(training).getAsDouble();
      double validated = context.earlyFinish(lot.preAcceptance().get().activity().id()).getAsDouble();
      if (start < validated) {
        findings.report(
            context.pathOf(training),
            "Training '" + training + "' of lot '" + lot.id() + "' starts on working day " + plain(start)
                + ", before the functions are validated at pre-acceptance (day " + plain(validated) + ")",
            "Make the training depend (finish-to-start) on the pre-acceptance.");
      }
    }
  }
}
