package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Deployment includes training users and setting up performance indicators (F10), and both are
 * done before the deployment's closing gate review.
 */
final class TrainingAndKpisPlanned extends BuiltInRule {
  TrainingAndKpisPlanned() {
    super(BuiltInRules.TRAINING_AND_KPIS_PLANNED, Severity.ERROR, "Training and KPIs are planned before deployment ends", MethodFact.F10);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> deployment = context.phasePlanning(ActivityKind.KPI_SETUP);
    if (deployment.isEmpty()) {
      return;
    }
    String path = PlanPath.phase(deployment.get().id());
    List<Activity> training = context.activitiesOfKind(ActivityKind.TRAINING);
    List<Activity> kpiSetup = context.activitiesOfKind(ActivityKind.KPI_SETUP);
    if (training.isEmpty()) {
      findings.report(path, "The plan trains no user: deployment must include training", "Add a training step to every lot.");
    }
    if (kpiSetup.isEmpty()) {
      findings.report(path, "The plan sets up no performance indicator: deployment must include KPI_SETUP", "Add a KPI_SETUP activity to the deployment phase.");
    }
    if (context.plan().kpis().isEmpty()) {
      findings.report("kpis", "The plan defines no KPI to measure how the new processes work", "Add the KPIs the project will set up.");
    }
    List<Activity> gates = deployment.get().activities().stream().filter(a -> a.kind() == ActivityKind.GATE_REVIEW).toList();
    OptionalDouble closing = context.latestFinish(gates);
    if (closing.isEmpty()) {
      return;
    }
    List<Activity> due = new ArrayList<>(training);
    due.addAll(kpiSetup);
    for (Activity activity : due) {
      double finish = context.earlyFinish(activity.id()).getAsDouble();
      if (finish > closing.getAsDouble()) {
        findings.report(
            context.pathOf(activity.id()),
            "Activity '" + activity.id() + "' (" + activity.kind() + ") finishes on working day " + plain(finish)
                + ", after deployment closes (day " + plain(closing.getAsDouble()) + ")",
            "Make the deployment's gate review depend on it.");
      }
    }
  }
}
