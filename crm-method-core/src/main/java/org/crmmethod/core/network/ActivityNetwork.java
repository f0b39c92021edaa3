package org.crmmethod.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;

/**
 * The activities of a plan as a directed network of integer nodes, with each node's predecessor
 * links stored in flat arrays.
 *
 * <p>Node {@code i} is the {@code i}-th activity handed to {@link #compile(List)}. Where two
 * activities share an id, dependencies resolve to the first one; links to ids that name no
 * activity are left out (reporting both is the validator's job). Compiling, ordering and the
 * forward pass are iterative and linear in activities plus dependencies, so a chain of a million
 * activities needs no deep stack.
 */
public final class ActivityNetwork {
  private static final byte FS = (byte) DependencyType.FINISH_TO_START.ordinal();
  private static final byte SS = (byte) DependencyType.START_TO_START.ordinal();
  private static final byte FF = (byte) DependencyType.FINISH_TO_FINISH.ordinal();
  /**
   * A dependency whose predecessor names no activity.
   *
   * @param activity the id of the activity holding the dependency
   * @param predecessor the predecessor id that names no activity
   */
  public record UnresolvedLink(String activity, String predecessor) {}

  private final List<Activity> activities;
  private final IdIndex indexById;
  private final double[] mostLikely;
  private final int[] predecessorStart;
  private final int[] predecessors;
  /** Each link's {@link DependencyType}, by ordinal. */
  private final byte[] linkTypes;
  private final double[] lags;
  /** For each link: the node that holds it (the successor). */
  private final int[] linkOwner;
  /** Each node's outgoing links are successorLinks[successorStart[node] .. successorStart[node + 1]). */
  private final int[] successorStart;
  private final int[] successorLinks;
  private final int[] order;
  private final List<List<String>> cycles;
  private final List<Integer> duplicateNodes;
  private final List<UnresolvedLink> unresolvedLinks;

  private ActivityNetwork(
      List<Activity> activities,
      IdIndex indexById,
      double[] mostLikely,
      int[] predecessorStart,
      int[] predecessors,
      byte[] linkTypes,
      double[] lags,
      List<Integer> duplicateNodes,
      List<UnresolvedLink> unresolvedLinks) {
    this.activities = activities;
    this.duplicateNodes = duplicateNodes;
    this.unresolvedLinks = unresolvedLinks;
    this.indexById = indexById;
    this.mostLikely = mostLikely;
    this.predecessorStart = predecessorStart;
    this.predecessors = predecessors;
    this.linkTypes = linkTypes;
    this.lags = lags;
    int n = activities.size();
    this.linkOwner = new int[predecessors.length];
    for (int node = 0; node < n; node++) {
      for (int k = predecessorStart[node]; k < predecessorStart[node + 1]; k++) {
        linkOwner[k] = node;
      }
    }
    this.successorStart = new int[n + 1];
    for (int predecessor : predecessors) {
      successorStart[predecessor + 1]++;
    }
    for (int i = 0; i < n; i++) {
      successorStart[i + 1] += successorStart[i];
    }
    this.successorLinks = new int[predecessors.length];
    int[] fill = Arrays.copyOf(successorStart, n);
    for (int k = 0; k < predecessors.length; k++) {
      successorLinks[fill[predecessors[k]]++] = k;
    }
    int[] kahn = kahnOrder();
    this.order = kahn.length == activities.size() ? kahn : null;
    this.cycles = order == null ? findCycles(kahn) : List.of();
  }

  /**
   * Compiles activities into a network.
   *
   * @param activities the activities, in the order that numbers the nodes
   * @return the network
   */
  public static ActivityNetwork compile(List<Activity> activities) {
    List<Activity> nodes = List.copyOf(activities);
    int n = nodes.size();
    IdIndex indexById = new IdIndex(n);
    List<Integer> duplicates = new ArrayList<>();
    double[] mostLikely = new double[n];
    int declared = 0;
    for (int i = 0; i < n; i++) {
      Activity activity = nodes.get(i);
      if (indexById.putIfAbsent(activity.id(), i) >= 0) {
        duplicates.add(i);
      }
      mostLikely[i] = activity.estimate().mostLikely();
      declared += activity.dependencies().size();
    }
    // One pass over the links, one lookup each; unresolved links are dropped when packing.
    int[] start = new int[n + 1];
    int[] predecessors = new int[declared];
    byte[] types = new byte[declared];
    double[] lags = new double[declared];
    List<UnresolvedLink> unresolved = new ArrayList<>();
    int links = 0;
    for (int i = 0; i < n; i++) {
      start[i] = links;
      Activity activity = nodes.get(i);
      for (Dependency dependency : activity.dependencies()) {
        int predecessor = indexById.get(dependency.predecessor());
        if (predecessor < 0) {
          unresolved.add(new UnresolvedLink(activity.id(), dependency.predecessor()));
        } else {
          predecessors[links] = predecessor;
          types[links] = (byte) dependency.type().ordinal();
          lags[links] = dependency.lagDays();
          links++;
        }
      }
    }
    start[n] = links;
    if (links < declared) {
      predecessors = Arrays.copyOf(predecessors, links);
      types = Arrays.copyOf(types, links);
      lags = Arrays.copyOf(lags, links);
    }
    return new ActivityNetwork(
        nodes, indexById, mostLikely, start, predecessors, types, lags, List.copyOf(duplicates), List.copyOf(unresolved));
  }

