package org.crmmethod.core.startmodule.recommendation;

import static org.crmmethod.core.startmodule.recommendation.CriterionRating.NEUTRAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmmethod.core.startmodule.recommendation.Scores.Scored;

/**
 * Writes the reasons for a candidate's rank: its place and its distance to the candidate above or
 * below, then each weighed criterion rated above the middle of the scale ("For"), best
 * contribution first, then each rated below it ("Against"), biggest loss first. Criteria rated at
 * the middle, or weighed zero, change nothing and are left out; their bases stay in the
 * contributions.
 */
final class RankReasons {
  private RankReasons() {}

  static List<String> of(List<Scored> ordered, int position) {
    List<String> reasons = new ArrayList<>();
    reasons.add(place(ordered, position));
    Scored candidate = ordered.get(position);
    List<CriterionContribution> counted =
        candidate.contributions().stream().filter(c -> c.weight() > 0).toList();
    counted.stream()
        .filter(c -> c.rating() > NEUTRAL)
        .sorted(Comparator.comparingDouble(CriterionContribution::contribution).reversed())
        .forEach(c -> reasons.add("For: " + detail(c)));
    counted.stream()
        .filter(c -> c.rating() < NEUTRAL)
        .sorted(Comparator.comparing(
                (CriterionContribution c) -> Scores.product(c.weight(), NEUTRAL - c.rating()))
            .reversed())
        .forEach(c -> reasons.add("Against: " + detail(c)));
    return reasons;
  }

  private static String detail(CriterionContribution contribution) {
    return contribution.criterion().label() + " rated " + Scores.figure(contribution.rating())
        + " of 5, weight " + Scores.figure(contribution.weight()) + ". " + contribution.basis();
  }

  private static String place(List<Scored> ordered, int position) {
    Scored candidate = ordered.get(position);
    String score = Scores.figure(candidate.score()) + " of 5";
    if (ordered.size() == 1) {
      return "The only candidate in scope, with " + score + ".";
    }
    String start = "Ranked " + (position + 1) + " of " + ordered.size() + " with " + score + ", ";
    if (position == 0) {
      Scored next = ordered.get(1);
      if (tied(candidate, next)) {
        return start + "tied with " + next.module().label() + " and placed first "
            + tieBreak(candidate, next) + ".";
      }
      return start + gap(candidate, next) + " ahead of " + next.module().label() + ".";
    }
    Scored above = ordered.get(position - 1);
    if (tied(above, candidate)) {
      return start + "tied with " + above.module().label() + ", which goes first "
          + tieBreak(above, candidate) + ".";
    }
    return start + gap(above, candidate) + " behind " + above.module().label() + ".";
  }

  private static boolean tied(Scored first, Scored second) {
    return first.tiedWith(second);
  }

  private static String tieBreak(Scored first, Scored second) {
    return first.primary().compareTo(second.primary()) != 0
        ? "for doing more on the primary criteria (F02)"
        : "in the fixed order of the modules";
  }

  private static String gap(Scored higher, Scored lower) {
    String gap = Scores.figure(higher.score() - lower.score());
    return gap.equals("0") ? "just" : gap;
  }
}
