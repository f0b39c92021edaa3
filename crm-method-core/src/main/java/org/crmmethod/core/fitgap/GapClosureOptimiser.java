package org.crmmethod.core.fitgap;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmmethod.core.plan.Money;

/**
 * Recommends which gaps to close within a budget so that the weighted coverage of the requirements
 * is as high as possible (F08): a 0/1 knapsack whose items are the closable gaps.
 *
 * <h2>The problem</h2>
 *
 * <p>The items are the gaps of in-scope requirements that the package can close ({@link
 * PackageFit#closable()}) and whose priority carries a positive weight ({@link CoverageWeights}).
 * An item's value is its priority's weight, its cost its assessment's cost. The capacity is the
 * budget less the fit cost (see {@link FitGapReport}); when that is negative, nothing can be
 * chosen. The gaps the analysis already plans to close play no part: the recommendation is made
 * afresh, and {@link GapClosurePlan#applyTo} makes it the analysis' gap plan.
 *
 * <h2>Exact solution</h2>
 *
 * <p>Costs are compared exactly: every amount (budget, fit cost, item costs) is turned into a whole
 * number of one common unit, the smallest unit any of them uses (the currency's minor unit, or
 * finer when an amount has more decimals), with no rounding. Amounts beyond 2<sup>62</sup> of that
 * unit are refused. Nothing is discretised on the cost side; the dynamic programme runs over the
 * <em>value</em> instead, which is a whole number because weights are: for each value {@code v} it
 * keeps the least cost of a choice worth exactly {@code v}, and the answer is the largest {@code v}
 * whose least cost fits the capacity. Values are counted in units of the greatest common divisor of
 * the weights in use, so weights 80, 30 and 10 cost no more than 8, 3 and 1.
 *
 * <p>Since an item's value depends only on its priority, the items fall into at most three groups
 * of equal value, and within a group a best choice of {@code k} items is always the {@code k}
 * cheapest (swapping a chosen item for a cheaper unchosen one of the same group keeps the value and
 * lowers the cost). The programme therefore decides, group by group, how many of the cheapest items
 * to take. It is exact: no choice of gaps within the budget has a higher value. Among choices of
 * the best value it returns one of least cost. It takes time proportional to {@code (V + 1) × (n +
 * 1)}, the <em>cells</em>, where {@code n} is the number of items and {@code V} the sum of their
 * values in units, and memory proportional to {@code V}.
 *
 * <h2>Approximation</h2>
 *
 * <p>When the cells exceed the exact limit ({@value #DEFAULT_EXACT_LIMIT} unless set), or {@code V}
 * exceeds {@value #LARGEST_EXACT_VALUE}, the optimiser approximates in {@code O(n log n)}: it sorts
 * the items by value per unit of cost (ties: higher value, then lower cost, then the analysis'
 * order), takes them in that order while they fit and stops at the first that does not (the
 * <em>critical</em> item), and returns that prefix or the single most valuable item that fits,
 * whichever is worth more.
 *
 * <p>Bound: the linear relaxation of the knapsack, whose optimum is the prefix plus the fitting
 * fraction of the critical item, bounds every choice; as that fraction is below one item, the best
 * choice is worth less than the prefix plus the critical item's value. Values being whole numbers,
 * the approximation falls short of the best choice by at most {@code w - 1}, where {@code w} is the
 * largest weight of a gap: with the standard weights, by less than one must-have. When the critical
 * item fits the budget on its own, the approximation is also worth at least half the best choice.
 * Each plan reports its own bound ({@link GapClosurePlan#valueBound()}, the floor of the relaxation's
 * optimum).
 *
 * <h2>More budget never lowers coverage</h2>
 *
 * <p>The solver is chosen from the analysis alone, never from the budget. The exact value can only
 * grow with the capacity. So does the approximation's: the order of the items does not depend on
 * the budget, so the prefix can only lengthen, and more items fit on their own.
 *
 * <p>Optimisers are immutable and may serve many threads.
 */
public final class GapClosureOptimiser {
  /**
   * The most cells solved exactly unless set otherwise: about a third of a second on two cores of
   * a shared server (docs/BENCHMARKS.md); 10,000 requirements all of them gaps are within it.
   */
  public static final long DEFAULT_EXACT_LIMIT = 500_000_000L;

  /** The largest sum of item values, in units, solved exactly, whatever the limit on cells. */
  public static final int LARGEST_EXACT_VALUE = 4_000_000;

