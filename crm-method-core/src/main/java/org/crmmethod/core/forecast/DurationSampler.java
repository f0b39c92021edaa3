package org.crmmethod.core.forecast;

import java.util.List;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * Every activity's duration distribution compiled into flat arrays, drawing one duration per
 * activity per call: the sampling half of a simulation's inner loop. Immutable and shared by the
 * simulation's threads; each gives its own {@link IterationRandom} and scratch array.
 *
 * <p>Draws are the same doubles as {@link DurationDistribution#quantile} gives for the same uniform
 * numbers.
 */
abstract class DurationSampler {
  final double[] optimistic;
  final double[] pessimistic;

  private DurationSampler(List<Activity> activities) {
    int n = activities.size();
    optimistic = new double[n];
    pessimistic = new double[n];
    for (int i = 0; i < n; i++) {
      ThreePointEstimate estimate = activities.get(i).estimate();
      optimistic[i] = estimate.optimistic();
      pessimistic[i] = estimate.pessimistic();
    }
  }

  /**
   * Compiles the activities' estimates for a distribution.
   *
   * @param distribution how to read the estimates
   * @param activities the activities, in node order
   * @return the sampler
   */
  static DurationSampler of(DurationDistribution distribution, List<Activity> activities) {
    return distribution == DurationDistribution.TRIANGULAR
        ? new Triangular(activities)
        : new PertBeta(activities);
  }

  /**
   * Draws every activity's duration, one uniform number each, in node order.
   *
   * @param random the iteration's stream
   * @param durations where to write the durations, in working days, one per activity
   */
  abstract void draw(IterationRandom random, double[] durations);

  private static final class Triangular extends DurationSampler {
    private final double[] mode;
    private final double[] belowMode;
    private final double[] aboveMode;

    Triangular(List<Activity> activities) {
      super(activities);
      int n = activities.size();
      mode = new double[n];
      belowMode = new double[n];
      aboveMode = new double[n];
      for (int i = 0; i < n; i++) {
        double a = optimistic[i];
        double b = pessimistic[i];
        double m = activities.get(i).estimate().mostLikely();
        double width = b - a;
        mode[i] = width > 0 ? (m - a) / width : 0;
        belowMode[i] = width * (m - a);
        aboveMode[i] = width * (b - m);
      }
    }

    @Override
    void draw(IterationRandom random, double[] durations) {
      for (int i = 0; i < durations.length; i++) {
        durations[i] =
            DurationDistribution.triangular(
                optimistic[i],
                pessimistic[i],
                mode[i],
                belowMode[i],
                aboveMode[i],
                random.nextDouble());
      }
    }
  }

  private static final class PertBeta extends DurationSampler {
    private final double[] width;
    private final double[][] lowerShape;
    private final double[][] upperShape;
    private final double[] weight;

    PertBeta(List<Activity> activities) {
      super(activities);
      int n = activities.size();
      width = new double[n];
      lowerShape = new double[n][];
      upperShape = new double[n][];
      weight = new double[n];
      for (int i = 0; i < n; i++) {
        double a = optimistic[i];
        double w = pessimistic[i] - a;
        double r = w > 0 ? (activities.get(i).estimate().mostLikely() - a) / w : 0;
        int shape = PertBetaTables.lowerShape(r);
        width[i] = Math.max(0, w);
        weight[i] = r * PertBetaTables.SHAPES - shape;
        lowerShape[i] = PertBetaTables.table(shape);
        upperShape[i] = weight[i] == 0 ? lowerShape[i] : PertBetaTables.table(shape + 1);
      }
    }

    @Override
    void draw(IterationRandom random, double[] durations) {
      for (int i = 0; i < durations.length; i++) {
        double u = random.nextDouble();
        double low = PertBetaTables.quantile(lowerShape[i], u);
        double high = PertBetaTables.quantile(upperShape[i], u);
        double q = low + weight[i] * (high - low);
        durations[i] = DurationDistribution.scaled(optimistic[i], width[i], pessimistic[i], q);
      }
    }
  }
}
