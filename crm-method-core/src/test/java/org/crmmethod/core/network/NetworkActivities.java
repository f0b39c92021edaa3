package org.crmmethod.core.network;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ThreePointEstimate;

/** Activities for the network tests: an id, a fixed duration and dependencies, nothing else. */
final class NetworkActivities {
  private NetworkActivities() {}

  static Activity activity(String id, double days, Dependency... dependencies) {
    return Activity.builder()
        .id(id)
        .name("Activity " + id)
        .kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.exactly(days))
        .addDependencies(dependencies)
        .build();
  }
}
