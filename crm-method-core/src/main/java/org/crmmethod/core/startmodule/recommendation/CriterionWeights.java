package org.crmmethod.core.startmodule.recommendation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.value.Invariants;

/**
 * How much each start-module criterion counts when candidate modules are scored: one weight per
 * {@link StartModuleCriterion}, each finite and not negative, at least one of them positive.
 *
 * <p>A module's score is the weighted mean of its ratings, so only the proportions between weights
 * matter: multiplying every weight by the same positive number changes no score and no rank.
 *
 * <h2>The defaults</h2>
 *
 * <table>
 *   <caption>Default weights and why</caption>
 *   <tr><th>Criterion</th><th>Weight</th><th>Why</th></tr>
 *   <tr><td>{@code CUSTOMER_CULTURE_SHIFT}, {@code ENABLES_LATER_STEPS}, {@code
 *       AWAITED_BY_USERS}</td><td>3 each</td><td>The three criteria the method makes decisive
 *       (F02). Together they carry 9 of the 14 points of weight, so a module that leads on them
 *       wins unless it trails on nearly everything else.</td></tr>
 *   <tr><td>{@code LOW_LEGACY_RISK}</td><td>2</td><td>An obsolete system, past failures and
 *       settled habits are the reasons the method gives against the "obvious" SFA start (F03). It
 *       is the heaviest of the other criteria, as it can sink a first step, but it stays below
 *       each primary criterion: it is a risk of one candidate, not a goal of the choice.</td></tr>
 *   <tr><td>{@code EASE_OF_IMPLEMENTATION}, {@code FEW_HOMOGENEOUS_PEOPLE}</td><td>1
 *       each</td><td>Practical advantages the method credits analytical CRM with (F04): they
 *       favour a start without deciding it.</td></tr>
 *   <tr><td>{@code RETURN_ON_INVESTMENT}</td><td>1</td><td>The highest return is not what decides
 *       the start module (F02), though an easily reached return still counts in a module's favour
 *       (F04). It weighs less than each primary criterion.</td></tr>
 * </table>
 *
 * <h2>Weights of one's own</h2>
 *
 * <p>Vendors may weigh the criteria as they see fit, including weights that let return on
 * investment count as much as a primary criterion or more. Such weights are accepted rather than
 * refused: a vendor may want to show a customer what a choice made on ROI would look like beside
 * the method's, or encode a method of its own, and refusing would only push it to re-implement the
 * scoring. {@link #respectsF02()} tells whether a set of weights keeps to the method, and a
 * recommendation made with weights that do not says so when rendered.
 *
 * @param weights the weight of every criterion, none missing, each finite and {@code >= 0}, at
 *     least one positive; iterated in the criteria's declaration order
 */
public record CriterionWeights(Map<StartModuleCriterion, Double> weights) {

  /** The default weight of each primary criterion (F02). */
  public static final double PRIMARY_WEIGHT = 3;

  /** The default weight of the legacy-system and settled-habit risk (F03). */
  public static final double LEGACY_RISK_WEIGHT = 2;

  /** The default weight of ease, of few and homogeneous people (F04) and of ROI (F02, F04). */
  public static final double SECONDARY_WEIGHT = 1;

  private static final CriterionWeights DEFAULTS = defaultWeights();

  /**
   * Creates weights, copying the map.
   *
   * @param weights the weight of every criterion
   * @throws org.crmmethod.core.InvalidModelException when a criterion has no weight, a weight is
   *     negative or not finite, or every weight is zero
   */
  public CriterionWeights {
    Objects.requireNonNull(weights, "weights");
    Invariants invariants = Invariants.of("CriterionWeights");
    Map<StartModuleCriterion, Double> copy = new EnumMap<>(StartModuleCriterion.class);
    for (Map.Entry<StartModuleCriterion, Double> entry : weights.entrySet()) {
      StartModuleCriterion criterion = Objects.requireNonNull(entry.getKey(), "weights: criterion");
      Double weight = Objects.requireNonNull(entry.getValue(), "weights: weight");
      invariants.nonNegative("weights[" + criterion + "]", weight);
      copy.put(criterion, weight);
    }
    Set<StartModuleCriterion> missing = EnumSet.allOf(StartModuleCriterion.class);
    missing.removeAll(copy.keySet());
    invariants
        .require(missing.isEmpty(), "weights", copy, "must weigh every criterion; missing " + missing)
        .require(
            copy.values().stream().anyMatch(weight -> weight > 0),
            "weights",
            copy,
            "must give at least one criterion a positive weight");
    weights = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the documented default weights: 3 for each primary criterion, 2 for the legacy risk, 1
   * for ease of implementation, few and homogeneous people, and return on investment.
   *
   * @return the defaults, which respect F02
   */
  public static CriterionWeights defaults() {
    return DEFAULTS;
  }

  private static CriterionWeights defaultWeights() {
    Map<StartModuleCriterion, Double> weights = new EnumMap<>(StartModuleCriterion.class);
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      weights.put(criterion, criterion.isPrimary() ? PRIMARY_WEIGHT : SECONDARY_WEIGHT);
    }
    weights.put(StartModuleCriterion.LOW_LEGACY_RISK, LEGACY_RISK_WEIGHT);
    return new CriterionWeights(weights);
  }

  /**
   * Returns the weight of one criterion.
   *
   * @param criterion the criterion
   * @return its weight, finite and {@code >= 0}
   */
  public double weight(StartModuleCriterion criterion) {
    return weights.get(Objects.requireNonNull(criterion, "criterion"));
  }

  /**
   * Returns these weights with one of them changed.
   *
   * @param criterion the criterion to weigh anew
   * @param weight its new weight, finite and {@code >= 0}
   * @return the new weights
   * @throws org.crmmethod.core.InvalidModelException when the weight is negative or not finite, or
   *     every weight would be zero
   */
  public CriterionWeights with(StartModuleCriterion criterion, double weight) {
    Map<StartModuleCriterion, Double> changed = new EnumMap<>(weights);
    changed.put(Objects.requireNonNull(criterion, "criterion"), weight);
    return new CriterionWeights(changed);
  }

  /**
   * Tells whether these weights keep to F02: return on investment weighs less than each of the
   * three primary criteria, so that it cannot be what decides.
   *
   * @return true when every primary criterion outweighs return on investment
   */
  public boolean respectsF02() {
    double roi = weight(StartModuleCriterion.RETURN_ON_INVESTMENT);
    return weights.entrySet().stream()
        .filter(entry -> entry.getKey().isPrimary())
        .allMatch(entry -> entry.getValue() > roi);
  }
}
