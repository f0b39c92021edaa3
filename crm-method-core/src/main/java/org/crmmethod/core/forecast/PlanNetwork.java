package org.crmmethod.core.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Compiles a plan's activities into a network that can be forecast, refusing a plan that has no
 * well-defined finish: the validator reports such plans; a forecast cannot work around them.
 */
final class PlanNetwork {
  private PlanNetwork() {}

  /**
   * Compiles a plan's activities, in {@link ProjectPlan#activities()} order.
   *
   * @param plan the plan
   * @return its network, acyclic, with every id used once and every dependency resolved
   * @throws IllegalArgumentException when two activities share an id, when a dependency names no
   *     activity, or when the dependencies form a cycle, naming the id, the link or the cycle
   */
  static ActivityNetwork of(ProjectPlan plan) {
    checkNotNull(plan, "plan");
    ActivityNetwork network = ActivityNetwork.compile(plan.activities());
    if (!network.duplicateNodes().isEmpty()) {
      String id = network.activity(network.duplicateNodes().get(0)).id();
      throw new IllegalArgumentException(
          "Plan '"
              + plan.id()
              + "' cannot be forecast: activity id '"
              + id
              + "' is used by more than one activity");
    }
    if (!network.unresolvedLinks().isEmpty()) {
      ActivityNetwork.UnresolvedLink link = network.unresolvedLinks().get(0);
      throw new IllegalArgumentException(
          "Plan '"
              + plan.id()
              + "' cannot be forecast: activity '"
              + link.activity()
              + "' depends on '"
              + link.predecessor()
              + "', which is no activity of the plan");
    }
    if (!network.isAcyclic()) {
      List<List<String>> cycles = network.cycles();
      int others = cycles.size() - 1;
      throw new IllegalArgumentException(
          "Plan '"
              + plan.id()
              + "' cannot be forecast: its dependencies form a cycle, "
              + String.join(" -> ", cycles.get(0))
              + (others > 0 ? " (and " + others + " more)" : ""));
    }
    return network;
  }
}
