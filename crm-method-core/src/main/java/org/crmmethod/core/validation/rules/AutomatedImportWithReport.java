package org.crmmethod.core.validation.rules;

import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each lot goes live through a cut-over that loads the latest data by an automated import whose
 * reports measure the quality of the migration (F18).
 */
final class AutomatedImportWithReport extends BuiltInRule {
  AutomatedImportWithReport() {
    super(BuiltInRules.AUTOMATED_IMPORT_WITH_REPORT, Severity.ERROR, "Cut-over uses an automated import with an import report", MethodFact.F18);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      String path = PlanPath.lot(lot.id());
      if (lot.cutOver().isEmpty()) {
        findings.report(path, "Lot '" + lot.id() + "' has no cut-over: nothing moves the latest data from the old system", "Add a cut-over step.");
        continue;
      }
      CutOver cutOver = lot.cutOver().get();
      if (!cutOver.automatedImport()) {
        findings.report(
            path + ".cutOver.automatedImport",
            "The cut-over of lot '" + lot.id() + "' loads the data by hand; the method loads it by an automated import, in the shortest time",
            "Script the import of the extracted data.");
      }
      if (!cutOver.importReport()) {
        findings.report(
            path + ".cutOver.importReport",
            "The cut-over of lot '" + lot.id() + "' produces no import report to measure the quality of the migration",
            "Have the import report what it loaded, rejected and corrected.");
      }
    }
  }
}
