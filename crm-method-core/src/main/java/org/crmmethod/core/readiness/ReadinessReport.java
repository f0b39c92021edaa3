package org.crmmethod.core.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * How ready a company is to build its CRM (F28-F33), as {@link ReadinessScorer} reads an
 * assessment: a score per group of questions and overall, each with its red, amber or green
 * reading, and the open questions that still hold work back.
 *
 * <p>The overall score adds up the groups' counts and points; the report refuses to be built when
 * they disagree.
 */
@Value.Immutable
public abstract class ReadinessReport {

  /**
   * The id of the questionnaire scored.
   *
   * @return the questionnaire id
   */
  public abstract String questionnaire();

  /**
   * The day the assessment's answers are current as of.
   *
   * @return the assessment date
   */
  public abstract LocalDate assessedOn();

  /**
   * The thresholds the readings were made with.
   *
   * @return the thresholds
   */
  public abstract ReadinessThresholds thresholds();

  /**
   * The score of each group that has questions, strategy first and IT last.
   *
   * @return the scores by group, at least one
   */
  public abstract Map<ReadinessGroup, ReadinessScore> groups();

  /**
   * The score of every question together.
   *
   * @return the overall score
   */
  public abstract ReadinessScore overall();

  /**
   * The questions not settled yet that block some kind of work, in questionnaire order, custom
   * questions last.
   *
   * @return the blockers, one per question
   */
  public abstract List<ReadinessBlocker> blockers();

  /**
   * Returns the score of one group.
   *
   * @param group the group
   * @return its score, or empty when no question of the assessment is in that group
   */
  public Optional<ReadinessScore> group(ReadinessGroup group) {
    return Optional.ofNullable(groups().get(group));
  }

  /**
   * Returns the blockers that hold back one kind of work.
   *
   * @param kind the activity kind
   * @return the blockers naming it, in report order
   */
  public List<ReadinessBlocker> blockersOf(ActivityKind kind) {
    return blockers().stream().filter(blocker -> blocker.blocks().contains(kind)).toList();
  }

  /**
   * Tells whether some open question holds back a kind of work.
   *
   * @param kind the activity kind
   * @return true when at least one blocker names it
   */
  public boolean isBlocked(ActivityKind kind) {
    return blockers().stream().anyMatch(blocker -> blocker.blocks().contains(kind));
  }

  /**
   * Starts building a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessReport} values. */
  public static final class Builder extends ImmutableReadinessReport.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessReport")
            .id("questionnaire", questionnaire())
            .require(!groups().isEmpty(), "groups", groups(), "must hold at least one group")
            .uniqueIds("blockers", blockers(), ReadinessBlocker::question);
    long questions = 0;
    long answered = 0;
    long settled = 0;
    long points = 0;
    for (ReadinessScore score : groups().values()) {
      questions += score.questions();
      answered += score.answered();
      settled += score.settled();
      points += score.points();
    }
    ReadinessScore overall = overall();
    invariants
        .require(overall.questions() == questions, "overall.questions", overall.questions(), "must be the groups' total (" + questions + ")")
        .require(overall.answered() == answered, "overall.answered", overall.answered(), "must be the groups' total (" + answered + ")")
        .require(overall.settled() == settled, "overall.settled", overall.settled(), "must be the groups' total (" + settled + ")")
        .require(overall.points() == points, "overall.points", overall.points(), "must be the groups' total (" + points + ")");
  }
}
