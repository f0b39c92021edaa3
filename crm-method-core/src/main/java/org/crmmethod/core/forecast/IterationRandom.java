package org.crmmethod.core.forecast;

/**
 * The uniform numbers of one simulation iteration, a SplitMix64 stream (the generator behind {@link
 * java.util.SplittableRandom}) whose start depends only on the simulation's seed and the
 * iteration's index.
 *
 * <p>That is what makes a forecast independent of the number of threads: whichever thread runs an
 * iteration draws the same numbers for it. Restarting a stream costs two mixing steps and no
 * allocation, so one instance per thread serves every iteration it runs. Iteration i's stream
 * starts at the i-th output of a SplitMix64 stream seeded by the mixed seed. SplitMix64 walks one
 * cycle of 2^64 states, so two iterations' streams of L numbers overlap only if their starts fall
 * within L steps of each other on it: a chance of about 2L / 2^64, 1e-16 per pair for a plan of a
 * thousand activities.
 */
final class IterationRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final double UNIT = 0x1.0p-53;

  private final long base;
  private long state;

  /**
   * Creates the streams of a simulation.
   *
   * @param seed the simulation's seed
   */
  IterationRandom(long seed) {
    this.base = mix(seed);
  }

  /**
   * Restarts at the beginning of an iteration's stream.
   *
   * @param iteration the iteration's index, from 0
   */
  void startIteration(long iteration) {
    state = mix(base + (iteration + 1) * GOLDEN_GAMMA);
  }

  /**
   * Returns the stream's next uniform number.
   *
   * @return a double in [0, 1), a multiple of 2^-53
   */
  double nextDouble() {
    state += GOLDEN_GAMMA;
    return (mix(state) >>> 11) * UNIT;
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom mixes its output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