  /** The largest amount, in the common unit, the optimiser accepts. */
  private static final long LARGEST_AMOUNT = 1L << 62;

  private static final GapClosureOptimiser STANDARD =
      new GapClosureOptimiser(CoverageWeights.standard(), DEFAULT_EXACT_LIMIT);

  private final CoverageWeights weights;
  private final long exactLimit;

  private GapClosureOptimiser(CoverageWeights weights, long exactLimit) {
    this.weights = weights;
    this.exactLimit = exactLimit;
  }

  /**
   * Returns the optimiser with the standard weights and exact limit.
   *
   * @return the standard optimiser
   */
  public static GapClosureOptimiser standard() {
    return STANDARD;
  }

  /**
   * Starts building an optimiser.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the weights the optimiser values gaps with.
   *
   * @return the weights
   */
  public CoverageWeights weights() {
    return weights;
  }

  /**
   * Returns the most cells solved exactly.
   *
   * @return the limit
   */
  public long exactLimit() {
    return exactLimit;
  }

  /**
   * Recommends the gaps to close within the analysis' own budget.
   *
   * @param analysis the analysis
   * @return the recommendation, exact when the analysis is small enough
   * @throws IllegalArgumentException when an amount is too large to be compared exactly
   */
  public GapClosurePlan recommend(FitGapAnalysis analysis) {
    return recommend(analysis, analysis.budget());
  }

  /**
   * Recommends the gaps to close within another budget, e.g. to see what more money would buy.
   *
   * @param analysis the analysis
   * @param budget the budget, in the analysis' currency
   * @return the recommendation, exact when the analysis is small enough
   * @throws IllegalArgumentException when the budget is in another currency than the analysis (no
   *     currency is converted), or an amount is too large to be compared exactly
   */
  public GapClosurePlan recommend(FitGapAnalysis analysis, Money budget) {
    Instance instance = Instance.of(analysis, budget, weights);
    return instance.plan(instance.exactlySolvable(exactLimit) ? instance.solveExactly() : instance.approximate());
  }

  /**
   * Recommends the gaps to close by the exact method, whatever the analysis' size.
   *
   * @param analysis the analysis
   * @param budget the budget, in the analysis' currency
   * @return the best choice within the budget
   * @throws IllegalArgumentException when the budget is in another currency, an amount is too large,
   *     or the sum of the items' values exceeds {@value #LARGEST_EXACT_VALUE} units
   */
  public GapClosurePlan exact(FitGapAnalysis analysis, Money budget) {
    Instance instance = Instance.of(analysis, budget, weights);
    checkArgument(
        instance.valueUnits() <= LARGEST_EXACT_VALUE,
        "the gaps' values add up to %s units, more than the %s the exact method handles",
        instance.valueUnits(),
        LARGEST_EXACT_VALUE);
    return instance.plan(instance.solveExactly());
  }

  /**
   * Recommends the gaps to close by the approximation, whatever the analysis' size.
   *
   * @param analysis the analysis
   * @param budget the budget, in the analysis' currency
   * @return a choice within the budget, short of the best by less than the largest weight
   * @throws IllegalArgumentException when the budget is in another currency or an amount is too
   *     large
   */
  public GapClosurePlan approximate(FitGapAnalysis analysis, Money budget) {
    Instance instance = Instance.of(analysis, budget, weights);
    return instance.plan(instance.approximate());
  }

  /**
   * Tells whether {@link #recommend} solves an analysis exactly. It depends on the analysis and the
   * weights only, never on the budget.
   *
   * @param analysis the analysis
   * @return true when the cells are within the exact limit
   */
  public boolean solvesExactly(FitGapAnalysis analysis) {
    return Instance.of(analysis, analysis.budget(), weights).exactlySolvable(exactLimit);
  }

  /** Builds {@link GapClosureOptimiser}s. */
  public static final class Builder {
    private CoverageWeights weights = CoverageWeights.standard();
    private long exactLimit = DEFAULT_EXACT_LIMIT;

    private Builder() {}

    /**
     * Sets the weights.
     *
     * @param weights the weights; {@link CoverageWeights#standard()} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code weights} is null
     */
    public Builder weights(CoverageWeights weights) {
      checkArgument(weights != null, "weights must not be null but was %s", weights);
      this.weights = weights;
      return this;
    }

