package org.crmmethod.core.readiness;

import java.time.LocalDate;
import java.util.Optional;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A company's answer to one readiness question (F28-F32): how far the matter has got, who owns it,
 * what supports the answer and by when an open matter is to be settled.
 *
 * <p>The attributes must agree with the status:
 *
 * <ul>
 *   <li>an {@link AnswerStatus#UNANSWERED} question has an owner and perhaps a due date, but no
 *       answer date and no evidence;
 *   <li>any other status has the day it was answered;
 *   <li>a {@link AnswerStatus#SETTLED} question cites its evidence and, being settled, has no due
 *       date.
 * </ul>
 *
 * <p>A question the assessment holds no answer for counts as unanswered, with no owner.
 */
@Value.Immutable
public abstract class ReadinessAnswer {

  /**
   * The id of the question answered: a question of the assessment's questionnaire or one of the
   * assessment's custom questions.
   *
   * @return the question id
   */
  public abstract String question();

  /**
   * How far the matter has got.
   *
   * @return the status
   */
  public abstract AnswerStatus status();

  /**
   * The id of the stakeholder who answers for the question and drives it to a settlement (F33).
   *
   * @return a stakeholder id of the plan
   */
  public abstract String owner();

  /**
   * What supports the answer, such as a document, minutes or a decision, as a person reads it.
   *
   * @return the evidence, not blank; present for a settled question, absent for an unanswered one
   */
  public abstract Optional<String> evidence();

  /**
   * The day the answer was given or last changed.
   *
   * @return the date; present exactly when the question is answered
   */
  public abstract Optional<LocalDate> answeredOn();

  /**
   * The day by which an open question is to be settled; the validator holds the work the question
   * blocks until that day.
   *
   * @return the due date, or empty; always empty for a settled question
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * Starts building an answer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessAnswer} values. */
  public static final class Builder extends ImmutableReadinessAnswer.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessAnswer").id("question", question()).id("owner", owner());
    evidence().ifPresent(text -> invariants.text("evidence", text));
    AnswerStatus status = status();
    invariants
        .require(
            status.isAnswered() || evidence().isEmpty(),
            "evidence",
            evidence().orElse(null),
            "must be absent while the question is UNANSWERED")
        .require(
            !status.isSettled() || evidence().isPresent(),
            "evidence",
            evidence().orElse(null),
            "must be given for a SETTLED question")
        .require(
            status.isAnswered() == answeredOn().isPresent(),
            "answeredOn",
            answeredOn().orElse(null),
            status.isAnswered()
                ? "must be given for a " + status + " question"
                : "must be absent while the question is UNANSWERED")
        .require(
            !status.isSettled() || dueOn().isEmpty(),
            "dueOn",
            dueOn().orElse(null),
            "must be absent for a SETTLED question");
  }
}
