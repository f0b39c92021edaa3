package org.crmmethod.core.network;

import org.crmmethod.core.plan.DependencyType;

/**
 * The forward and backward passes of one acyclic {@link ActivityNetwork}, run again and again over
 * new durations on the same scratch arrays: the inner loop of a Monte Carlo simulation, which must
 * not allocate per run.
 *
 * <p>Each run computes what {@link ActivityNetwork#analyse(double[], double[])} computes with no
 * earliest starts, by the same operations, so the same doubles (at most a zero's sign differs, as
 * comparisons stand in for {@code Math.max} and {@code Math.min}, which are slow on doubles): early
 * and late dates and the project's finish, with the same criticality tolerance as {@link
 * NetworkTimes}. The links are copied once into arrays laid out for the two passes and shared,
 * read-only, by every {@link #copy()}; an instance is not thread-safe, so each thread takes its own
 * copy.
 */
public final class NetworkPasses {
  private static final byte SS = (byte) DependencyType.START_TO_START.ordinal();
  private static final byte FF = (byte) DependencyType.FINISH_TO_FINISH.ordinal();
  private static final byte SF = (byte) DependencyType.START_TO_FINISH.ordinal();

  private final Layout layout;

  /**
   * Node i's early start at 2i, its early finish at 2i + 1, so that a link reads either by index.
   */
  private final double[] early;

  /** Node i's late start at 2i, its late finish at 2i + 1. */
  private final double[] late;

  private double projectFinish;
  private double tolerance;

  /**
   * Lays a network out for repeated passes.
   *
   * @param network the network, acyclic
   * @throws IllegalStateException when the network has a dependency cycle
   */
  public NetworkPasses(ActivityNetwork network) {
    this(new Layout(network));
  }

  private NetworkPasses(Layout layout) {
    this.layout = layout;
    int n = layout.order.length;
    this.early = new double[2 * n];
    this.late = new double[2 * n];
  }

  /**
   * Returns passes over the same network with scratch arrays of their own, for another thread.
   *
   * @return a new instance sharing this one's read-only link arrays
   */
  public NetworkPasses copy() {
    return new NetworkPasses(layout);
  }

  /**
   * Returns the number of nodes.
   *
   * @return the network's size
   */
  public int size() {
    return layout.order.length;
  }

  /**
   * Runs the forward and backward passes over the given durations, no activity being held back by a
   * start-no-earlier-than bound.
   *
   * @param durations each node's duration, in working days; read, not kept
   * @return the project's finish, in working days from the project start
   */
  public double run(double[] durations) {
    forward(durations);
    backward(durations);
    return projectFinish;
  }

  // Each link reads its predecessor's start or finish by index and subtracts the successor's
  // duration times 0 or 1, so that no branch depends on the link's type. The results are the same
  // doubles as ActivityNetwork's: x - 0.0 is x, and the operations keep their order.

  private void forward(double[] durations) {
    Layout l = layout;
    double[] early = this.early;
    double finish = 0;
    for (int node : l.order) {
      double start = 0;
      double duration = durations[node];
      for (int k = l.predecessorStart[node], end = l.predecessorStart[node + 1]; k < end; k++) {
        double bound =
            early[l.predecessorTime[k]] + l.predecessorLags[k] - l.boundsFinish[k] * duration;
        start = bound > start ? bound : start;
      }
      early[2 * node] = start;
      double earlyFinish = start + duration;
      early[2 * node + 1] = earlyFinish;
      finish = earlyFinish > finish ? earlyFinish : finish;
    }
    projectFinish = finish;
    tolerance = 1e-6 * Math.max(1, finish);
  }

  private void backward(double[] durations) {
    Layout l = layout;
    double[] late = this.late;
    int[] order = l.order;
    double finish = projectFinish;
    for (int i = order.length - 1; i >= 0; i--) {
      int node = order[i];
      double duration = durations[node];
      double latest = finish;
      for (int j = l.successorStart[node], end = l.successorStart[node + 1]; j < end; j++) {
        double bound = late[l.successorTime[j]] - l.successorLags[j] + l.fromStart[j] * duration;
        latest = bound < latest ? bound : latest;
      }
      late[2 * node] = latest - duration;
      late[2 * node + 1] = latest;
    }
  }

  /**
   * Returns the project's finish of the last run.
   *
   * @return the latest early finish, in working days
   */
  public double projectFinish() {
    return projectFinish;
  }

  /**
   * Tells whether a node was critical in the last run, with the tolerance of {@link
   * NetworkTimes#isCritical(int)}.
   *
   * @param node the node
   * @return true when its total float was zero
   */
  public boolean isCritical(int node) {
    return late[2 * node] - early[2 * node] <= tolerance;
  }

  /**
   * Returns a node's early start in the last run.
   *
   * @param node the node
   * @return the early start, in working days
   */
  public double earlyStart(int node) {
    return early[2 * node];
  }

  /**
   * Returns a node's late start in the last run.
   *
   * @param node the node
   * @return the late start, in working days
   */
  public double lateStart(int node) {
    return late[2 * node];
  }

  /** The network's links, copied once into arrays in the order each pass reads them. */
  private static final class Layout {
    final int[] order;
    final int[] predecessorStart;

    /** Per link: where in the early times its predecessor's start or finish is. */
    final int[] predecessorTime;

    final double[] predecessorLags;

    /** Per link: 1 when it bounds its successor's finish (FF, SF), else 0. */
    final double[] boundsFinish;

    final int[] successorStart;

    /** Per outgoing link: where in the late times its successor's start or finish is. */
    final int[] successorTime;

    final double[] successorLags;

    /** Per outgoing link: 1 when it starts from its predecessor's start (SS, SF), else 0. */
    final double[] fromStart;

    Layout(ActivityNetwork network) {
      if (!network.isAcyclic()) {
        throw new IllegalStateException("The network has a dependency cycle: " + network.cycles());
      }
      int n = network.size();
      order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = network.orderAt(i);
      }
      predecessorStart = new int[n + 1];
      successorStart = new int[n + 1];
      for (int node = 0; node <= n; node++) {
        predecessorStart[node] = network.predecessorStart(node);
        successorStart[node] = network.successorStart(node);
      }
      int links = predecessorStart[n];
      predecessorTime = new int[links];
      predecessorLags = new double[links];
      boundsFinish = new double[links];
      for (int k = 0; k < links; k++) {
        byte type = network.linkType(k);
        predecessorTime[k] = 2 * network.predecessor(k) + (fromStart(type) ? 0 : 1);
        predecessorLags[k] = network.lag(k);
        boundsFinish[k] = boundsFinish(type) ? 1 : 0;
      }
      successorTime = new int[links];
      successorLags = new double[links];
      fromStart = new double[links];
      for (int j = 0; j < links; j++) {
        int k = network.successorLink(j);
        byte type = network.linkType(k);
        successorTime[j] = 2 * network.linkOwner(k) + (boundsFinish(type) ? 1 : 0);
        successorLags[j] = network.lag(k);
        fromStart[j] = fromStart(type) ? 1 : 0;
      }
    }

    private static boolean fromStart(byte type) {
      return type == SS || type == SF;
    }

    private static boolean boundsFinish(byte type) {
      return type == FF || type == SF;
    }
  }
}
