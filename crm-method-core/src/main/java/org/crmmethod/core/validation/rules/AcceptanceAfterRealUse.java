package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Final acceptance is signed only after a few weeks of real use (F20): each lot that goes live has
 * a final-acceptance step starting at least the minimum period of real use after its cut-over ends
 * (4 weeks of 5 working days by default; see {@code ValidationSettings.minimumRealUseWeeks}).
 */
final class AcceptanceAfterRealUse extends BuiltInRule {
  AcceptanceAfterRealUse() {
    super(BuiltInRules.ACCEPTANCE_AFTER_REAL_USE, Severity.ERROR, "Final acceptance comes after the minimum period of real use", MethodFact.F20);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    int weeks = context.minimumRealUseWeeks();
    for (Lot lot : context.plan().lots()) {
      if (lot.cutOver().isEmpty()) {
        continue;
      }
      if (lot.finalAcceptance().isEmpty()) {
        findings.report(
            PlanPath.lot(lot.id()),
            "Lot '" + lot.id() + "' goes live but its final acceptance is never signed",
            "Add a final-acceptance step " + weeks + " weeks after the cut-over.");
        continue;
      }
      if (!context.isScheduled()) {
        continue;
      }
      String signature = lot.finalAcceptance().get().activity().id();
      double start = context.earlyStart(signature).getAsDouble();
      double live = context.earlyFinish(lot.cutOver().get().activity().id()).getAsDouble();
      double needed = weeks * 5.0;
      if (start - live < needed) {
        findings.report(
            context.pathOf(signature),
            "Final acceptance of lot '" + lot.id() + "' may be signed " + plain(start - live) + " working days after go-live, before "
                + weeks + " weeks (" + plain(needed) + " working days) of real use",
            "Make the final acceptance wait for the cut-over with a lag of at least " + plain(needed) + " working days.");
      }
    }
  }
}