    /**
     * Sets the most cells {@link #recommend} solves exactly; beyond it, it approximates. 0 always
     * approximates.
     *
     * @param exactLimit the limit, not negative; {@value GapClosureOptimiser#DEFAULT_EXACT_LIMIT}
     *     unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code exactLimit} is negative
     */
    public Builder exactLimit(long exactLimit) {
      checkArgument(exactLimit >= 0, "exactLimit must not be negative but was %s", exactLimit);
      this.exactLimit = exactLimit;
      return this;
    }

    /**
     * Builds the optimiser.
     *
     * @return the optimiser
     */
    public GapClosureOptimiser build() {
      return new GapClosureOptimiser(weights, exactLimit);
    }
  }

  /** The chosen items (positions in the instance's item arrays), their value and a bound. */
  private record Choice(int[] items, long value, long bound, Solver solver) {}

  /** One knapsack: the analysis compiled into arrays, with costs in whole common units. */
  private static final class Instance {
    private final FitGapAnalysis analysis;
    private final Money budget;
    private final CoverageWeights weights;
    private final Money fitCost;
    /** The capacity in common units; negative when the fit alone exceeds the budget. */
    private final long capacity;
    /** For each item: its requirement's position in the analysis. */
    private final int[] requirement;
    private final int[] value;
    private final long[] cost;
    private final long fitWeight;
    private final long totalWeight;
    /** The greatest common divisor of the items' values; 1 when there is no item. */
    private final int unit;

    private Instance(
        FitGapAnalysis analysis,
        Money budget,
        CoverageWeights weights,
        Money fitCost,
        long capacity,
        int[] requirement,
        int[] value,
        long[] cost,
        long fitWeight,
        long totalWeight) {
      this.analysis = analysis;
      this.budget = budget;
      this.weights = weights;
      this.fitCost = fitCost;
      this.capacity = capacity;
      this.requirement = requirement;
      this.value = value;
      this.cost = cost;
      this.fitWeight = fitWeight;
      this.totalWeight = totalWeight;
      int gcd = 0;
      for (int v : value) {
        gcd = gcd(gcd, v);
      }
      this.unit = Math.max(1, gcd);
    }

    static Instance of(FitGapAnalysis analysis, Money budget, CoverageWeights weights) {
      Objects.requireNonNull(analysis, "analysis");
      Objects.requireNonNull(budget, "budget");
      checkArgument(
          budget.currency().equals(analysis.budget().currency()),
          "budget is in %s but the analysis is costed in %s: convert it first, the optimiser converts no currency",
          budget.currency().getCurrencyCode(),
          analysis.budget().currency().getCurrencyCode());
      Map<String, FitAssessment> assessments = new HashMap<>();
      for (FitAssessment assessment : analysis.assessments()) {
        assessments.put(assessment.requirement(), assessment);
      }
      List<Requirement> requirements = analysis.requirements();
      BigDecimal fit = BigDecimal.ZERO;
      long fitWeight = 0;
      long totalWeight = 0;
      List<Integer> positions = new ArrayList<>();
      for (int r = 0; r < requirements.size(); r++) {
        Requirement requirement = requirements.get(r);
        int weight = weights.weight(requirement.priority());
        totalWeight += weight;
        FitAssessment assessment = assessments.get(requirement.id());
        if (assessment == null) {
          continue;
        }
        if (!assessment.fit().isGap()) {
          fitWeight += weight;
          if (requirement.priority().inScope()) {
            fit = fit.add(assessment.cost().amount());
          }
        } else if (assessment.fit().closable() && requirement.priority().inScope() && weight > 0) {
          positions.add(r);
        }
      }
      int scale = Math.max(0, budget.currency().getDefaultFractionDigits());
      scale = Math.max(scale, Math.max(budget.amount().scale(), fit.scale()));
      for (int position : positions) {
        scale = Math.max(scale, assessments.get(requirements.get(position).id()).cost().amount().scale());
      }
      BigDecimal room = budget.amount().subtract(fit);
      long capacity = room.signum() < 0 ? -1 : units(room, scale, "the budget less the fit cost");
      int n = positions.size();
      int[] requirement = new int[n];
      int[] value = new int[n];
      long[] cost = new long[n];
      for (int i = 0; i < n; i++) {
        Requirement gap = requirements.get(positions.get(i));
        requirement[i] = positions.get(i);
        value[i] = weights.weight(gap.priority());
        cost[i] = units(assessments.get(gap.id()).cost().amount(), scale, "the cost of closing " + gap.id());
      }
      return new Instance(
          analysis,
          budget,
          weights,
          Amounts.money(fit, budget.currency()),
          capacity,
          requirement,
          value,
          cost,
          fitWeight,
          totalWeight);
    }

