package org.crmmethod.core.network;

/**
 * The early start and finish of every node of an {@link ActivityNetwork}, in working days from the
 * project start, as computed by its forward pass.
 */
public final class EarlyDates {
  private final double[] start;
  private final double[] finish;

  EarlyDates(double[] start, double[] finish) {
    this.start = start;
    this.finish = finish;
  }

  /**
   * Returns a node's early start.
   *
   * @param node the node index
   * @return the early start, in working days from the project start
   */
  public double start(int node) {
    return start[node];
  }

  /**
   * Returns a node's early finish.
   *
   * @param node the node index
   * @return the early finish, in working days from the project start
   */
  public double finish(int node) {
    return finish[node];
  }

  /**
   * Returns the latest early finish of all nodes: the plan's duration under these estimates.
   *
   * @return the finish of the last activity, in working days; 0 for an empty network
   */
  public double projectFinish() {
    double latest = 0;
    for (double value : finish) {
      latest = Math.max(latest, value);
    }
    return latest;
  }
}
