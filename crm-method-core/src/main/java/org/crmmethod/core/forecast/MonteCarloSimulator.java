package org.crmmethod.core.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkPasses;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Forecasts a plan's duration by Monte Carlo simulation of its whole dependency network.
 *
 * <p>Each iteration draws every activity's duration from its three-point estimate read as the
 * chosen {@link DurationDistribution}, runs the network's forward pass (early dates, honouring
 * every link's type and lag) for the project's duration, then its backward pass (late dates) to
 * tell which activities were critical in that iteration. Unlike a {@link PertAnalysis}, it sees
 * every path, so it captures the delay that comes from several near-critical paths merging.
 *
 * <p>A forecast is reproducible: the random numbers of iteration i come only from the seed and i,
 * every iteration's result is stored at its index, and the per-activity sums are added up block by
 * block (blocks of {@value #BLOCK} iterations) in block order, whatever thread ran which block. The
 * same seed therefore gives an equal {@link Forecast} on 1 thread or 16; another seed gives another
 * sample. Iterations run in parallel on {@link Builder#threads(int)} threads, each with its own
 * scratch arrays, allocating nothing per iteration.
 *
 * <p>Start-no-earlier-than dates are ignored for now: every activity may start on day 0 of the
 * project, as far as its dependencies allow. Every figure is in working days from the project
 * start.
 *
 * <pre>{@code
 * Forecast forecast = MonteCarloSimulator.builder().iterations(20_000).seed(7).build().forecast(plan);
 * double p80 = forecast.p80();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MonteCarloSimulator {
  /** The number of iterations unless set. */
  public static final int DEFAULT_ITERATIONS = 10_000;

  /** The seed unless set. */
  public static final long DEFAULT_SEED = 1;

  /** The distribution unless set. */
  public static final DurationDistribution DEFAULT_DISTRIBUTION = DurationDistribution.PERT_BETA;

  /**
   * The number of consecutive iterations a thread runs and sums up at a time. Fixed, so that the
   * order of floating-point additions, and hence the result, does not depend on the threads.
   */
  static final int BLOCK = 256;

  private final int iterations;
  private final long seed;
  private final DurationDistribution distribution;
  private final int threads;

  private MonteCarloSimulator(Builder builder) {
    this.iterations = builder.iterations;
    this.seed = builder.seed;
    this.distribution = builder.distribution;
    this.threads = builder.threads;
  }

  /**
   * Starts building a simulator, with every setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a simulator with every setting at its default.
   *
   * @return a simulator of {@value #DEFAULT_ITERATIONS} PERT-beta iterations, seed {@value
   *     #DEFAULT_SEED}, on as many threads as there are processors
   */
  public static MonteCarloSimulator standard() {
    return builder().build();
  }

  /**
   * Simulates a plan.
   *
   * @param plan the plan
   * @return the forecast
   * @throws IllegalArgumentException when two activities share an id, a dependency names no
   *     activity or the dependencies form a cycle; the message names the id, the link or the cycle
   * @throws CancellationException when the calling thread is interrupted while waiting for the
   *     simulation's threads, which then stop
   */
  public Forecast forecast(ProjectPlan plan) {
    ActivityNetwork network = PlanNetwork.of(plan);
    return new Simulation(network, this).run();
  }

  /**
   * The number of iterations.
   *
   * @return the number of iterations, at least 1
   */
  public int iterations() {
    return iterations;
  }

  /**
   * The seed every iteration's random numbers derive from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * How activities' estimates are read.
   *
   * @return the distribution
   */
  public DurationDistribution distribution() {
    return distribution;
  }

  /**
   * The most threads a forecast runs on.
   *
   * @return the number of threads, at least 1
   */
  public int threads() {
    return threads;
  }

  @Override
  public String toString() {
    return "MonteCarloSimulator{iterations="
        + iterations
        + ", seed="
        + seed
        + ", distribution="
        + distribution
        + ", threads="
        + threads
        + "}";
  }

  /**
   * Builds {@link MonteCarloSimulator} instances. Each setter rejects a bad value at once with an
   * {@link IllegalArgumentException} that names the setting and the value.
   */
  public static final class Builder {
    private int iterations = DEFAULT_ITERATIONS;
    private long seed = DEFAULT_SEED;
    private DurationDistribution distribution = DEFAULT_DISTRIBUTION;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Sets the number of iterations.
     *
     * @param iterations the number of iterations, at least 1; {@value
     *     MonteCarloSimulator#DEFAULT_ITERATIONS} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code iterations} is below 1
     */
    public Builder iterations(int iterations) {
      checkArgument(iterations >= 1, "iterations must be at least 1 but was %s", iterations);
      this.iterations = iterations;
      return this;
    }

    /**
     * Sets the seed.
     *
     * @param seed any number; {@value MonteCarloSimulator#DEFAULT_SEED} unless set
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets how activities' estimates are read.
     *
     * @param distribution the distribution; {@link DurationDistribution#PERT_BETA} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code distribution} is null
     */
    public Builder distribution(DurationDistribution distribution) {
      checkArgument(distribution != null, "distribution must not be null but was %s", distribution);
      this.distribution = distribution;
      return this;
    }

    /**
     * Sets the most threads a forecast runs on; it uses no more than it has blocks of {@value
     * MonteCarloSimulator#BLOCK} iterations. The result does not depend on it.
     *
     * @param threads the number of threads, at least 1; the number of available processors unless
     *     set
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1 but was %s", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Builds the simulator.
     *
     * @return a simulator with these settings
     */
    public MonteCarloSimulator build() {
      return new MonteCarloSimulator(this);
    }
  }

  /** One forecast in progress: the compiled plan, the shared results and the threads' work. */
  private static final class Simulation {
    private final ActivityNetwork network;
    private final int iterations;
    private final long seed;
    private final DurationDistribution distribution;
    private final int threads;
    private final int n;
    private final DurationSampler sampler;
    private final double[] means;
    private final double meanFinish;
    private final NetworkPasses passes;
    private final double[] projectDurations;
    private final BlockSums.Folder folder;
    private final int blocks;
    private final AtomicInteger nextBlock = new AtomicInteger();
    private volatile Throwable failure;

    Simulation(ActivityNetwork network, MonteCarloSimulator settings) {
      this.network = network;
      this.iterations = settings.iterations;
      this.seed = settings.seed;
      this.distribution = settings.distribution;
      this.n = network.size();
      List<Activity> activities = new ArrayList<>(n);
      for (int node = 0; node < n; node++) {
        activities.add(network.activity(node));
      }
      this.sampler = DurationSampler.of(distribution, activities);
      this.means = new double[n];
      for (int node = 0; node < n; node++) {
        means[node] = distribution.mean(activities.get(node).estimate());
      }
      this.passes = new NetworkPasses(network);
      this.meanFinish = passes.copy().run(means);
      this.projectDurations = new double[iterations];
      this.blocks = (int) ((iterations + (long) BLOCK - 1) / BLOCK);
      this.threads = Math.min(settings.threads, blocks);
      this.folder = new BlockSums.Folder(n, blocks);
    }

    Forecast run() {
      List<Thread> helpers = new ArrayList<>();
      for (int i = 1; i < threads; i++) {
        Thread helper = new Thread(this::work, "crm-method-monte-carlo-" + i);
        helper.setDaemon(true);
        helpers.add(helper);
        helper.start();
      }
      work();
      boolean interrupted = false;
      for (Thread helper : helpers) {
        while (true) {
          try {
            helper.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
            failure = new CancellationException("The Monte Carlo simulation was interrupted");
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable thrown = failure;
      if (thrown instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (thrown instanceof Error error) {
        throw error;
      }
      if (thrown != null) {
        throw new IllegalStateException(thrown);
      }
      return result();
    }

    /** Runs blocks until none is left: the loop of each thread, the caller's included. */
    private void work() {
      try {
        NetworkPasses own = passes.copy();
        IterationRandom random = new IterationRandom(seed);
        double[] durations = new double[n];
        for (int block = nextBlock.getAndIncrement();
            block < blocks && failure == null;
            block = nextBlock.getAndIncrement()) {
          BlockSums sums = folder.acquire();
          int end = (int) Math.min(iterations, (block + 1L) * BLOCK);
          for (int iteration = block * BLOCK; iteration < end; iteration++) {
            random.startIteration(iteration);
            sampler.draw(random, durations);
            double finish = own.run(durations);
            projectDurations[iteration] = finish;
            sums.add(durations, means, finish - meanFinish, own);
          }
          folder.complete(block, sums);
        }
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
        }
      }
    }

    private Forecast result() {
      double[] sums = folder.sums();
      long[] critical = folder.criticalCounts();
      double sumY = 0;
      double sumYy = 0;
      for (double duration : projectDurations) {
        double y = duration - meanFinish;
        sumY += y;
        sumYy += y * y;
      }
      double[] sorted = projectDurations.clone();
      Arrays.sort(sorted);
      // A constant finish must not correlate with anything, whatever rounding leaves in its spread.
      double spreadY = sorted[0] < sorted[iterations - 1] ? sumYy - sumY * sumY / iterations : 0;
      double[] correlations = new double[n];
      for (int node = 0; node < n; node++) {
        double sumX = sums[3 * node];
        double spreadX = sums[3 * node + 1] - sumX * sumX / iterations;
        double covariance = sums[3 * node + 2] - sumX * sumY / iterations;
        boolean varies =
            network.activity(node).estimate().pessimistic()
                > network.activity(node).estimate().optimistic();
        double r =
            varies && spreadX > 0 && spreadY > 0 ? covariance / Math.sqrt(spreadX * spreadY) : 0;
        // Adding 0.0 turns a negative zero into a positive one, so that ranking treats them alike.
        correlations[node] = Math.max(-1, Math.min(1, r)) + 0.0;
      }
      List<String> ids = new ArrayList<>(n);
      for (int node = 0; node < n; node++) {
        ids.add(network.activity(node).id());
      }
      return new Forecast(seed, distribution, ids, sorted, critical, correlations);
    }
  }
}
