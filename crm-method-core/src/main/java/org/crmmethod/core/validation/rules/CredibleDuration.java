package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ProjectScope;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * How long a full CRM implementation can credibly take (F11). Two rules share this class:
 *
 * <ul>
 *   <li>below the method's credible minimum (9 months in the staged method) but not below its
 *       physical-deployment bound: a warning that the plan is optimistic;
 *   <li>within the physical-deployment bound (90 days or less): an error, since such a plan covers at most
 *       the physical deployment of a package with a pre-configured integration.
 * </ul>
 *
 * <p>The plan's length is its scheduled duration under the most likely estimates, in working days
 * (21 a month; 90 calendar days count as 90 × 5 / 7 working days), and, when a target finish is
 * set, the calendar span from the start date to it (the minimum in months counted as calendar
 * months from the start date).
 * Plans whose scope is only the physical deployment are left alone.
 */
final class CredibleDuration extends BuiltInRule {
  private static final double DAYS_PER_MONTH = 365.25 / 12;
  private final boolean deploymentOnlyBound;

  private CredibleDuration(String id, Severity severity, String title, boolean deploymentOnlyBound) {
    super(id, severity, title, MethodFact.F11);
    this.deploymentOnlyBound = deploymentOnlyBound;
  }

  static CredibleDuration credibleMinimum() {
    return new CredibleDuration(BuiltInRules.CREDIBLE_DURATION, Severity.WARNING, "A full implementation lasts at least the method's credible minimum", false);
  }

  static CredibleDuration deploymentOnly() {
    return new CredibleDuration(BuiltInRules.NINETY_DAYS_IS_DEPLOYMENT_ONLY, Severity.ERROR, "A full implementation cannot fit in the physical-deployment window", true);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Optional<TimelineNorms> found = context.method().timelineNorms();
    if (found.isEmpty() || plan.context().scope() != ProjectScope.FULL_IMPLEMENTATION) {
      return;
    }
    TimelineNorms norms = found.get();
    double minimumWorkingDays = norms.credibleMinimumMonths() * DurationUnit.MONTHS.workingDays();
    double deploymentWorkingDays = norms.physicalDeploymentOnlyDays() * 5.0 / 7.0;
    OptionalDouble planned = context.plannedDuration();
    if (planned.isPresent() && applies(planned.getAsDouble(), deploymentWorkingDays, minimumWorkingDays)) {
      findings.report(
          "phases",
          "The plan's activities take " + Math.round(planned.getAsDouble()) + " working days (about "
              + months(planned.getAsDouble() / DurationUnit.MONTHS.workingDays()) + " months)"
              + verdict(norms),
          hint());
    }
    Optional<LocalDate> target = plan.context().targetFinish();
    if (target.isPresent()) {
      LocalDate start = plan.context().startDate();
      double months = norms.credibleMinimumMonths();
      LocalDate credibleBound =
          start.plusMonths((long) months).plusDays(Math.round((months - Math.floor(months)) * DAYS_PER_MONTH));
      long days = ChronoUnit.DAYS.between(start, target.get());
      if (applies(days, norms.physicalDeploymentOnlyDays(), ChronoUnit.DAYS.between(start, credibleBound))) {
        findings.report(
            "context.targetFinish",
            "The target finish " + target.get() + " leaves " + days + " calendar days (about "
                + months(days / DAYS_PER_MONTH) + " months)" + verdict(norms),
            hint());
      }
    }
  }

  private boolean applies(double length, double deploymentBound, double credibleMinimum) {
    return deploymentOnlyBound ? length <= deploymentBound : length > deploymentBound && length < credibleMinimum;
  }

  private String verdict(TimelineNorms norms) {
    return deploymentOnlyBound
        ? ": within " + norms.physicalDeploymentOnlyDays() + " days a plan covers at most the physical deployment of the package with a pre-configured integration, not a full CRM implementation"
        : ", less than the method's credible minimum of " + months(norms.credibleMinimumMonths()) + " months for a full implementation (about "
            + months(norms.nominalMonths()) + " months is usual)";
  }

  private String hint() {
    return deploymentOnlyBound
        ? "Plan the whole method, or set the scope to PHYSICAL_DEPLOYMENT_ONLY if that is all the plan covers."
        : "Check the estimates against the method's phase durations.";
  }

  private static String months(double months) {
    return String.valueOf(Math.round(months * 10) / 10.0);
  }
}
