package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The company sets the objectives of its own CRM, with what it expects of it (F22), before
 * specifying it (F26): the plan states its objectives, each with expectations; an activity sets
 * them; the functional specification starts after it; and no objective is dated after the
 * specification phase's planned start.
 */
final class ObjectivesBeforeSpecification extends BuiltInRule {
  ObjectivesBeforeSpecification() {
    super(BuiltInRules.OBJECTIVES_BEFORE_SPECIFICATION, Severity.ERROR, "The CRM's own objectives are set before specification", MethodFact.F22, MethodFact.F26);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> specification = context.phasePlanning(ActivityKind.FUNCTIONAL_SPECIFICATION);
    if (specification.isEmpty()) {
      return;
    }
    if (context.plan().objectives().isEmpty()) {
      findings.report(
          "objectives",
          "The plan states no objective for the company's own CRM, though it specifies one in phase '" + specification.get().id() + "'",
          "State the quality customers should see and the information that must flow back, through which channel.");
    }
    for (CrmObjective objective : context.plan().objectives()) {
      String path = PlanPath.element("objectives", objective.id());
      if (objective.expectations().isEmpty()) {
        findings.report(path + ".expectations", "Objective '" + objective.id() + "' names none of the expectations a CRM serves (shared information, measurement, lower costs)");
      }
      Optional<java.time.LocalDate> specStart = specification.get().plannedStart();
      if (specStart.isPresent() && objective.setOn().isAfter(specStart.get())) {
        findings.report(
            path + ".setOn",
            "Objective '" + objective.id() + "' is set on " + objective.setOn() + ", after the specification starts on " + specStart.get());
      }
    }
    List<Activity> setting = context.activitiesOfKind(ActivityKind.CRM_OBJECTIVES);
    if (setting.isEmpty()) {
      findings.report(
          PlanPath.phase(specification.get().id()),
          "No CRM_OBJECTIVES activity sets the CRM's objectives before the specification",
          "Add a CRM_OBJECTIVES activity to the audit phase.");
      return;
    }
    OptionalDouble set = context.latestFinish(setting);
    if (set.isEmpty()) {
      return;
    }
    for (Activity specifying : context.activitiesOfKind(ActivityKind.FUNCTIONAL_SPECIFICATION)) {
      double start = context.earlyStart(specifying.id()).getAsDouble();
      if (start < set.getAsDouble()) {
        findings.report(
            context.pathOf(specifying.id()),
            "Specification '" + specifying.id() + "' starts on working day " + plain(start) + ", before the CRM's objectives are set (day " + plain(set.getAsDouble()) + ")",
            "Make the specification depend on the CRM_OBJECTIVES activity.");
      }
    }
  }
}