    private static int gcd(int a, int b) {
      while (b != 0) {
        int r = a % b;
        a = b;
        b = r;
      }
      return a;
    }

    /** An amount as a whole number of units of 10^-scale, refused beyond {@link #LARGEST_AMOUNT}. */
    private static long units(BigDecimal amount, int scale, String what) {
      BigInteger units = amount.setScale(scale).unscaledValue();
      checkArgument(
          units.bitLength() <= 62,
          "%s (%s) is too large to compare exactly: at most 2^62 units of 1E-%s",
          what,
          amount.toPlainString(),
          scale);
      return units.longValueExact();
    }

    /** The sum of the items' values in units of their common divisor. */
    long valueUnits() {
      long sum = 0;
      for (int v : value) {
        sum += v / unit;
      }
      return sum;
    }

    boolean exactlySolvable(long limit) {
      long units = valueUnits();
      if (units > LARGEST_EXACT_VALUE) {
        return false;
      }
      return (units + 1) * (value.length + 1L) <= limit;
    }

    // ---- Exact: dynamic programming over the value, group by group ----

    Choice solveExactly() {
      if (capacity < 0 || value.length == 0) {
        return new Choice(new int[0], 0, 0, Solver.EXACT_KNAPSACK);
      }
      // Groups of equal value, each sorted by cost, keeping only items that fit on their own.
      TreeMap<Integer, List<Integer>> byValue = new TreeMap<>(Comparator.reverseOrder());
      for (int i = 0; i < value.length; i++) {
        if (cost[i] <= capacity) {
          byValue.computeIfAbsent(value[i], v -> new ArrayList<>()).add(i);
        }
      }
      int groups = byValue.size();
      int[][] members = new int[groups][];
      int[] units = new int[groups];
      long[][] prefix = new long[groups][];
      int[] usable = new int[groups];
      int top = 0;
      int g = 0;
      for (Map.Entry<Integer, List<Integer>> entry : byValue.entrySet()) {
        Integer[] sorted = entry.getValue().toArray(new Integer[0]);
        Arrays.sort(sorted, Comparator.<Integer>comparingLong(i -> cost[i]).thenComparingInt(i -> i));
        members[g] = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
        units[g] = entry.getKey() / unit;
        prefix[g] = new long[sorted.length + 1];
        int k = 0;
        while (k < sorted.length && prefix[g][k] + cost[sorted[k]] <= capacity) {
          prefix[g][k + 1] = prefix[g][k] + cost[sorted[k]];
          k++;
        }
        usable[g] = k;
        top += units[g] * k;
        g++;
      }
      // least[v]: the least cost of a choice worth exactly v units; NONE when there is none.
      final long none = Long.MAX_VALUE;
      long[] least = new long[top + 1];
      long[] next = new long[top + 1];
      Arrays.fill(least, none);
      least[0] = 0;
      int[][] taken = new int[groups][top + 1];
      int reach = 0;
      for (g = 0; g < groups; g++) {
        int u = units[g];
        long[] sums = prefix[g];
        int most = usable[g];
        int newReach = reach + u * most;
        int[] takenHere = taken[g];
        for (int v = 0; v <= newReach; v++) {
          long best = none;
          int bestK = 0;
          int kMax = Math.min(most, v / u);
          // Values above the reach of the groups before are unreachable without this group.
          int kMin = v > reach ? (v - reach + u - 1) / u : 0;
          for (int k = kMin, from = v - kMin * u; k <= kMax; k++, from -= u) {
            long before = least[from];
            if (before == none) {
              continue;
            }
            long total = before + sums[k];
            if (total <= capacity && total < best) {
              best = total;
              bestK = k;
            }
          }
          next[v] = best;
          takenHere[v] = bestK;
        }
        Arrays.fill(next, newReach + 1, top + 1, none);
        long[] swap = least;
        least = next;
        next = swap;
        reach = newReach;
      }
      int bestValue = reach;
      while (least[bestValue] == none) {
        bestValue--;
      }
      List<Integer> chosen = new ArrayList<>();
      int v = bestValue;
      for (g = groups - 1; g >= 0; g--) {
        int k = taken[g][v];
        for (int i = 0; i < k; i++) {
          chosen.add(members[g][i]);
        }
        v -= k * units[g];
      }
      long worth = (long) bestValue * unit;
      return new Choice(chosen.stream().mapToInt(Integer::intValue).toArray(), worth, worth, Solver.EXACT_KNAPSACK);
    }

