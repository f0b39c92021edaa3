package org.crmmethod.core.forecast;

import java.util.List;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * Counts of values in consecutive bins: bin i holds the values from {@code edges().get(i)}
 * (included) to {@code edges().get(i + 1)} (excluded), the last bin including its upper edge too.
 */
@Value.Immutable
public abstract class Histogram {

  /**
   * The bins' edges, one more than there are bins.
   *
   * @return the edges, finite and increasing, in the unit of the values (working days for a
   *     forecast)
   */
  @Value.Parameter
  public abstract List<Double> edges();

  /**
   * The number of values in each bin.
   *
   * @return the counts, not negative, one per bin
   */
  @Value.Parameter
  public abstract List<Integer> counts();

  /**
   * Creates a histogram.
   *
   * @param edges the bins' edges, increasing, one more than the counts
   * @param counts the count of each bin
   * @return the histogram
   */
  public static Histogram of(List<Double> edges, List<Integer> counts) {
    return ImmutableHistogram.of(edges, counts);
  }

  /**
   * Returns the number of bins.
   *
   * @return the number of bins, at least 1
   */
  public int bins() {
    return counts().size();
  }

  /**
   * Returns the number of values counted.
   *
   * @return the sum of the counts
   */
  public long total() {
    long total = 0;
    for (int count : counts()) {
      total += count;
    }
    return total;
  }

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("Histogram")
            .nonEmpty("counts", counts())
            .require(
                edges().size() == counts().size() + 1,
                "edges",
                edges(),
                "must hold one more edge than there are counts (" + counts().size() + ")");
    for (int i = 0; i < edges().size(); i++) {
      double edge = edges().get(i);
      invariants.require(Double.isFinite(edge), "edges", edge, "must be finite");
      if (i > 0) {
        invariants.require(
            edge > edges().get(i - 1), "edges", edges(), "must increase from one edge to the next");
      }
    }
    for (int count : counts()) {
      invariants.require(count >= 0, "counts", count, "must not be negative");
    }
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Histogram} values. */
  public static final class Builder extends ImmutableHistogram.Builder {}
}
