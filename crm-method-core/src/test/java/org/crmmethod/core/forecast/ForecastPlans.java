package org.crmmethod.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;

/** Small plans for forecast tests: bare networks of activities in one phase. */
final class ForecastPlans {
  private ForecastPlans() {}

  /** An activity of kind OTHER with a three-point estimate. */
  static Activity activity(
      String id, double optimistic, double mostLikely, double pessimistic, Dependency... links) {
    return Activity.builder()
        .id(id)
        .name("Activity " + id)
        .kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.of(optimistic, mostLikely, pessimistic))
        .addDependencies(links)
        .build();
  }

  /** A plan holding the activities, in that order, in one phase. */
  static ProjectPlan plan(List<Activity> activities) {
    return ProjectPlan.builder()
        .id("forecast-test")
        .name("A network to forecast")
        .method(StagedMethod.ID)
        .context(PharmaReferencePlan.plan().context())
        .addPhases(Phase.builder().id("ALL").name("Every activity").activities(activities).build())
        .build();
  }

  /** A plan of the activities given. */
  static ProjectPlan plan(Activity... activities) {
    return plan(List.of(activities));
  }

  /** The reference plan's activities, in the same order, with their estimates changed. */
  static ProjectPlan referenceWith(UnaryOperator<ThreePointEstimate> change) {
    List<Activity> activities = new ArrayList<>();
    for (Activity activity : PharmaReferencePlan.plan().activities()) {
      activities.add(
          Activity.builder().from(activity).estimate(change.apply(activity.estimate())).build());
    }
    return plan(activities);
  }

  /** A finish-to-start chain C0 -> C1 -> ... with random three-point estimates. */
  static List<Activity> chain(SplittableRandom random, int length) {
    List<Activity> chain = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      double a = random.nextInt(1, 20);
      double m = a + random.nextInt(0, 15);
      double b = m + random.nextInt(0, 30);
      chain.add(
          i == 0
              ? activity("C0", a, m, b)
              : activity("C" + i, a, m, b, Dependency.on("C" + (i - 1))));
    }
    return chain;
  }

  /**
   * A random acyclic network: activity i depends on up to 3 earlier ones with any type and lag;
   * estimates are exact (a = m = b) when {@code exact}, else random three points, some degenerate.
   */
  static List<Activity> randomNetwork(SplittableRandom random, int size, boolean exact) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<Dependency> links = new ArrayList<>();
      int count = i == 0 ? 0 : random.nextInt(4);
      for (int l = 0; l < count; l++) {
        DependencyType type = DependencyType.values()[random.nextInt(4)];
        links.add(Dependency.of("N" + random.nextInt(i), type, random.nextInt(-3, 6)));
      }
      double m = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 25) + random.nextInt(4) * 0.25;
      double a = exact ? m : Math.max(0, m - random.nextInt(0, 6));
      double b = exact ? m : m + random.nextInt(0, 15);
      activities.add(
          activity("N" + i, a, m, b, links.stream().distinct().toArray(Dependency[]::new)));
    }
    return activities;
  }
}
