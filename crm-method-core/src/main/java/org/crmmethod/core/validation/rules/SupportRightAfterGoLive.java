package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * User support is stepped up right after a lot goes live (F19): each lot with a cut-over has a
 * hypercare step that starts when the cut-over ends, within the settings' allowance (1 working day
 * by default).
 */
final class SupportRightAfterGoLive extends BuiltInRule {
  SupportRightAfterGoLive() {
    super(BuiltInRules.SUPPORT_RIGHT_AFTER_GO_LIVE, Severity.ERROR, "Support is stepped up right after go-live", MethodFact.F19);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    double allowance = context.settings().hypercareStartWithinDays();
    for (Lot lot : context.plan().lots()) {
      if (lot.cutOver().isEmpty()) {
        continue;
      }
      if (lot.hypercare().isEmpty()) {
        findings.report(
            PlanPath.lot(lot.id()),
            "Lot '" + lot.id() + "' goes live with no increased support afterwards; the first days always bring small adjustments",
            "Add a hypercare step right after the cut-over.");
        continue;
      }
      if (!context.isScheduled()) {
        continue;
      }
      String care = lot.hypercare().get().activity().id();
      double start = context.earlyStart(care).getAsDouble();
      double live = context.earlyFinish(lot.cutOver().get().activity().id()).getAsDouble();
      if (start < live || start - live > allowance) {
        findings.report(
            context.pathOf(care),
            "The increased support of lot '" + lot.id() + "' starts on working day " + plain(start) + ", but the lot goes live on day " + plain(live)
                + (start < live ? ": support is stepped up before there is anything live" : ": users wait for support in the first days"),
            "Make the hypercare start when the cut-over finishes (finish-to-start, no lag).");
      }
    }
  }
}
