package org.crmmethod.core.startmodule.recommendation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;

/**
 * Where a CRM project should start: the candidate modules ranked on the method's criteria
 * (F01-F04), best first, each with its score, its contributions and the reasons for its rank.
 *
 * <h2>Order and ties</h2>
 *
 * <p>Modules are ranked by score, highest first. Scores are compared exactly (see {@link
 * StartModuleRecommender}), so two modules tie only when their weighted ratings are truly equal.
 * A tie is broken, in this order, by
 *
 * <ol>
 *   <li>the weighted ratings on the three primary criteria alone, highest first: where the totals
 *       agree, the module that does more for the criteria the method makes decisive goes first
 *       (F02);
 *   <li>the modules' declaration order in {@link CrmModule}, a fixed order with no meaning of its
 *       own that makes the ranking the same whatever order the candidates came in.
 * </ol>
 *
 * <p>Every module has a rank of its own, 1 to n; a tie shows in the figures and in the reasons,
 * and {@link #tiedFirst()} lists the modules that share the best score. The value checks when
 * created that its ranks run from 1, that its modules are distinct and in this order, and that
 * every contribution was weighed with {@link #weights()}.
 *
 * @param weights the weights the candidates were scored with
 * @param ranking the candidates, best first; at least one
 */
public record StartModuleRecommendation(CriterionWeights weights, List<RankedModule> ranking) {

  /**
   * Creates a recommendation.
   *
   * @param weights the weights
   * @param ranking the candidates, best first
   * @throws org.crmmethod.core.InvalidModelException when the ranking is empty, its ranks do not
   *     run 1 to n, a module appears twice, a contribution was weighed with another weight, or the
   *     candidates are not in the order described above
   */
  public StartModuleRecommendation {
    Objects.requireNonNull(weights, "weights");
    ranking = List.copyOf(ranking);
    Invariants invariants =
        Invariants.of("StartModuleRecommendation").nonEmpty("ranking", ranking);
    Set<CrmModule> seen = EnumSet.noneOf(CrmModule.class);
    Scores.Scored previous = null;
    for (int i = 0; i < ranking.size(); i++) {
      RankedModule ranked = ranking.get(i);
      invariants
          .require(ranked.rank() == i + 1, "ranking[" + i + "].rank", ranked.rank(), "must be " + (i + 1))
          .require(seen.add(ranked.module()), "ranking[" + i + "].module", ranked.module(), "must not repeat a module");
      for (CriterionContribution contribution : ranked.contributions()) {
        double weight = weights.weight(contribution.criterion());
        invariants.require(
            contribution.weight() == weight,
            "ranking[" + i + "].contributions[" + contribution.criterion() + "].weight",
            contribution.weight(),
            "must be the recommendation's weight (" + weight + ")");
      }
      Scores.Scored scored = Scores.of(ranked);
      if (previous != null) {
        invariants.require(
            Scores.BEST_FIRST.compare(previous, scored) < 0,
            "ranking[" + i + "].module",
            ranked.module(),
            "must not rank below " + ranking.get(i - 1).module()
                + ": modules go by score, then by the primary criteria, then in declaration order");
      }
      previous = scored;
    }
  }

  /**
   * Returns the module the project should start with.
   *
   * @return the first-ranked module
   */
  public CrmModule recommended() {
    return first().module();
  }

  /**
   * Returns the first-ranked candidate.
   *
   * @return the candidate ranked 1
   */
  public RankedModule first() {
    return ranking.get(0);
  }

  /**
   * Finds a module's place in the ranking.
   *
   * @param module the module
   * @return its ranked entry, or empty when it was not a candidate
   */
  public Optional<RankedModule> ranked(CrmModule module) {
    return ranking.stream().filter(ranked -> ranked.module() == module).findFirst();
  }

  /**
   * Returns the modules whose score equals the first one's exactly: the recommended module and any
   * module the tie-break alone placed after it.
   *
   * @return the modules tied for first, in rank order; at least the recommended one
   */
  public List<CrmModule> tiedFirst() {
    Scores.Scored best = Scores.of(first());
    return ranking.stream()
        .filter(ranked -> Scores.of(ranked).tiedWith(best))
        .map(RankedModule::module)
        .toList();
  }

  /**
   * Returns the ratings the candidates were ranked on, in rank order, so that they can be ranked
   * again with other weights.
   *
   * @return one assessment per candidate
   */
  public List<CandidateAssessment> assessments() {
    return ranking.stream().map(RankedModule::assessment).toList();
  }

  /**
   * Renders the recommendation as plain text: the recommended module, the weights, then each
   * candidate with its score and reasons. Numbers are written the same way in every locale.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append("Recommended start module: ").append(recommended().label()).append('\n');
    text.append("Weights: ")
        .append(
            weights.weights().entrySet().stream()
                .map(entry -> entry.getKey().label() + " " + Scores.figure(entry.getValue()))
                .collect(Collectors.joining(", ")))
        .append('\n');
    if (!weights.respectsF02()) {
      text.append("Note: these weights let return on investment count as much as a primary"
          + " criterion or more; the method does not choose the start module on return on"
          + " investment (F02).\n");
    }
    for (RankedModule ranked : ranking) {
      text.append(ranked.rank())
          .append(". ")
          .append(ranked.module().label())
          .append(": ")
          .append(Scores.figure(ranked.score()))
          .append(" of 5\n");
      for (String reason : ranked.reasons()) {
        text.append("   - ").append(reason).append('\n');
      }
    }
    return text.toString();
  }
}
