package org.crmmethod.examples.vendor;

import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A tool vendor's own rule on top of the method's: after go-live, increased support answers within
 * the vendor's service level. The method asks for reactive support right after start-up (F19); this
 * vendor puts a number on "reactive".
 *
 * <p>Unlike {@link KpiOwnerRule}, this rule is not contributed through {@link AcmeRuleProvider}: a
 * validator takes it with {@code addRule}, with the response time the vendor's contract states.
 */
public final class HypercareResponseRule implements Rule {
  /** The rule's id, prefixed with the vendor's name rather than {@code CRM}. */
  public static final String ID = "ACME-F19-HYPERCARE-RESPONSE";

  private final int maximumHours;

  /**
   * Creates the rule.
   *
   * @param maximumHours the longest response time the vendor accepts, in hours, at least 1
   * @throws IllegalArgumentException when {@code maximumHours} is below 1
   */
  public HypercareResponseRule(int maximumHours) {
    if (maximumHours < 1) {
      throw new IllegalArgumentException("maximumHours must be at least 1, but was " + maximumHours);
    }
    this.maximumHours = maximumHours;
  }

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
    return Set.of(MethodFact.F19);
  }

  @Override
  public String title() {
    return "Support after go-live answers within " + maximumHours + " hours";
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      if (lot.hypercare().isEmpty()) {
        continue;
      }
      Hypercare hypercare = lot.hypercare().get();
      String path = PlanPath.lot(lot.id()) + ".hypercare.responseTimeHours";
      if (hypercare.responseTimeHours().isEmpty()) {
        findings.report(path, "Lot '" + lot.id() + "' states no response time for its support after go-live",
            "State the response time; this vendor's level is " + maximumHours + " hours.");
      } else if (hypercare.responseTimeHours().get() > maximumHours) {
        findings.report(
            path,
            "Lot '" + lot.id() + "' answers users within " + hypercare.responseTimeHours().get()
                + " hours after go-live, slower than the " + maximumHours + " hours this vendor commits to",
            "Staff the support desk for the first weeks so that it answers within " + maximumHours + " hours.");
      }
    }
  }
}
