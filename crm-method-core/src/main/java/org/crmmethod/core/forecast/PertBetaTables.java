package org.crmmethod.core.forecast;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Quantile tables of the PERT-beta distribution on [0, 1], for sampling by inverse transform with a
 * few multiplications instead of two gamma variates.
 *
 * <p>A PERT-beta shape depends only on where the most likely value sits in the range, {@code r = (m
 * - a) / (b - a)}: α = 1 + 4r and β = 5 - 4r, so α + β = 6 always. Tables are kept for the {@value
 * #SHAPES} + 1 shapes r = j / {@value #SHAPES}, each holding the quantiles at u = i / {@value
 * #CELLS} for i = 0 to {@value #CELLS}, computed to about 1e-15 from the regularised incomplete
 * beta function. A quantile is read by linear interpolation in u inside a cell, except in the
 * {@value #EDGE} cells at either end, where the quantile is steep: there it follows the power law
 * through the cell's two tabulated quantiles, and the outermost cell is further halved {@value
 * #DEPTH} times, with a power law between successive halvings and the density's own asymptotic
 * exponent (1/α or 1/β) beyond. A shape between two tabulated ones gets the quantile interpolated
 * linearly in r between theirs; because the mean α / 6 is linear in r, that keeps the mean exact up
 * to the tables' own error.
 *
 * <p>Accuracy on the unit range, checked by {@code PertBetaTablesTest} for shapes on and between
 * the tabulated ones: every quantile within 5e-5 of the exact one (the largest errors sit in the
 * first linearly interpolated cells next to the edge cells), the mean within 1e-6 of α / 6 and the
 * variance within 0.01% of αβ / 252. Multiply absolute figures by b - a for working days.
 *
 * <p>Tables are built on first use, a millisecond or two each, and kept for the life of the class:
 * at most {@value #SHAPES} + 1 tables of about 1,200 doubles, some 2.5 MB. They are immutable once
 * published; building one twice in a race is harmless.
 */
final class PertBetaTables {
  /** The number of steps of r between tabulated shapes. */
  static final int SHAPES = 256;

  /** The number of cells of each table: it holds this many plus one quantiles. */
  static final int CELLS = 1024;

  /** The number of cells at each end read through a power law rather than a straight line. */
  static final int EDGE = 16;

  /**
   * The number of halvings of each end cell: below it, the quantile follows the density's
   * asymptotic power law. A double drawn on a 2^-53 grid never reaches that far into a cell.
   */
  static final int DEPTH = 44;

  /** A table's exponents of its lowest cells; the first is 1 / α. */
  private static final int LOWER_EXPONENTS = CELLS + 1;

  /** A table's exponents of its highest cells, counted from the top; the first is 1 / β. */
  private static final int UPPER_EXPONENTS = LOWER_EXPONENTS + EDGE;

  /** The quantiles at u = 2^-k / CELLS, k = 0 to DEPTH. */
  private static final int LOWER_TAIL = UPPER_EXPONENTS + EDGE;

  private static final int LOWER_TAIL_EXPONENTS = LOWER_TAIL + DEPTH + 1;

  /** The distances to 1 of the quantiles at u = 1 - 2^-k / CELLS, k = 0 to DEPTH. */
  private static final int UPPER_TAIL = LOWER_TAIL_EXPONENTS + DEPTH;

  private static final int UPPER_TAIL_EXPONENTS = UPPER_TAIL + DEPTH + 1;

  private static final int LENGTH = UPPER_TAIL_EXPONENTS + DEPTH;

  private static final double LOG_TWO = Math.log(2);

  private static final AtomicReferenceArray<double[]> TABLES =
      new AtomicReferenceArray<>(SHAPES + 1);

  private PertBetaTables() {}

  /**
   * Returns the table of a tabulated shape, building it on first use.
   *
   * @param shape the shape index j, for r = j / {@value #SHAPES}, from 0 to {@value #SHAPES}
   * @return the shape's table; not to be modified
   */
  static double[] table(int shape) {
    double[] table = TABLES.get(shape);
    if (table == null) {
      table = build(alpha(shape), beta(shape));
      if (!TABLES.compareAndSet(shape, null, table)) {
        table = TABLES.get(shape);
      }
    }
    return table;
  }

  /**
   * Returns α of a tabulated shape.
   *
   * @param shape the shape index
   * @return 1 + 4 j / {@value #SHAPES}
   */
  static double alpha(int shape) {
    return 1 + 4.0 * shape / SHAPES;
  }

  /**
   * Returns β of a tabulated shape.
   *
   * @param shape the shape index
   * @return 5 - 4 j / {@value #SHAPES}
   */
  static double beta(int shape) {
    return 5 - 4.0 * shape / SHAPES;
  }

  /**
   * Returns the index of the tabulated shape at or below r, never the last one, so that it and the
   * next one bracket r.
   *
   * @param r where the most likely value sits in the range, in [0, 1]
   * @return the shape index j, from 0 to {@value #SHAPES} - 1
   */
  static int lowerShape(double r) {
    return Math.min((int) (r * SHAPES), SHAPES - 1);
  }

  /**
   * Reads a quantile of one tabulated shape.
   *
   * @param table the shape's table
   * @param u the probability, in [0, 1)
   * @return the quantile, in [0, 1]
   */
  static double quantile(double[] table, double u) {
    double position = u * CELLS;
    int cell = (int) position;
    if (cell >= EDGE && cell < CELLS - EDGE) {
      double below = table[cell];
      return below + (position - cell) * (table[cell + 1] - below);
    }
    return edgeQuantile(table, position, cell);
  }

  /**
   * Returns the PERT-beta quantile of any shape, interpolated between the two tabulated shapes
   * around it.
   *
   * @param r where the most likely value sits in the range, in [0, 1]
   * @param u the probability, in [0, 1)
   * @return the quantile on the unit range, in [0, 1]
   */
  static double quantile(double r, double u) {
    int shape = lowerShape(r);
    double weight = r * SHAPES - shape;
    double low = quantile(table(shape), u);
    if (weight == 0) {
      return low;
    }
    double high = quantile(table(shape + 1), u);
    return low + weight * (high - low);
  }

  /** Reads a quantile in one of the {@value #EDGE} cells at either end, through power laws. */
  private static double edgeQuantile(double[] table, double position, int cell) {
    if (cell < EDGE) {
      if (cell == 0) {
        return endCell(table, LOWER_TAIL, LOWER_TAIL_EXPONENTS, LOWER_EXPONENTS, position);
      }
      return table[cell + 1] * Math.pow(position / (cell + 1), table[LOWER_EXPONENTS + cell]);
    }
    int fromTop = CELLS - 1 - cell;
    double depth = Math.max(0, CELLS - position);
    if (fromTop == 0) {
      return 1 - endCell(table, UPPER_TAIL, UPPER_TAIL_EXPONENTS, UPPER_EXPONENTS, depth);
    }
    return 1
        - (1 - table[cell]) * Math.pow(depth / (fromTop + 1), table[UPPER_EXPONENTS + fromTop]);
  }

  /**
   * Reads the distance from the range's end in an end cell, {@code depth} cells (0 to 1) from that
   * end: between two halvings k and k + 1 it follows the power law through their quantiles.
   */
  private static double endCell(
      double[] table, int tail, int exponents, int asymptote, double depth) {
    if (depth <= 0) {
      return 0;
    }
    int k = Math.max(0, -Math.getExponent(depth) - 1);
    if (k >= DEPTH) {
      return table[tail + DEPTH] * Math.pow(Math.scalb(depth, DEPTH), table[asymptote]);
    }
    return table[tail + k] * Math.pow(Math.scalb(depth, k), table[exponents + k]);
  }

  private static double[] build(double alpha, double beta) {
    double[] table = new double[LENGTH];
    // Each half is computed from its own end, through the mirror shape for the upper half, so that
    // distances to 1 keep their relative precision.
    double[] lower = quantiles(alpha, beta, CELLS / 2);
    double[] upper = quantiles(beta, alpha, CELLS / 2);
    for (int i = 1; i <= CELLS / 2; i++) {
      table[i] = lower[i];
    }
    for (int i = 1; i < CELLS / 2; i++) {
      table[CELLS - i] = 1 - upper[i];
    }
    table[CELLS] = 1;
    // In the other edge cells the exponent is that of the power law through the cell's ends.
    table[LOWER_EXPONENTS] = 1 / alpha;
    table[UPPER_EXPONENTS] = 1 / beta;
    for (int k = 1; k < EDGE; k++) {
      double ratio = Math.log((k + 1.0) / k);
      table[LOWER_EXPONENTS + k] = Math.log(table[k + 1] / table[k]) / ratio;
      table[UPPER_EXPONENTS + k] =
          Math.log((1 - table[CELLS - k - 1]) / (1 - table[CELLS - k])) / ratio;
    }
    endCell(table, LOWER_TAIL, LOWER_TAIL_EXPONENTS, table[1], alpha, beta);
    endCell(table, UPPER_TAIL, UPPER_TAIL_EXPONENTS, 1 - table[CELLS - 1], beta, alpha);
    return table;
  }

  /** Returns the quantiles at i / CELLS for i = 0 to count, each Newton search started close. */
  private static double[] quantiles(double a, double b, int count) {
    double[] quantiles = new double[count + 1];
    double x = 0;
    for (int i = 1; i <= count; i++) {
      // An Euler step from the previous quantile is a close start for Newton's method.
      double slope = BetaFunction.density(x, a, b);
      double guess = slope > 0 ? x + (1.0 / CELLS) / slope : x;
      x = BetaFunction.quantile((double) i / CELLS, a, b, Math.min(guess, 1));
      quantiles[i] = x;
    }
    return quantiles;
  }

  /** Fills the quantiles of an end cell at its halvings, and the exponents between them. */
  private static void endCell(
      double[] table, int tail, int exponents, double outer, double a, double b) {
    table[tail] = outer;
    for (int k = 1; k <= DEPTH; k++) {
      double guess = table[tail + k - 1] * Math.pow(0.5, 1 / a);
      table[tail + k] = BetaFunction.quantile(Math.scalb(1.0 / CELLS, -k), a, b, guess);
      table[exponents + k - 1] = Math.log(table[tail + k - 1] / table[tail + k]) / LOG_TWO;
    }
  }
}
