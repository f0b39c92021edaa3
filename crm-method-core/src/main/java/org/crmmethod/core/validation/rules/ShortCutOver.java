package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The cut-over takes the shortest possible time (F18): its most likely duration stays within the
 * method's typical cut-over window (at most 3 working days in the built-in lot templates).
 */
final class ShortCutOver extends BuiltInRule {
  ShortCutOver() {
    super(BuiltInRules.SHORT_CUT_OVER, Severity.WARNING, "Cut-over fits in the method's short window", MethodFact.F18);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<LotStepTemplate> template =
        context.method().lotTemplate().flatMap(t -> t.steps().stream().filter(s -> s.kind() == ActivityKind.CUT_OVER).findFirst());
    if (template.isEmpty()) {
      return;
    }
    double window = template.get().typicalDuration().maximumWorkingDays();
    for (Lot lot : context.plan().lots()) {
      if (lot.cutOver().isEmpty()) {
        continue;
      }
      double likely = lot.cutOver().get().activity().estimate().mostLikely();
      if (likely > window) {
        findings.report(
            context.pathOf(lot.cutOver().get().activity().id()) + ".estimate",
            "The cut-over of lot '" + lot.id() + "' most likely takes " + plain(likely) + " working days, longer than the method's window of "
                + plain(window) + ": the old and new systems drift apart meanwhile",
            "Extract only the latest data (new customers, open orders) at cut-over and migrate the history beforehand.");
      }
    }
  }
}
