package org.crmmethod.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.forecast.Forecast;

/**
 * The horizontal axis the two forecast charts share: project duration in working days from the
 * shortest to the longest iteration, widened to hold the target when it is near, with round ticks
 * each labelled with its working days and the date a project of that length ends on.
 */
final class ForecastAxis {
  private static final int MOST_TICKS = 7;

  private final double low;
  private final double high;
  private final double left;
  private final double width;

  private ForecastAxis(double low, double high, double left, double width) {
    this.low = low;
    this.high = high;
    this.left = left;
    this.width = width;
  }

  /**
   * Lays out the axis for a forecast.
   *
   * @param forecast the forecast
   * @param target the target, shown when it lies within one spread of the iterations
   * @param left where the axis starts, in pixels
   * @param width how wide it is, in pixels
   * @return the axis
   */
  static ForecastAxis of(Forecast forecast, Optional<TargetOdds> target, double left, double width) {
    double low = forecast.minimum();
    double high = forecast.maximum();
    double spread = Math.max(1, high - low);
    if (target.isPresent()) {
      int days = target.get().workingDays();
      if (days >= low - spread && days <= high + spread) {
        low = Math.min(low, days);
        high = Math.max(high, days);
      }
    }
    double padding = Math.max(1, (high - low) * 0.04);
    low = Math.max(0, Math.floor(low - padding));
    high = Math.ceil(high + padding);
    return new ForecastAxis(low, high, left, width);
  }

  /**
   * Returns where a duration lies.
   *
   * @param workingDays the duration
   * @return its position, in pixels
   */
  double x(double workingDays) {
    return left + (workingDays - low) / (high - low) * width;
  }

  /**
   * Tells whether a duration lies on the axis.
   *
   * @param workingDays the duration
   * @return true when it is between the axis' ends
   */
  boolean shows(double workingDays) {
    return workingDays >= low && workingDays <= high;
  }

  /**
   * Returns round durations to label, at most {@value #MOST_TICKS}.
   *
   * @return the ticks, in working days, increasing
   */
  List<Double> ticks() {
    double step = Math.max(1, niceStep((high - low) / (MOST_TICKS - 1), 1, 2, 5));
    List<Double> ticks = new ArrayList<>();
    for (double tick = Math.ceil(low / step) * step; tick <= high + 1e-9; tick += step) {
      ticks.add(tick);
    }
    return ticks;
  }

  /**
   * Returns the smallest round step that is at least a raw step, so that ticks fall on round
   * figures: one of the factors times a power of ten, or ten times that power.
   *
   * @param raw the step wanted, positive
   * @param factors the round factors, increasing, from 1 to below 10
   * @return the round step
   */
  static double niceStep(double raw, double... factors) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double factor : factors) {
      if (factor * magnitude >= raw - 1e-12) {
        return factor * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /**
   * Returns where the axis starts.
   *
   * @return the left edge, in pixels
   */
  double left() {
    return left;
  }

  /**
   * Returns where the axis ends.
   *
   * @return the right edge, in pixels
   */
  double right() {
    return left + width;
  }
}
