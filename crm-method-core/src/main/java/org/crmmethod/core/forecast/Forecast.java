package org.crmmethod.core.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.InvalidModelException;

/**
 * The result of a Monte Carlo simulation of a plan: the project duration of every iteration, and
 * for every activity how often it was critical and how closely its duration moved with the
 * project's.
 *
 * <p>Every duration is in working days from the project start (see the {@linkplain
 * org.crmmethod.core.forecast package}); map it to a date with a calendar. With N iterations and
 * durations sorted as x<sub>0</sub> &le; ... &le; x<sub>N-1</sub>:
 *
 * <ul>
 *   <li>{@link #percentile(double) percentile(p)} interpolates linearly between closest ranks (as
 *       NumPy's default and Excel's PERCENTILE.INC do): with h = (N - 1) p / 100, it is x<sub>⌊h⌋
 *       </sub> + (h - ⌊h⌋)(x<sub>⌊h⌋+1</sub> - x<sub>⌊h⌋</sub>), so percentile(0) is the minimum,
 *       percentile(100) the maximum, and it never decreases with p;
 *   <li>{@link #mean()} is Σx / N and {@link #standardDeviation()} the sample standard deviation
 *       sqrt(Σ(x - mean)² / (N - 1)), 0 for a single iteration;
 *   <li>{@link #probabilityWithin(double) probabilityWithin(d)} is the share of iterations whose
 *       duration is at most d;
 *   <li>an activity's criticality index is the share of iterations in which its total float was
 *       zero (within the tolerance of the network's critical-path analysis);
 *   <li>an activity's correlation is Pearson's r between its sampled duration x and the project's
 *       duration y: (N Σxy - Σx Σy) / sqrt((N Σx² - (Σx)²)(N Σy² - (Σy)²)), from running sums of
 *       the durations less their means (which changes nothing but the rounding), and 0 when either
 *       never varied.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. Two forecasts are equal when their settings, sorted
 * durations and per-activity figures are equal: a simulation repeated with the same seed, whatever
 * its thread count, gives an equal forecast.
 */
public final class Forecast {
  private final int iterations;
  private final long seed;
  private final DurationDistribution distribution;
  private final List<String> activityIds;
  private final double[] sortedDurations;
  private final double[] criticality;
  private final double[] correlations;
  private final double mean;
  private final double standardDeviation;
  private final Map<String, Integer> nodes;
  private final Map<String, Double> criticalityIndices;
  private final List<FinishDriver> sensitivity;

  /**
   * Creates a forecast from a simulation's results.
   *
   * @param seed the simulation's seed
   * @param distribution how the estimates were read
   * @param activityIds the activities' ids, in node order, each once
   * @param sortedDurations every iteration's project duration, sorted ascending; kept, not copied
   * @param criticalCounts for each activity, the number of iterations in which it was critical
   * @param correlations for each activity, its correlation with the project's duration
   */
  Forecast(
      long seed,
      DurationDistribution distribution,
      List<String> activityIds,
      double[] sortedDurations,
      long[] criticalCounts,
      double[] correlations) {
    this.iterations = sortedDurations.length;
    this.seed = seed;
    this.distribution = distribution;
    this.activityIds = List.copyOf(activityIds);
    this.sortedDurations = sortedDurations;
    this.correlations = correlations;
    int n = activityIds.size();
    this.criticality = new double[n];
    Map<String, Integer> byId = new HashMap<>();
    for (int node = 0; node < n; node++) {
      criticality[node] = (double) criticalCounts[node] / iterations;
      byId.put(activityIds.get(node), node);
    }
    this.nodes = Map.copyOf(byId);
    double minimum = sortedDurations[0];
    double maximum = sortedDurations[iterations - 1];
    double sum = 0;
    for (double duration : sortedDurations) {
      sum += duration;
    }
    // Rounding must neither move the mean of equal durations off their value nor out of range.
    this.mean =
        minimum == maximum ? minimum : Math.max(minimum, Math.min(maximum, sum / iterations));
    double squares = 0;
    for (double duration : sortedDurations) {
      squares += (duration - mean) * (duration - mean);
    }
    this.standardDeviation = iterations > 1 ? Math.sqrt(squares / (iterations - 1)) : 0;
    this.criticalityIndices = rankCriticality();
    this.sensitivity = rankDrivers();
  }

