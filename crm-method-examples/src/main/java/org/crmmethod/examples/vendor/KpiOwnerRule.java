package org.crmmethod.examples.vendor;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A tool vendor's own rule: every performance indicator has an owner who answers for it. The
 * method asks for KPIs (F10); this vendor also wants someone accountable for each.
 */
public final class KpiOwnerRule implements Rule {
  /** The rule's id, prefixed with the vendor's name rather than {@code CRM}. */
  public static final String ID = "ACME-F10-KPI-OWNER";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public Set<MethodFact> facts() {
    return Set.of(MethodFact.F10);
  }

  @Override
  public String title() {
    return "Every KPI has an owner";
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Kpi kpi : context.plan().kpis()) {
      if (kpi.owner().isEmpty()) {
        findings.report(
            PlanPath.element("kpis", kpi.id()) + ".owner",
            "KPI '" + kpi.id() + "' has no owner to answer for it",
            "Name the stakeholder who reports on this indicator.");
      }
    }
  }
}