    // ---- Approximation: greedy by value per unit of cost, or the best single item ----

    Choice approximate() {
      if (capacity < 0 || value.length == 0) {
        return new Choice(new int[0], 0, 0, Solver.GREEDY_APPROXIMATION);
      }
      Integer[] order = new Integer[value.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, this::byDensity);
      List<Integer> prefix = new ArrayList<>();
      long used = 0;
      long prefixValue = 0;
      long bound = -1;
      for (int i : order) {
        if (cost[i] <= capacity - used) {
          prefix.add(i);
          used += cost[i];
          prefixValue += value[i];
        } else {
          // The critical item: the relaxation takes the fraction of it that fits.
          BigInteger fraction =
              BigInteger.valueOf(value[i])
                  .multiply(BigInteger.valueOf(capacity - used))
                  .divide(BigInteger.valueOf(cost[i]));
          bound = prefixValue + fraction.longValueExact();
          break;
        }
      }
      if (bound < 0) {
        bound = prefixValue;
      }
      int single = -1;
      for (int i = 0; i < value.length; i++) {
        if (cost[i] <= capacity
            && (single < 0
                || value[i] > value[single]
                || (value[i] == value[single] && cost[i] < cost[single]))) {
          single = i;
        }
      }
      if (single >= 0 && value[single] > prefixValue) {
        return new Choice(new int[] {single}, value[single], Math.max(bound, value[single]), Solver.GREEDY_APPROXIMATION);
      }
      return new Choice(
          prefix.stream().mapToInt(Integer::intValue).toArray(),
          prefixValue,
          Math.max(bound, prefixValue),
          Solver.GREEDY_APPROXIMATION);
    }

    /** Higher value per unit of cost first, compared exactly; then higher value, lower cost, order. */
    private int byDensity(int a, int b) {
      // value[a] / cost[a] against value[b] / cost[b], as value[a] * cost[b] against value[b] * cost[a]
      int density = compareProducts(value[b], cost[a], value[a], cost[b]);
      if (density != 0) {
        return density;
      }
      if (value[a] != value[b]) {
        return Integer.compare(value[b], value[a]);
      }
      if (cost[a] != cost[b]) {
        return Long.compare(cost[a], cost[b]);
      }
      return Integer.compare(a, b);
    }

    /** Compares x1 * y1 with x2 * y2 exactly, for x not negative and y not negative. */
    private static int compareProducts(long x1, long y1, long x2, long y2) {
      long high1 = Math.multiplyHigh(x1, y1);
      long high2 = Math.multiplyHigh(x2, y2);
      if (high1 != high2) {
        return Long.compare(high1, high2);
      }
      return Long.compareUnsigned(x1 * y1, x2 * y2);
    }

    // ---- The plan ----

    GapClosurePlan plan(Choice choice) {
      int[] items = choice.items().clone();
      Arrays.sort(items);
      boolean[] chosen = new boolean[analysis.requirements().size()];
      BigDecimal spent = BigDecimal.ZERO;
      double effort = 0;
      List<String> ids = new ArrayList<>();
      Map<String, FitAssessment> assessments = new HashMap<>();
      for (FitAssessment assessment : analysis.assessments()) {
        assessments.put(assessment.requirement(), assessment);
      }
      // Items are numbered in the analysis' order, so sorting them sorts the requirements too.
      for (int item : items) {
        Requirement gap = analysis.requirements().get(requirement[item]);
        FitAssessment assessment = assessments.get(gap.id());
        chosen[requirement[item]] = true;
        ids.add(gap.id());
        spent = spent.add(assessment.cost().amount());
        effort += assessment.effortDays();
      }
      List<String> openMustHaves = new ArrayList<>();
      for (int r = 0; r < chosen.length; r++) {
        Requirement requirement = analysis.requirements().get(r);
        FitAssessment assessment = assessments.get(requirement.id());
        boolean covered = chosen[r] || (assessment != null && !assessment.fit().isGap());
        if (requirement.priority() == Priority.MUST && !covered) {
          openMustHaves.add(requirement.id());
        }
      }
      return new GapClosurePlan(
          budget,
          fitCost,
          ids,
          Amounts.money(spent, budget.currency()),
          effort,
          choice.value(),
          choice.bound(),
          choice.solver(),
          FitGapAnalyser.share(fitWeight + choice.value(), totalWeight),
          openMustHaves,
          weights);
    }
  }
}
