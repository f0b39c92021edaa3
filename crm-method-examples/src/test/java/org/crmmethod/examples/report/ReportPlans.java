package org.crmmethod.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;

/** The plans the report's tests read: the reference plan and variants of it broken on purpose. */
final class ReportPlans {
  /** Few iterations keep the tests quick; the figures they check are computed with the same. */
  static final int ITERATIONS = 2_000;
  static final long SEED = 7;

  private ReportPlans() {}

  static ProjectPlan reference() {
    return PharmaReferencePlan.plan();
  }

  static Method method() {
    return StagedMethod.definition();
  }

  static PlanReport report(ProjectPlan plan) {
    return PlanReport.of(plan, method(), ITERATIONS, SEED, Optional.empty());
  }

  /** The reference plan without its champions team (F27), which the validator reports. */
  static ProjectPlan withoutChampions() {
    return ProjectPlan.builder().from(reference()).championsTeam(Optional.empty()).build();
  }

  /** The reference plan with neither readiness assessment nor fit-gap analysis. */
  static ProjectPlan withoutAnalyses() {
    return ProjectPlan.builder().from(reference()).readiness(Optional.empty()).fitGap(Optional.empty()).build();
  }

  /** The reference plan whose first activity waits for the strategy gate, which waits for it. */
  static ProjectPlan withCycle() {
    return mapPhaseActivities(reference(), activity -> activity.id().equals("S-OBJ")
        ? Activity.builder().from(activity).addDependencies(Dependency.on("S-GATE")).build()
        : activity);
  }

  /** The reference plan with an activity renamed. */
  static ProjectPlan withActivityName(String id, String name) {
    return mapPhaseActivities(reference(), activity -> activity.id().equals(id)
        ? Activity.builder().from(activity).name(name).build()
        : activity);
  }

  private static ProjectPlan mapPhaseActivities(ProjectPlan plan, UnaryOperator<Activity> change) {
    List<Phase> phases = new ArrayList<>();
    for (Phase phase : plan.phases()) {
      phases.add(Phase.builder().from(phase).activities(phase.activities().stream().map(change).toList()).build());
    }
    return ProjectPlan.builder().from(plan).phases(phases).build();
  }
}
