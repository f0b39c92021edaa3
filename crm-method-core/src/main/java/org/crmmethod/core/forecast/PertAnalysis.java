package org.crmmethod.core.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.NetworkTimes;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * The classic PERT analysis of a plan: each activity's duration read as its PERT mean {@code (a +
 * 4m + b) / 6} and variance {@code ((b - a) / 6)²}, the critical path under mean durations, and a
 * normal approximation of the project's duration along that path.
 *
 * <p>The mean project duration is the project's finish with every activity at its mean duration:
 * along the critical path, the sum of the means of the activities whose duration lengthens the
 * path, plus the links' lags. Its variance is the sum of the variances of those same activities. An
 * activity adds its duration to the path when the path enters it at its start and leaves it at its
 * finish (finish-to-start, the common case); one entered and left at the same end (by a
 * start-to-start link and out through another, say) lies on the path without its duration counting,
 * and one entered at its finish and left at its start counts negatively. With only finish-to-start
 * links, these are simply the sums of the means and variances of the path's activities.
 *
 * <p>The normal approximation assumes the path's durations independent and the path's total
 * normally distributed; it ignores near-critical paths, which is why it is optimistic where several
 * paths compete (the merge bias that {@link MonteCarloSimulator} captures). Start-no-earlier-than
 * dates are ignored. Every figure is in working days from the project start.
 *
 * <p>An analysis is a pure function of its plan: two analyses are equal when their plans are, and
 * {@link #restore} rebuilds a stored one from its plan. Instances are immutable and thread-safe.
 */
public final class PertAnalysis {
  private final ProjectPlan plan;
  private final ActivityNetwork network;
  private final double[] means;
  private final double[] variances;
  private final double meanWorkingDays;
  private final double variance;
  private final List<String> criticalPath;

  private PertAnalysis(ProjectPlan plan, ActivityNetwork network) {
    this.plan = plan;
    this.network = network;
    int n = network.size();
    means = new double[n];
    variances = new double[n];
    for (int node = 0; node < n; node++) {
      ThreePointEstimate estimate = network.activity(node).estimate();
      means[node] = DurationDistribution.PERT_BETA.mean(estimate);
      variances[node] = DurationDistribution.PERT_BETA.variance(estimate);
    }
    NetworkTimes times = network.analyse(means, null);
    meanWorkingDays = times.projectFinish();
    int[] path = times.criticalPath();
    List<String> ids = new ArrayList<>(path.length);
    double sum = 0;
    for (int i = 0; i < path.length; i++) {
      ids.add(network.activity(path[i]).id());
      boolean enteredAtFinish = i > 0 && boundsFinish(entry(times, path[i - 1], path[i]));
      boolean leftAtStart = i + 1 < path.length && fromStart(entry(times, path[i], path[i + 1]));
      if (enteredAtFinish != !leftAtStart) {
        sum += variances[path[i]];
      }
    }
    criticalPath = List.copyOf(ids);
    variance = sum;
  }

  /**
   * Analyses a plan.
   *
   * @param plan the plan
   * @return the analysis
   * @throws IllegalArgumentException when two activities share an id, a dependency names no
   *     activity or the dependencies form a cycle; the message names the id, the link or the cycle
   */
  public static PertAnalysis of(ProjectPlan plan) {
    return new PertAnalysis(plan, PlanNetwork.of(plan));
  }

  /**
   * Restores a stored analysis: analyses the plan again and checks that the stored summary figures
   * are exactly what that gives. The figures are not needed to rebuild the analysis; they are
   * stored for readers of the stored form, and checking them means they cannot disagree with the
   * plan stored beside them.
   *
   * @param plan the plan analysed
   * @param meanWorkingDays the stored {@link #meanWorkingDays()}
   * @param variance the stored {@link #variance()}
   * @param criticalPath the stored {@link #criticalPath()}
   * @return the analysis of the plan, equal to the one whose parts were stored
   * @throws InvalidModelException when a part is missing, the plan cannot be analysed (duplicate
   *     ids, an unresolved dependency, a cycle), or a figure differs from the one the plan gives;
   *     the message names the figure and both values
   */
  public static PertAnalysis restore(
      ProjectPlan plan, double meanWorkingDays, double variance, List<String> criticalPath) {
    if (plan == null) {
      throw new InvalidModelException("PertAnalysis", "plan", "null", "must be given");
    }
    if (criticalPath == null) {
      throw new InvalidModelException("PertAnalysis", "criticalPath", "null", "must be given");
    }
    PertAnalysis analysis;
    try {
      analysis = of(plan);
    } catch (IllegalArgumentException failure) {
      throw new InvalidModelException(
          "PertAnalysis",
          "plan",
          "'" + plan.id() + "'",
          "must be analysable: " + failure.getMessage());
    }
    if (Double.compare(meanWorkingDays, analysis.meanWorkingDays) != 0) {
      throw new InvalidModelException(
          "PertAnalysis",
          "meanWorkingDays",
          String.valueOf(meanWorkingDays),
          "must be " + analysis.meanWorkingDays + ", as the plan gives it");
    }
    if (Double.compare(variance, analysis.variance) != 0) {
      throw new InvalidModelException(
          "PertAnalysis",
          "variance",
          String.valueOf(variance),
          "must be " + analysis.variance + ", as the plan gives it");
    }
    List<String> wanted = analysis.criticalPath;
    for (int i = 0; i < Math.max(wanted.size(), criticalPath.size()); i++) {
      String want = i < wanted.size() ? wanted.get(i) : null;
      String have = i < criticalPath.size() ? criticalPath.get(i) : null;
      if (want == null || !want.equals(have)) {
        throw new InvalidModelException(
            "PertAnalysis",
            "criticalPath",
            have == null ? "no id at position " + i : "'" + have + "' at position " + i,
            want == null
                ? "must end after " + wanted.size() + " activities, as the plan gives it"
                : "must hold '" + want + "' there, as the plan gives it");
      }
    }
    return analysis;
  }

  /**
   * Returns the plan analysed.
   *
   * @return the plan
   */
  public ProjectPlan plan() {
    return plan;
  }

  /**
   * Returns the mean project duration: the project's finish with every activity at its PERT mean.
   *
   * @return the mean, in working days from the project start
   */
  public double meanWorkingDays() {
    return meanWorkingDays;
  }

  /**
   * Returns the variance of the project duration: the sum of the PERT variances of the critical
   * path's activities whose duration lengthens the path.
   *
   * @return the variance, in working days squared
   */
  public double variance() {
    return variance;
  }

  /**
   * Returns the standard deviation of the project duration.
   *
   * @return the square root of {@link #variance()}, in working days
   */
  public double standardDeviation() {
    return Math.sqrt(variance);
  }

  /**
   * Returns the critical path under mean durations, as {@link NetworkTimes#criticalPath()} finds
   * it: from the critical activity that finishes last back through the links that drive it.
   *
   * @return the activity ids, first to last; empty for a plan without activities
   */
  public List<String> criticalPath() {
    return criticalPath;
  }

  /**
   * Returns the normal approximation's probability of finishing within a number of working days:
   * {@code Φ((workingDays - mean) / standardDeviation)}. With no variance, it is 1 from the mean on
   * and 0 below it.
   *
   * @param workingDays the number of working days from the project start
   * @return the probability, in [0, 1]
   * @throws IllegalArgumentException when {@code workingDays} is NaN
   */
  public double probabilityWithin(double workingDays) {
    checkArgument(!Double.isNaN(workingDays), "workingDays must be a number but was NaN");
    if (variance == 0) {
      return workingDays >= meanWorkingDays ? 1 : 0;
    }
    return StandardNormal.cumulative((workingDays - meanWorkingDays) / standardDeviation());
  }

  /**
   * Returns the normal approximation's percentile of the project duration: the number of working
   * days within which the project finishes with probability p / 100.
   *
   * @param p the percentile, strictly between 0 and 100 (a normal distribution has no finite 0th or
   *     100th percentile)
   * @return the duration, in working days; the mean when there is no variance
   * @throws IllegalArgumentException when {@code p} is not strictly between 0 and 100
   */
  public double percentile(double p) {
    checkArgument(p > 0 && p < 100, "p must be strictly between 0 and 100 but was %s", p);
    return meanWorkingDays + standardDeviation() * StandardNormal.quantile(p / 100);
  }

  /**
   * Returns an activity's PERT mean duration, {@code (a + 4m + b) / 6}.
   *
   * @param activityId the activity's id
   * @return the mean, in working days
   * @throws IllegalArgumentException when no activity has that id
   */
  public double mean(String activityId) {
    return means[node(activityId)];
  }

  /**
   * Returns an activity's PERT variance, {@code ((b - a) / 6)²}.
   *
   * @param activityId the activity's id
   * @return the variance, in working days squared
   * @throws IllegalArgumentException when no activity has that id
   */
  public double variance(String activityId) {
    return variances[node(activityId)];
  }

  /**
   * Tells whether another analysis is of an equal plan, and hence has the same figures.
   *
   * @param other the object compared
   * @return true when it is an analysis of an equal plan
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PertAnalysis that && plan.equals(that.plan);
  }

  @Override
  public int hashCode() {
    return plan.hashCode();
  }

  @Override
  public String toString() {
    return "PertAnalysis{meanWorkingDays="
        + meanWorkingDays
        + ", standardDeviation="
        + standardDeviation()
        + ", criticalPath="
        + criticalPath
        + "}";
  }

  private int node(String activityId) {
    checkNotNull(activityId, "activityId");
    int node = network.node(activityId);
    checkArgument(node >= 0, "activityId '%s' names no activity of the plan", activityId);
    return node;
  }

  /**
   * Returns the type of the first link from a predecessor to a successor that drives the
   * successor's early dates under mean durations, as {@link NetworkTimes#criticalPath()} chose it.
   */
  private DependencyType entry(NetworkTimes times, int predecessor, int successor) {
    Activity from = network.activity(predecessor);
    double tolerance = 1e-6 * Math.max(1, times.projectFinish());
    for (Dependency dependency : network.activity(successor).dependencies()) {
      if (!dependency.predecessor().equals(from.id())) {
        continue;
      }
      DependencyType type = dependency.type();
      double reference =
          fromStart(type) ? times.earlyStart(predecessor) : times.earlyFinish(predecessor);
      double bound = reference + dependency.lagDays();
      double bounded =
          boundsFinish(type) ? times.earlyFinish(successor) : times.earlyStart(successor);
      if (Math.abs(bound - bounded) <= tolerance) {
        return type;
      }
    }
    return DependencyType.FINISH_TO_START;
  }

  private static boolean fromStart(DependencyType type) {
    return type == DependencyType.START_TO_START || type == DependencyType.START_TO_FINISH;
  }

  private static boolean boundsFinish(DependencyType type) {
    return type == DependencyType.FINISH_TO_FINISH || type == DependencyType.START_TO_FINISH;
  }
}
