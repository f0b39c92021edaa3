package org.crmmethod.core.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * A company's answers to a readiness questionnaire (F28-F33), with the questions it added of its
 * own, as they stand on one day.
 *
 * <p>The assessment names its questionnaire by id; {@link ReadinessScorer} scores it against that
 * questionnaire and the validator checks it against the plan. Each question has at most one answer;
 * a question without one counts as {@link AnswerStatus#UNANSWERED}.
 */
@Value.Immutable
public abstract class ReadinessAssessment {

  /**
   * The id of the questionnaire answered, e.g. the catalogue's {@code crm-readiness}.
   *
   * @return the questionnaire id
   */
  public abstract String questionnaire();

  /**
   * The day the answers are current as of.
   *
   * @return the assessment date, no earlier than any answer's date
   */
  public abstract LocalDate assessedOn();

  /**
   * Questions the company asks itself beyond the questionnaire's, scored with them in their group.
   *
   * @return the custom questions, ids unique
   */
  public abstract List<ReadinessQuestion> customQuestions();

  /**
   * The answers given so far, at most one per question.
   *
   * @return the answers
   */
  public abstract List<ReadinessAnswer> answers();

  /**
   * Finds the answer to a question.
   *
   * @param questionId the question id
   * @return the answer, or empty when the question has none
   */
  public Optional<ReadinessAnswer> answer(String questionId) {
    return answers().stream().filter(answer -> answer.question().equals(questionId)).findFirst();
  }

  /**
   * Returns how far a question has got.
   *
   * @param questionId the question id
   * @return the status of its answer, or {@link AnswerStatus#UNANSWERED} when it has none
   */
  public AnswerStatus statusOf(String questionId) {
    return answer(questionId).map(ReadinessAnswer::status).orElse(AnswerStatus.UNANSWERED);
  }

  /**
   * Returns every question this assessment answers against a questionnaire: the questionnaire's
   * questions in their order, then the custom questions whose ids the questionnaire does not use.
   *
   * @param questionnaire the questionnaire, normally the one {@link #questionnaire()} names
   * @return the questions
   */
  public List<ReadinessQuestion> questions(ReadinessQuestionnaire questionnaire) {
    List<ReadinessQuestion> questions = new ArrayList<>(questionnaire.questions());
    Set<String> ids = new HashSet<>();
    questionnaire.questions().forEach(question -> ids.add(question.id()));
    for (ReadinessQuestion custom : customQuestions()) {
      if (ids.add(custom.id())) {
        questions.add(custom);
      }
    }
    return List.copyOf(questions);
  }

  /**
   * Starts building an assessment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessAssessment} values. */
  public static final class Builder extends ImmutableReadinessAssessment.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessAssessment")
            .id("questionnaire", questionnaire())
            .uniqueIds("customQuestions", customQuestions(), ReadinessQuestion::id)
            .uniqueIds("answers", answers(), ReadinessAnswer::question);
    for (ReadinessAnswer answer : answers()) {
      answer
          .answeredOn()
          .ifPresent(
              date ->
                  invariants.require(
                      !date.isAfter(assessedOn()),
                      "answers[" + answer.question() + "].answeredOn",
                      date,
                      "must not be after assessedOn (" + assessedOn() + ")"));
    }
  }
}