  /**
   * Returns the nodes whose activity id was already taken by an earlier node.
   *
   * @return the node indices of the later activities sharing an id, in node order
   */
  public List<Integer> duplicateNodes() {
    return duplicateNodes;
  }

  /**
   * Returns the dependencies whose predecessor names no activity.
   *
   * @return the unresolved links, in node order
   */
  public List<UnresolvedLink> unresolvedLinks() {
    return unresolvedLinks;
  }

  /**
   * Returns the number of nodes.
   *
   * @return the number of activities compiled
   */
  public int size() {
    return activities.size();
  }

  /**
   * Returns the activity of a node.
   *
   * @param node the node index
   * @return the activity
   */
  public Activity activity(int node) {
    return activities.get(node);
  }

  /**
   * Returns the node of the first activity with an id.
   *
   * @param id the activity id
   * @return the node index, or -1 when no activity has that id
   */
  public int node(String id) {
    return indexById.get(id);
  }

  /**
   * Tells whether the network has no cycle, so that it has a topological order and early dates.
   *
   * @return true when the network is acyclic
   */
  public boolean isAcyclic() {
    return order != null;
  }

  /**
   * Returns the dependency cycles found, each as the ids along it in dependency order with the
   * first id repeated at the end, e.g. {@code [A, B, C, A]} when B waits for A, C for B and A for C.
   * Each cycle starts from its activity listed first.
   *
   * <p>Every node of a cycle-free part is left out; each node belongs to at most one reported
   * cycle, and at least one cycle is reported whenever the network is not acyclic.
   *
   * @return the cycles, empty when the network is acyclic
   */
  public List<List<String>> cycles() {
    return cycles;
  }

  /**
   * Computes each activity's early start and finish, in working days from the project start.
   *
   * <p>Every activity starts at day 0 at the earliest. A finish-to-start link with lag {@code L}
   * holds the successor's start at or after the predecessor's finish plus {@code L};
   * start-to-start holds start after start plus {@code L}; finish-to-finish holds the successor's
   * finish after the predecessor's finish plus {@code L}; start-to-finish holds its finish after
   * the predecessor's start plus {@code L}.
   *
   * @param durations each node's duration, in working days
   * @return the early dates
   * @throws IllegalStateException when the network has a cycle
   */
  public EarlyDates forwardPass(double[] durations) {
    return forwardPass(durations, null);
  }

  /**
   * Computes each activity's early start and finish, as {@link #forwardPass(double[])} does, with
   * each activity also starting no earlier than a given day.
   *
   * @param durations each node's duration, in working days
   * @param earliestStarts each node's earliest allowed start, in working days from the project
   *     start, or null when only the dependencies and day 0 bound the starts
   * @return the early dates
   * @throws IllegalStateException when the network has a cycle
   */
  public EarlyDates forwardPass(double[] durations, double[] earliestStarts) {
    if (order == null) {
      throw new IllegalStateException("The network has a dependency cycle: " + cycles);
    }
    int n = size();
    double[] earlyStart = new double[n];
    double[] earlyFinish = new double[n];
    for (int node : order) {
      double start = earliestStarts == null ? 0 : Math.max(0, earliestStarts[node]);
      double duration = durations[node];
      for (int k = predecessorStart[node]; k < predecessorStart[node + 1]; k++) {
        int predecessor = predecessors[k];
        byte type = linkTypes[k];
        double bound;
        if (type == FS) {
          bound = earlyFinish[predecessor] + lags[k];
        } else if (type == SS) {
          bound = earlyStart[predecessor] + lags[k];
        } else if (type == FF) {
          bound = earlyFinish[predecessor] + lags[k] - duration;
        } else {
          bound = earlyStart[predecessor] + lags[k] - duration;
        }
        start = Math.max(start, bound);
      }
      earlyStart[node] = start;
      earlyFinish[node] = start + duration;
    }
    return new EarlyDates(earlyStart, earlyFinish);
  }

