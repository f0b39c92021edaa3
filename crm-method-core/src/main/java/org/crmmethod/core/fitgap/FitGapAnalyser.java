package org.crmmethod.core.fitgap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.method.CrmModule;

/**
 * Reports what a fit-gap analysis shows (F08): coverage by priority and by module, the gaps with
 * their resolution options, the costs against the budget and the degree of fit. See {@link
 * FitGapReport} for how costs are counted.
 *
 * <p>A pure function of the analysis and the weights, linear in the size of the analysis; one
 * analyser may serve many threads.
 */
public final class FitGapAnalyser {
  private static final FitGapAnalyser STANDARD = new FitGapAnalyser(CoverageWeights.standard());

  private final CoverageWeights weights;

  private FitGapAnalyser(CoverageWeights weights) {
    this.weights = weights;
  }

  /**
   * Returns the analyser with the standard weights (8, 3, 1).
   *
   * @return the standard analyser
   */
  public static FitGapAnalyser standard() {
    return STANDARD;
  }

  /**
   * Returns an analyser whose weighted figures use the given weights.
   *
   * @param weights the weights
   * @return the analyser
   */
  public static FitGapAnalyser of(CoverageWeights weights) {
    return new FitGapAnalyser(Objects.requireNonNull(weights, "weights"));
  }

  /**
   * Analyses a fit-gap analysis.
   *
   * @param analysis the analysis
   * @return the report
   */
  public FitGapReport analyse(FitGapAnalysis analysis) {
    Map<String, FitAssessment> assessments = new HashMap<>();
    for (FitAssessment assessment : analysis.assessments()) {
      assessments.put(assessment.requirement(), assessment);
    }
    Tally overall = new Tally();
    Map<Priority, Tally> byPriority = new EnumMap<>(Priority.class);
    Map<CrmModule, Tally> byModule = new EnumMap<>(CrmModule.class);
    Map<PackageFit, Integer> byFit = new EnumMap<>(PackageFit.class);
    for (PackageFit fit : PackageFit.values()) {
      byFit.put(fit, 0);
    }
    List<Gap> gaps = new ArrayList<>();
    List<Requirement> unassessed = new ArrayList<>();
    BigDecimal fitCost = BigDecimal.ZERO;
    double fitEffort = 0;
    long totalWeight = 0;
    long fitWeight = 0;
    long plannedWeight = 0;
    for (Requirement requirement : analysis.requirements()) {
      FitAssessment assessment = assessments.get(requirement.id());
      int weight = weights.weight(requirement.priority());
      totalWeight += weight;
      Kind kind;
      if (assessment == null) {
        kind = Kind.UNASSESSED;
        unassessed.add(requirement);
      } else {
        byFit.merge(assessment.fit(), 1, Integer::sum);
        if (!assessment.fit().isGap()) {
          kind = Kind.COVERED;
          fitWeight += weight;
          if (requirement.priority().inScope()) {
            fitCost = fitCost.add(assessment.cost().amount());
            fitEffort += assessment.effortDays();
          }
        } else {
          boolean toClose = analysis.gapsToClose().contains(requirement.id());
          kind = toClose ? Kind.TO_CLOSE : Kind.OPEN;
          gaps.add(new Gap(requirement, assessment, toClose));
        }
      }
      if (kind == Kind.COVERED || kind == Kind.TO_CLOSE) {
        plannedWeight += weight;
      }
      overall.count(kind);
      byPriority.computeIfAbsent(requirement.priority(), p -> new Tally()).count(kind);
      byModule.computeIfAbsent(requirement.module(), m -> new Tally()).count(kind);
    }
    Map<Priority, Coverage> priorities = new EnumMap<>(Priority.class);
    byPriority.forEach((priority, tally) -> priorities.put(priority, tally.coverage()));
    Map<CrmModule, Coverage> modules = new EnumMap<>(CrmModule.class);
    byModule.forEach((module, tally) -> modules.put(module, tally.coverage()));
    return new FitGapReport(
        overall.coverage(),
        priorities,
        modules,
        gaps,
        unassessed,
        analysis.budget(),
        Amounts.money(fitCost, analysis.budget().currency()),
        fitEffort,
        share(plannedWeight, totalWeight),
        new DegreeOfFit(byFit, unassessed.size(), share(fitWeight, totalWeight)),
        weights);
  }

  /** A weighted share; 1 when nothing carries weight, as nothing is then left uncovered. */
  static double share(long part, long whole) {
    return whole == 0 ? 1 : Math.min(1, (double) part / whole);
  }

  private enum Kind {
    COVERED,
    TO_CLOSE,
    OPEN,
    UNASSESSED
  }

  /** Counts of one group of requirements. */
  private static final class Tally {
    private final int[] counts = new int[Kind.values().length];

    void count(Kind kind) {
      counts[kind.ordinal()]++;
    }

    Coverage coverage() {
      int covered = counts[Kind.COVERED.ordinal()];
      int toClose = counts[Kind.TO_CLOSE.ordinal()];
      int open = counts[Kind.OPEN.ordinal()];
      int unassessed = counts[Kind.UNASSESSED.ordinal()];
      return new Coverage(covered + toClose + open + unassessed, covered, toClose, open, unassessed);
    }
  }
}
