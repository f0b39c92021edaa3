package org.crmmethod.core.forecast;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.crmmethod.core.network.NetworkPasses;

/**
 * The per-activity running sums of one block of iterations: for each activity, Σx, Σx² and Σxy,
 * where x is its sampled duration less its mean duration and y the project's duration less the
 * project's finish under mean durations, and the number of iterations in which it was critical.
 *
 * <p>Shifting by the means leaves the correlation unchanged but keeps the sums small, so that they
 * lose little to rounding. A block is filled by one thread; its sums are then folded into the
 * totals in block order by a {@link Folder}.
 */
final class BlockSums {
  /** Σx, Σx² and Σxy of activity i at 3i, 3i + 1 and 3i + 2. */
  private final double[] sums;

  private final int[] critical;

  private BlockSums(int activities) {
    sums = new double[3 * activities];
    critical = new int[activities];
  }

  /**
   * Adds one iteration.
   *
   * @param durations each activity's sampled duration, in working days
   * @param means each activity's mean duration, in working days
   * @param y the project's duration less its duration under mean durations, in working days
   * @param passes the passes just run over these durations, which tell the critical activities
   */
  void add(double[] durations, double[] means, double y, NetworkPasses passes) {
    double[] s = sums;
    for (int i = 0, k = 0; i < durations.length; i++, k += 3) {
      double x = durations[i] - means[i];
      s[k] += x;
      s[k + 1] += x * x;
      s[k + 2] += x * y;
      if (passes.isCritical(i)) {
        critical[i]++;
      }
    }
  }

  /**
   * Adds the blocks' sums into totals strictly in block order, whichever order the blocks finish
   * in, so that the totals are the same doubles whatever the threads did; and recycles blocks'
   * arrays, so that only about as many are allocated as there are threads.
   */
  static final class Folder {
    private final int activities;
    private final double[] totals;
    private final long[] criticalCounts;
    private final BlockSums[] finished;
    private final ArrayDeque<BlockSums> free = new ArrayDeque<>();
    private int next;

    /**
     * Creates the folder of a simulation.
     *
     * @param activities the number of activities
     * @param blocks the number of blocks
     */
    Folder(int activities, int blocks) {
      this.activities = activities;
      this.totals = new double[3 * activities];
      this.criticalCounts = new long[activities];
      this.finished = new BlockSums[blocks];
    }

    /**
     * Returns zeroed sums for a block.
     *
     * @return sums to fill
     */
    synchronized BlockSums acquire() {
      BlockSums recycled = free.poll();
      return recycled != null ? recycled : new BlockSums(activities);
    }

    /**
     * Hands in a block's sums, folding every block whose predecessors are all in.
     *
     * @param block the block's index
     * @param sums its sums
     */
    synchronized void complete(int block, BlockSums sums) {
      finished[block] = sums;
      while (next < finished.length && finished[next] != null) {
        BlockSums ready = finished[next];
        finished[next] = null;
        next++;
        for (int k = 0; k < totals.length; k++) {
          totals[k] += ready.sums[k];
        }
        for (int i = 0; i < activities; i++) {
          criticalCounts[i] += ready.critical[i];
        }
        Arrays.fill(ready.sums, 0);
        Arrays.fill(ready.critical, 0);
        free.push(ready);
      }
    }

    /**
     * Returns the totals, once every block is in.
     *
     * @return Σx, Σx² and Σxy of activity i at 3i, 3i + 1 and 3i + 2
     */
    synchronized double[] sums() {
      return totals.clone();
    }

    /**
     * Returns the critical counts, once every block is in.
     *
     * @return for each activity, the number of iterations in which it was critical
     */
    synchronized long[] criticalCounts() {
      return criticalCounts.clone();
    }
  }
}
