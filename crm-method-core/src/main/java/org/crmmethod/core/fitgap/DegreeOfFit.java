package org.crmmethod.core.fitgap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.value.Invariants;

/**
 * How well the package fits the requirements as a whole (F08): how many requirements it meets in
 * each way, and the weighted share it meets as standard or by configuration.
 *
 * @param byFit how many requirements were assessed with each fit; every fit is a key, with 0 when
 *     none was
 * @param unassessed how many requirements are not assessed yet
 * @param weightedFit the share of the requirements' total weight that the package covers as
 *     standard or by configuration, from 0 to 1 (1 when no requirement carries weight)
 */
public record DegreeOfFit(Map<PackageFit, Integer> byFit, int unassessed, double weightedFit) {

  /**
   * Checks the counts and the share, and fixes the map.
   *
   * @throws org.crmmethod.core.InvalidModelException when a fit is missing from the map, a count is
   *     negative or the share is not between 0 and 1
   */
  public DegreeOfFit {
    Objects.requireNonNull(byFit, "byFit");
    Invariants invariants = Invariants.of("DegreeOfFit");
    for (PackageFit fit : PackageFit.values()) {
      Integer count = byFit.get(fit);
      invariants.require(count != null && count >= 0, "byFit", fit + "=" + count, "must hold a count, not negative, for every fit");
    }
    invariants
        .require(byFit.size() == PackageFit.values().length, "byFit", byFit, "must hold nothing but the fits")
        .require(unassessed >= 0, "unassessed", unassessed, "must not be negative")
        .require(weightedFit >= 0 && weightedFit <= 1, "weightedFit", weightedFit, "must be between 0 and 1");
    byFit = Collections.unmodifiableMap(new EnumMap<>(byFit));
  }

  /**
   * Returns how many requirements were assessed.
   *
   * @return the sum of the counts by fit
   */
  public int assessed() {
    return byFit.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the share of the assessed requirements with a fit.
   *
   * @param fit the fit
   * @return a share from 0 to 1; 0 when nothing was assessed
   */
  public double share(PackageFit fit) {
    int assessed = assessed();
    return assessed == 0 ? 0 : (double) byFit.get(fit) / assessed;
  }

  /**
   * Returns the share of the assessed requirements the package meets as standard or by
   * configuration, unweighted.
   *
   * @return a share from 0 to 1; 0 when nothing was assessed
   */
  public double outOfTheBox() {
    return share(PackageFit.STANDARD) + share(PackageFit.CONFIGURATION);
  }

  /**
   * Describes the degree of fit in one sentence, e.g. {@code "9 of 12 assessed requirements met by
   * standard or configuration (75%, weighted 81%); 3 gaps: 2 specific development, 1 workaround, 0
   * not supported; 0 unassessed"}.
   *
   * @return the description
   */
  public String describe() {
    int met = byFit.get(PackageFit.STANDARD) + byFit.get(PackageFit.CONFIGURATION);
    int gaps = assessed() - met;
    return String.format(
        Locale.ROOT,
        "%d of %d assessed requirements met by standard or configuration (%.0f%%, weighted %.0f%%);"
            + " %d gaps: %d specific development, %d workaround, %d not supported; %d unassessed",
        met,
        assessed(),
        100 * outOfTheBox(),
        100 * weightedFit,
        gaps,
        byFit.get(PackageFit.SPECIFIC_DEVELOPMENT),
        byFit.get(PackageFit.WORKAROUND),
        byFit.get(PackageFit.NOT_SUPPORTED),
        unassessed);
  }
}