  /**
   * Restores a forecast from the parts a stored one keeps, for instance when it is read back from a
   * file: the figures that are not derived from others. Everything else (the mean, the
   * percentiles, the criticality indices by activity) is computed again from these parts, so a
   * restored forecast equals the one whose parts were stored.
   *
   * <p>The parts are checked against each other before anything is built:
   *
   * <ul>
   *   <li>{@code sortedDurations} holds at least one duration, each finite, in ascending order;
   *       its length is the number of iterations;
   *   <li>{@code activityIds} holds no id twice;
   *   <li>{@code sensitivity} holds one driver for each activity id and none for any other id;
   *       each criticality index is a whole number of iterations divided by the number of
   *       iterations, as a simulation counts it; and the drivers are in the order {@link
   *       #sensitivity()} ranks them.
   * </ul>
   *
   * @param seed the simulation's seed
   * @param distribution how the estimates were read
   * @param activityIds the activities' ids, in the plan's order
   * @param sortedDurations every iteration's project duration, in ascending order, in working days;
   *     copied
   * @param sensitivity every activity's correlation and criticality index, as {@link
   *     #sensitivity()} returned them
   * @return the forecast
   * @throws InvalidModelException when a part is missing or the parts disagree; the message names
   *     the part and the offending value
   */
  public static Forecast restore(
      long seed,
      DurationDistribution distribution,
      List<String> activityIds,
      double[] sortedDurations,
      List<FinishDriver> sensitivity) {
    present("distribution", distribution);
    present("activityIds", activityIds);
    present("sortedDurations", sortedDurations);
    present("sensitivity", sensitivity);
    int iterations = sortedDurations.length;
    if (iterations == 0) {
      throw new InvalidModelException(
          "Forecast", "sortedDurations", "[]", "must hold at least one iteration's duration");
    }
    for (int i = 0; i < iterations; i++) {
      double duration = sortedDurations[i];
      if (!Double.isFinite(duration)) {
        throw new InvalidModelException(
            "Forecast", "sortedDurations", duration + " at index " + i, "must be finite");
      }
      if (i > 0 && duration < sortedDurations[i - 1]) {
        throw new InvalidModelException(
            "Forecast",
            "sortedDurations",
            sortedDurations[i - 1] + " before " + duration + " at index " + i,
            "must be in ascending order");
      }
    }
    Map<String, Integer> nodes = new HashMap<>();
    for (int node = 0; node < activityIds.size(); node++) {
      String id = activityIds.get(node);
      present("activityIds", id);
      if (nodes.put(id, node) != null) {
        throw new InvalidModelException(
            "Forecast", "activityIds", "'" + id + "'", "must not hold the same id twice");
      }
    }
    if (sensitivity.size() != activityIds.size()) {
      throw new InvalidModelException(
          "Forecast",
          "sensitivity",
          sensitivity.size() + " drivers",
          "must hold one driver for each of the " + activityIds.size() + " activities");
    }
    long[] criticalCounts = new long[activityIds.size()];
    double[] correlations = new double[activityIds.size()];
    boolean[] seen = new boolean[activityIds.size()];
    for (FinishDriver driver : sensitivity) {
      present("sensitivity", driver);
      Integer node = nodes.get(driver.activityId());
      if (node == null || seen[node]) {
        throw new InvalidModelException(
            "Forecast",
            "sensitivity",
            "'" + driver.activityId() + "'",
            node == null
                ? "must name only activities of activityIds"
                : "must not name the same activity twice");
      }
      seen[node] = true;
      long count = Math.round(driver.criticalityIndex() * iterations);
      if ((double) count / iterations != driver.criticalityIndex()) {
        throw new InvalidModelException(
            "Forecast",
            "sensitivity",
            driver.criticalityIndex() + " for '" + driver.activityId() + "'",
            "must give criticality indices that count whole iterations out of " + iterations);
      }
      criticalCounts[node] = count;
      correlations[node] = driver.correlation();
    }
    Forecast forecast =
        new Forecast(
            seed,
            distribution,
            activityIds,
            sortedDurations.clone(),
            criticalCounts,
            correlations);
    List<FinishDriver> ranked = forecast.sensitivity();
    for (int rank = 0; rank < ranked.size(); rank++) {
      if (!ranked.get(rank).equals(sensitivity.get(rank))) {
        throw new InvalidModelException(
            "Forecast",
            "sensitivity",
            "'" + sensitivity.get(rank).activityId() + "' at rank " + rank,
            "must rank the activities by decreasing correlation, then decreasing criticality"
                + " index, then the plan's order, which puts '"
                + ranked.get(rank).activityId()
                + "' there");
      }
    }
    return forecast;
  }

