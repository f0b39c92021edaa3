package org.crmmethod.core.readiness;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A readiness question that is not settled yet and holds back the kinds of work it conditions
 * (F28, F30): e.g. data migration while compliance with personal-data law is open, or IT work while
 * a strategy question is.
 *
 * <p>A blocker lasts exactly as long as its question is not {@link AnswerStatus#SETTLED}.
 */
@Value.Immutable
public abstract class ReadinessBlocker {

  /**
   * The id of the open question.
   *
   * @return the question id
   */
  public abstract String question();

  /**
   * The group of the question.
   *
   * @return the group
   */
  public abstract ReadinessGroup group();

  /**
   * How far the question has got.
   *
   * @return any status but {@link AnswerStatus#SETTLED}
   */
  public abstract AnswerStatus status();

  /**
   * The kinds of work that must not start until the question is settled.
   *
   * @return the blocked activity kinds, at least one
   */
  public abstract Set<ActivityKind> blocks();

  /**
   * The method facts the question encodes.
   *
   * @return the question's facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * The stakeholder who owns the question.
   *
   * @return the owner's id, or empty when the question has no answer yet
   */
  public abstract Optional<String> owner();

  /**
   * The day the question is to be settled by.
   *
   * @return the due date, or empty when none is set
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * Starts building a blocker.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessBlocker} values. */
  public static final class Builder extends ImmutableReadinessBlocker.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessBlocker")
            .id("question", question())
            .require(!status().isSettled(), "status", status(), "must not be SETTLED: a settled question blocks nothing")
            .nonEmpty("blocks", blocks());
    owner().ifPresent(owner -> invariants.id("owner", owner));
  }
}
