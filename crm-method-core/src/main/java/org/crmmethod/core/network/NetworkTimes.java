package org.crmmethod.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The critical-path analysis of an {@link ActivityNetwork}: each node's early and late dates, total
 * and free floats, in working days from the project start, and its critical paths.
 *
 * <p>A node is critical when its total float is zero, within a tolerance of a millionth of a working
 * day scaled by the project's length, so that sums of fractional estimates do not hide a critical
 * activity.
 */
public final class NetworkTimes {
  private final ActivityNetwork network;
  private final double[] durations;
  private final EarlyDates early;
  private final double[] lateStart;
  private final double[] lateFinish;
  private final double[] freeFloat;
  private final double tolerance;

  NetworkTimes(
      ActivityNetwork network,
      double[] durations,
      EarlyDates early,
      double[] lateStart,
      double[] lateFinish,
      double[] freeFloat) {
    this.network = network;
    this.durations = durations;
    this.early = early;
    this.lateStart = lateStart;
    this.lateFinish = lateFinish;
    this.freeFloat = freeFloat;
    this.tolerance = 1e-6 * Math.max(1, early.projectFinish());
  }

  /**
   * Returns the project's finish: the latest early finish.
   *
   * @return the finish, in working days from the project start
   */
  public double projectFinish() {
    return early.projectFinish();
  }

  /**
   * Returns a node's early start.
   *
   * @param node the node
   * @return the early start, in working days
   */
  public double earlyStart(int node) {
    return early.start(node);
  }

  /**
   * Returns a node's early finish.
   *
   * @param node the node
   * @return the early finish, in working days
   */
  public double earlyFinish(int node) {
    return early.finish(node);
  }

  /**
   * Returns a node's late start.
   *
   * @param node the node
   * @return the late start, in working days
   */
  public double lateStart(int node) {
    return lateStart[node];
  }

  /**
   * Returns a node's late finish.
   *
   * @param node the node
   * @return the late finish, in working days
   */
  public double lateFinish(int node) {
    return lateFinish[node];
  }

  /**
   * Returns a node's total float: how far it can slip without delaying the project.
   *
   * @param node the node
   * @return the total float, in working days, never negative
   */
  public double totalFloat(int node) {
    return Math.max(0, lateStart[node] - early.start(node));
  }

  /**
   * Returns a node's free float: how far it can slip without delaying any successor's early dates.
   *
   * @param node the node
   * @return the free float, in working days, never negative
   */
  public double freeFloat(int node) {
    return Math.max(0, freeFloat[node]);
  }

  /**
   * Tells whether a node is critical: its total float is zero.
   *
   * @param node the node
   * @return true for a critical node
   */
  public boolean isCritical(int node) {
    return lateStart[node] - early.start(node) <= tolerance;
  }

  /**
   * Returns one critical path: from the critical node that finishes last (on a tie, the one that
   * comes last in dependency order, so that a closing milestone ends the path), back through
   * driving links between critical nodes to a node nothing drives.
   *
   * @return the path's nodes, first to last; empty for an empty network
   */
  public int[] criticalPath() {
    int end = -1;
    for (int i = 0; i < network.size(); i++) {
      int node = network.orderAt(i);
      if (isCritical(node) && (end < 0 || early.finish(node) >= early.finish(end) - tolerance)) {
        end = node;
      }
    }
    if (end < 0) {
      return new int[0];
    }
    int[] reversed = new int[16];
    int length = 0;
    for (int node = end; node >= 0; ) {
      if (length == reversed.length) {
        reversed = Arrays.copyOf(reversed, length * 2);
      }
      reversed[length++] = node;
      int link = nextDrivingLink(node, network.predecessorStart(node));
      node = link < 0 ? -1 : network.predecessor(link);
    }
    int[] path = new int[length];
    for (int i = 0; i < length; i++) {
      path[i] = reversed[length - 1 - i];
    }
    return path;
  }

  /**
   * Returns up to a number of critical paths: every chain of driving links between critical nodes
   * that ends at a node finishing with the project and driving no critical successor, enumerated
   * depth first without recursion.
   *
   * @param limit the most paths to return, at least 1
   * @return the paths, each first to last
   */
  public List<int[]> criticalPaths(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
    }
    List<int[]> paths = new ArrayList<>();
    int n = network.size();
    int[] stack = new int[n];
    int[] cursor = new int[n];
    boolean[] descended = new boolean[n];
    for (int end = 0; end < n && paths.size() < limit; end++) {
      if (!isCritical(end) || early.finish(end) < projectFinish() - tolerance || drivesACriticalSuccessor(end)) {
        continue;
      }
      int depth = 0;
      stack[0] = end;
      cursor[0] = network.predecessorStart(end);
      descended[0] = false;
      while (depth >= 0 && paths.size() < limit) {
        int node = stack[depth];
        int link = nextDrivingLink(node, cursor[depth]);
        if (link >= 0) {
          cursor[depth] = link + 1;
          descended[depth] = true;
          depth++;
          stack[depth] = network.predecessor(link);
          cursor[depth] = network.predecessorStart(stack[depth]);
          descended[depth] = false;
        } else {
          if (!descended[depth]) {
            paths.add(reversedCopy(stack, depth));
          }
          depth--;
        }
      }
    }
    return paths;
  }

  /** Tells whether a node drives a critical successor, so that a critical path goes on past it. */
  private boolean drivesACriticalSuccessor(int node) {
    for (int i = network.successorStart(node); i < network.successorStart(node + 1); i++) {
      int link = network.successorLink(i);
      int successor = network.linkOwner(link);
      if (isCritical(successor) && isDriving(successor, link)) {
        return true;
      }
    }
    return false;
  }

  private static int[] reversedCopy(int[] stack, int depth) {
    int[] path = new int[depth + 1];
    for (int i = 0; i <= depth; i++) {
      path[i] = stack[depth - i];
    }
    return path;
  }

  /**
   * Returns the first link of a node, from link {@code from} on, that drives its early start and
   * comes from a critical predecessor.
   */
  private int nextDrivingLink(int node, int from) {
    for (int k = from; k < network.predecessorStart(node + 1); k++) {
      if (isCritical(network.predecessor(k)) && isDriving(node, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Tells whether a link sets the node's early start: its constraint is tight. */
  private boolean isDriving(int node, int link) {
    int predecessor = network.predecessor(link);
    byte type = network.linkType(link);
    double lag = network.lag(link);
    double bound;
    if (ActivityNetwork.isFinishToStart(type)) {
      bound = early.finish(predecessor) + lag;
    } else if (ActivityNetwork.isStartToStart(type)) {
      bound = early.start(predecessor) + lag;
    } else if (ActivityNetwork.isFinishToFinish(type)) {
      bound = early.finish(predecessor) + lag - durations[node];
    } else {
      bound = early.start(predecessor) + lag - durations[node];
    }
    return Math.abs(bound - early.start(node)) <= tolerance;
  }
}