  private static void present(String attribute, Object value) {
    if (value == null) {
      throw new InvalidModelException("Forecast", attribute, "null", "must be given");
    }
  }

  /**
   * Returns the number of iterations simulated.
   *
   * @return the number of iterations, at least 1
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the seed the simulation's random numbers were derived from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns how the activities' estimates were read.
   *
   * @return the distribution
   */
  public DurationDistribution distribution() {
    return distribution;
  }

  /**
   * Returns the ids of the plan's activities, in the plan's order.
   *
   * @return the ids
   */
  public List<String> activityIds() {
    return activityIds;
  }

  /**
   * Returns every iteration's project duration, sorted.
   *
   * @return a new array of the durations in ascending order, in working days
   */
  public double[] sortedDurations() {
    return sortedDurations.clone();
  }

  /**
   * Returns a percentile of the project duration, by linear interpolation between closest ranks
   * (see the class description).
   *
   * @param p the percentile, in [0, 100]
   * @return the duration, in working days
   * @throws IllegalArgumentException when {@code p} is outside [0, 100]
   */
  public double percentile(double p) {
    checkArgument(p >= 0 && p <= 100, "p must be in [0, 100] but was %s", p);
    double h = (iterations - 1) * p / 100;
    int below = (int) Math.floor(h);
    if (below >= iterations - 1) {
      return sortedDurations[iterations - 1];
    }
    double lower = sortedDurations[below];
    return lower + (h - below) * (sortedDurations[below + 1] - lower);
  }

  /**
   * Returns the 10th percentile: the project finishes within it in one iteration in ten.
   *
   * @return {@code percentile(10)}, in working days
   */
  public double p10() {
    return percentile(10);
  }

  /**
   * Returns the median.
   *
   * @return {@code percentile(50)}, in working days
   */
  public double p50() {
    return percentile(50);
  }

  /**
   * Returns the 80th percentile, a common commitment level.
   *
   * @return {@code percentile(80)}, in working days
   */
  public double p80() {
    return percentile(80);
  }

  /**
   * Returns the 90th percentile.
   *
   * @return {@code percentile(90)}, in working days
   */
  public double p90() {
    return percentile(90);
  }

  /**
   * Returns the mean project duration.
   *
   * @return the mean, in working days
   */
  public double mean() {
    return mean;
  }

  /**
   * Returns the sample standard deviation of the project duration.
   *
   * @return the standard deviation, in working days; 0 for a single iteration
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * Returns the shortest project duration of any iteration.
   *
   * @return the minimum, in working days
   */
  public double minimum() {
    return sortedDurations[0];
  }

  /**
   * Returns the longest project duration of any iteration.
   *
   * @return the maximum, in working days
   */
  public double maximum() {
    return sortedDurations[iterations - 1];
  }