  /**
   * Computes the full critical-path analysis: early dates, late dates against the project's finish,
   * total and free floats.
   *
   * <p>The late pass walks the topological order backwards: an activity must finish by the
   * project's finish and early enough for every successor to keep its late dates, through each
   * link's type and lag. Total float is late start minus early start; free float is how far an
   * activity can slip before it delays any successor's early dates (or, without successors, the
   * project's finish).
   *
   * @param durations each node's duration, in working days
   * @param earliestStarts each node's earliest allowed start in working days, or null
   * @return the analysis
   * @throws IllegalStateException when the network has a cycle
   */
  public NetworkTimes analyse(double[] durations, double[] earliestStarts) {
    EarlyDates early = forwardPass(durations, earliestStarts);
    int n = size();
    double finish = early.projectFinish();
    double[] lateStart = new double[n];
    double[] lateFinish = new double[n];
    double[] freeFloat = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      int node = order[i];
      double duration = durations[node];
      double latest = finish;
      double free = finish - early.finish(node);
      for (int j = successorStart[node]; j < successorStart[node + 1]; j++) {
        int k = successorLinks[j];
        int successor = linkOwner[k];
        byte type = linkTypes[k];
        double bound;
        double slack;
        if (type == FS) {
          bound = lateStart[successor] - lags[k];
          slack = early.start(successor) - lags[k] - early.finish(node);
        } else if (type == SS) {
          bound = lateStart[successor] - lags[k] + duration;
          slack = early.start(successor) - lags[k] - early.start(node);
        } else if (type == FF) {
          bound = lateFinish[successor] - lags[k];
          slack = early.finish(successor) - lags[k] - early.finish(node);
        } else {
          bound = lateFinish[successor] - lags[k] + duration;
          slack = early.finish(successor) - lags[k] - early.start(node);
        }
        latest = Math.min(latest, bound);
        free = Math.min(free, slack);
      }
      lateFinish[node] = latest;
      lateStart[node] = latest - duration;
      freeFloat[node] = free;
    }
    return new NetworkTimes(this, durations, early, lateStart, lateFinish, freeFloat);
  }

  // Read access to the link arrays for NetworkTimes: links of node n are [predecessorStart(n),
  // predecessorStart(n + 1)); its outgoing links are successorLink(i) for i in [successorStart(n),
  // successorStart(n + 1)).

  int orderAt(int position) {
    return order[position];
  }

  int predecessorStart(int node) {
    return predecessorStart[node];
  }

  int predecessor(int link) {
    return predecessors[link];
  }

  byte linkType(int link) {
    return linkTypes[link];
  }

  double lag(int link) {
    return lags[link];
  }

  int successorStart(int node) {
    return successorStart[node];
  }

  int successorLink(int index) {
    return successorLinks[index];
  }

  int linkOwner(int link) {
    return linkOwner[link];
  }

  static boolean isFinishToStart(byte type) {
    return type == FS;
  }

  static boolean isStartToStart(byte type) {
    return type == SS;
  }

  static boolean isFinishToFinish(byte type) {
    return type == FF;
  }

  /**
   * Returns each node's most likely duration, in working days.
   *
   * @return a new array of the activities' most likely estimates
   */
  public double[] mostLikelyDurations() {
    return mostLikely.clone();
  }

  /**
   * Orders the nodes so that every node comes after its predecessors (Kahn's algorithm). Nodes on
   * or behind a cycle never reach the order.
   *
   * @return the order, shorter than the network when it has a cycle
   */
  private int[] kahnOrder() {
    int n = size();
    int[] remaining = new int[n];
    for (int node = 0; node < n; node++) {
      remaining[node] = predecessorStart[node + 1] - predecessorStart[node];
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int node = 0; node < n; node++) {
      if (remaining[node] == 0) {
        queue[tail++] = node;
      }
    }
    while (head < tail) {
      int node = queue[head++];
      for (int j = successorStart[node]; j < successorStart[node + 1]; j++) {
        int successor = linkOwner[successorLinks[j]];
        if (--remaining[successor] == 0) {
          queue[tail++] = successor;
        }
      }
    }
    return tail == n ? queue : Arrays.copyOf(queue, tail);
  }

  private List<List<String>> findCycles(int[] partialOrder) {
    int n = size();
    // Nodes left out of the order each keep a predecessor that is also left out, so walking back
    // from any of them must come round to a node already on the walk.
    boolean[] ordered = new boolean[n];
    for (int node : partialOrder) {
      ordered[node] = true;
    }
    int[] walk = new int[n];
    Arrays.fill(walk, -1);
    List<List<String>> found = new ArrayList<>();
    for (int origin = 0; origin < n; origin++) {
      if (ordered[origin] || walk[origin] != -1) {
        continue;
      }
      int node = origin;
      List<Integer> path = new ArrayList<>();
      while (walk[node] == -1) {
        walk[node] = origin;
        path.add(node);
        node = unorderedPredecessor(node, ordered);
      }
      if (walk[node] == origin) {
        found.add(readCycle(path.subList(path.indexOf(node), path.size())));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Turns a backward walk round a cycle (each node followed by one of its predecessors) into the
   * cycle in dependency order, starting from its node listed first in the plan.
   */
  private List<String> readCycle(List<Integer> backwardWalk) {
    List<Integer> forward = new ArrayList<>(backwardWalk);
    Collections.reverse(forward);
    int first = forward.indexOf(Collections.min(forward));
    Collections.rotate(forward, -first);
    List<String> cycle = new ArrayList<>(forward.size() + 1);
    for (int node : forward) {
      cycle.add(activities.get(node).id());
    }
    cycle.add(cycle.get(0));
    return List.copyOf(cycle);
  }

  private int unorderedPredecessor(int node, boolean[] ordered) {
    for (int k = predecessorStart[node]; k < predecessorStart[node + 1]; k++) {
      if (!ordered[predecessors[k]]) {
        return predecessors[k];
      }
    }
    throw new IllegalStateException("node " + node + " is in no cycle");
  }
}