  /**
   * Returns the share of iterations whose project duration is at most a number of working days.
   *
   * @param workingDays the number of working days from the project start
   * @return the share, in [0, 1]: 0 below the minimum, 1 from the maximum on
   * @throws IllegalArgumentException when {@code workingDays} is NaN
   */
  public double probabilityWithin(double workingDays) {
    checkArgument(!Double.isNaN(workingDays), "workingDays must be a number but was NaN");
    // The number of durations <= workingDays: the first index holding a larger one.
    int low = 0;
    int high = iterations;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sortedDurations[middle] <= workingDays) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return (double) low / iterations;
  }

  /**
   * Counts the project durations in bins of equal width from the minimum to the maximum. When every
   * iteration gave the same duration (or durations too close to split into that many bins), the
   * bins span one working day from the minimum.
   *
   * @param bins the number of bins, at least 1
   * @return the histogram, whose counts add up to the number of iterations
   * @throws IllegalArgumentException when {@code bins} is below 1
   */
  public Histogram histogram(int bins) {
    checkArgument(bins >= 1, "bins must be at least 1 but was %s", bins);
    double low = minimum();
    // Too narrow a spread for distinct edges (all durations equal, in practice): one working day.
    double high = maximum() - low > 4.0 * bins * Math.ulp(maximum()) ? maximum() : low + 1;
    double width = (high - low) / bins;
    List<Double> edges = new ArrayList<>(bins + 1);
    for (int i = 0; i < bins; i++) {
      edges.add(low + i * width);
    }
    edges.add(high);
    int[] counts = new int[bins];
    for (double duration : sortedDurations) {
      int bin = (int) Math.min(bins - 1, Math.max(0, (long) ((duration - low) / width)));
      // Rounding in the division may put a value next to an edge in the neighbouring bin.
      while (bin > 0 && duration < edges.get(bin)) {
        bin--;
      }
      while (bin < bins - 1 && duration >= edges.get(bin + 1)) {
        bin++;
      }
      counts[bin]++;
    }
    List<Integer> countList = new ArrayList<>(bins);
    for (int count : counts) {
      countList.add(count);
    }
    return Histogram.of(edges, countList);
  }

  /**
   * Returns the share of iterations in which an activity was critical.
   *
   * @param activityId the activity's id
   * @return the criticality index, in [0, 1]
   * @throws IllegalArgumentException when no activity has that id
   */
  public double criticalityIndex(String activityId) {
    return criticality[node(activityId)];
  }

  /**
   * Returns every activity's criticality index, most critical first.
   *
   * @return an unmodifiable map from activity id to criticality index, iterating in decreasing
   *     order of index, activities of equal index in the plan's order
   */
  public Map<String, Double> criticalityIndices() {
    return criticalityIndices;
  }

  /**
   * Returns the activities ranked by how strongly their duration drives the project's finish.
   *
   * @return every activity, by decreasing correlation with the project's duration, then by
   *     decreasing criticality index, then in the plan's order
   */
  public List<FinishDriver> sensitivity() {
    return sensitivity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Forecast that
        && iterations == that.iterations
        && seed == that.seed
        && distribution == that.distribution
        && activityIds.equals(that.activityIds)
        && Arrays.equals(sortedDurations, that.sortedDurations)
        && Arrays.equals(criticality, that.criticality)
        && Arrays.equals(correlations, that.correlations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(iterations, seed, distribution, activityIds, Arrays.hashCode(criticality))
            * 31
        + Arrays.hashCode(sortedDurations);
  }

  @Override
  public String toString() {
    return "Forecast{iterations="
        + iterations
        + ", seed="
        + seed
        + ", distribution="
        + distribution
        + ", mean="
        + mean
        + ", p10="
        + p10()
        + ", p50="
        + p50()
        + ", p90="
        + p90()
        + "}";
  }

  private int node(String activityId) {
    checkNotNull(activityId, "activityId");
    Integer node = nodes.get(activityId);
    checkArgument(node != null, "activityId '%s' names no activity of the plan", activityId);
    return node;
  }

  private List<Integer> nodesInOrder(Comparator<Integer> order) {
    List<Integer> ranked = new ArrayList<>(activityIds.size());
    for (int node = 0; node < activityIds.size(); node++) {
      ranked.add(node);
    }
    ranked.sort(order);
    return ranked;
  }

  private Map<String, Double> rankCriticality() {
    ImmutableMap.Builder<String, Double> ranked = ImmutableMap.builder();
    Comparator<Integer> byIndex =
        Comparator.comparingDouble((Integer node) -> criticality[node]).reversed();
    for (int node : nodesInOrder(byIndex.thenComparingInt(node -> node))) {
      ranked.put(activityIds.get(node), criticality[node]);
    }
    return ranked.build();
  }

  private List<FinishDriver> rankDrivers() {
    Comparator<Integer> byCorrelation =
        Comparator.comparingDouble((Integer node) -> correlations[node]).reversed();
    Comparator<Integer> byIndex =
        Comparator.comparingDouble((Integer node) -> criticality[node]).reversed();
    List<FinishDriver> drivers = new ArrayList<>(activityIds.size());
    for (int node : nodesInOrder(byCorrelation.thenComparing(byIndex).thenComparingInt(n -> n))) {
      drivers.add(FinishDriver.of(activityIds.get(node), correlations[node], criticality[node]));
    }
    return List.copyOf(drivers);
  }
}
