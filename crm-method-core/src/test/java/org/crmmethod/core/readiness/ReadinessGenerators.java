package org.crmmethod.core.readiness;

import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.distinctIds;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.listsOf;
import static org.crmmethod.core.CoreGenerators.optionals;
import static org.crmmethod.core.CoreGenerators.setsOf;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid readiness values and of the parts they are built from. */
public final class ReadinessGenerators {

  private ReadinessGenerators() {}

  // --- ReadinessQuestion ---

  /** The parts of a {@link ReadinessQuestion}. */
  public record ReadinessQuestionParts(
      String id, ReadinessGroup group, String text, Set<ActivityKind> blocks, Set<MethodFact> facts)
      implements Parts<ReadinessQuestion> {
    @Override
    public ReadinessQuestion build() {
      return ReadinessQuestion.builder()
          .id(id)
          .group(group)
          .text(text)
          .blocks(blocks)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of readiness questions with the given id.
   *
   * @param id the question id
   * @return the generator
   */
  public static Gen<ReadinessQuestionParts> readinessQuestionParts(String id) {
    return Generate.enumValues(ReadinessGroup.class)
        .zip(
            texts(),
            subsetsOf(ActivityKind.class),
            subsetsOf(MethodFact.class),
            (group, text, blocks, facts) ->
                new ReadinessQuestionParts(id, group, text, blocks, facts));
  }

  /**
   * Parts of readiness questions.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionParts> readinessQuestionParts() {
    return ids().flatMap(ReadinessGenerators::readinessQuestionParts);
  }

  /**
   * Readiness questions.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestion> readinessQuestions() {
    return readinessQuestionParts().map(ReadinessQuestionParts::build);
  }

  // --- ReadinessQuestionnaire ---

  /** The parts of a {@link ReadinessQuestionnaire}. */
  public record ReadinessQuestionnaireParts(
      String id,
      String name,
      List<ReadinessQuestion> questions,
      Set<String> respondents,
      Set<MethodFact> facts)
      implements Parts<ReadinessQuestionnaire> {
    @Override
    public ReadinessQuestionnaire build() {
      return ReadinessQuestionnaire.builder()
          .id(id)
          .name(name)
          .questions(questions)
          .respondents(respondents)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of questionnaires: 1 to 6 questions with distinct ids, strategy first and IT last.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionnaireParts> readinessQuestionnaireParts() {
    return in -> {
      List<ReadinessQuestion> questions = new ArrayList<>();
      for (String id : distinctIds(1, 6).generate(in)) {
        questions.add(readinessQuestionParts(id).generate(in).build());
      }
      questions.sort(Comparator.comparing(ReadinessQuestion::group));
      return new ReadinessQuestionnaireParts(
          ids().generate(in),
          texts().generate(in),
          questions,
          setsOf(ids(), 0, 4).generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Readiness questionnaires.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionnaire> readinessQuestionnaires() {
    return readinessQuestionnaireParts().map(ReadinessQuestionnaireParts::build);
  }

  // --- ReadinessAnswer ---

  /** The parts of a {@link ReadinessAnswer}. */
  public record ReadinessAnswerParts(
      String question,
      AnswerStatus status,
      String owner,
      Optional<String> evidence,
      Optional<LocalDate> answeredOn,
      Optional<LocalDate> dueOn)
      implements Parts<ReadinessAnswer> {
    @Override
    public ReadinessAnswer build() {
      return ReadinessAnswer.builder()
          .question(question)
          .status(status)
          .owner(owner)
          .evidence(evidence)
          .answeredOn(answeredOn)
          .dueOn(dueOn)
          .build();
    }
  }

  /**
   * Parts of answers to a question, answered no later than a day: the evidence, dates and due date
   * agree with the status drawn.
   *
   * @param question the question id
   * @param latest the latest day the answer may carry
   * @return the generator
   */
  public static Gen<ReadinessAnswerParts> readinessAnswerParts(String question, LocalDate latest) {
    return readinessAnswerParts(question, Generate.enumValues(AnswerStatus.class), latest);
  }

  /**
   * Parts of answers to a question with a status drawn from the given generator.
   *
   * @param question the question id
   * @param statuses the statuses to draw from
   * @param latest the latest day the answer may carry
   * @return the generator
   */
  public static Gen<ReadinessAnswerParts> readinessAnswerParts(
      String question, Gen<AnswerStatus> statuses, LocalDate latest) {
    Gen<LocalDate> before = Generate.range(0, 400).map(days -> latest.minusDays(days));
    Gen<LocalDate> due = Generate.range(-100, 400).map(days -> latest.plusDays(days));
    return in -> {
      AnswerStatus status = statuses.generate(in);
      Optional<String> evidence =
          status.isSettled()
              ? Optional.of(texts().generate(in))
              : status.isAnswered() ? optionals(texts()).generate(in) : Optional.empty();
      return new ReadinessAnswerParts(
          question,
          status,
          ids().generate(in),
          evidence,
          status.isAnswered() ? Optional.of(before.generate(in)) : Optional.empty(),
          status.isSettled() ? Optional.empty() : optionals(due).generate(in));
    };
  }

  /**
   * Parts of answers.
   *
   * @return the generator
   */
  public static Gen<ReadinessAnswerParts> readinessAnswerParts() {
    return in -> readinessAnswerParts(ids().generate(in), dates().generate(in)).generate(in);
  }

  /**
   * Answers.
   *
   * @return the generator
   */
  public static Gen<ReadinessAnswer> readinessAnswers() {
    return readinessAnswerParts().map(ReadinessAnswerParts::build);
  }

  // --- ReadinessAssessment ---

  /** The parts of a {@link ReadinessAssessment}. */
  public record ReadinessAssessmentParts(
      String questionnaire,
      LocalDate assessedOn,
      List<ReadinessQuestion> customQuestions,
      List<ReadinessAnswer> answers)
      implements Parts<ReadinessAssessment> {
    @Override
    public ReadinessAssessment build() {
      return ReadinessAssessment.builder()
          .questionnaire(questionnaire)
          .assessedOn(assessedOn)
          .customQuestions(customQuestions)
          .answers(answers)
          .build();
    }
  }

  /**
   * Parts of assessments: up to 3 custom questions and up to 5 answers, each to a distinct
   * question, dated no later than the assessment.
   *
   * @return the generator
   */
  public static Gen<ReadinessAssessmentParts> readinessAssessmentParts() {
    return in -> {
      LocalDate assessedOn = dates().generate(in);
      List<ReadinessQuestion> custom = new ArrayList<>();
      for (String id : distinctIds(0, 3).generate(in)) {
        custom.add(readinessQuestionParts(id).generate(in).build());
      }
      List<ReadinessAnswer> answers = new ArrayList<>();
      for (String id : distinctIds(0, 5).generate(in)) {
        answers.add(readinessAnswerParts(id, assessedOn).generate(in).build());
      }
      return new ReadinessAssessmentParts(ids().generate(in), assessedOn, custom, answers);
    };
  }

  /**
   * Assessments.
   *
   * @return the generator
   */
  public static Gen<ReadinessAssessment> readinessAssessments() {
    return readinessAssessmentParts().map(ReadinessAssessmentParts::build);
  }

  // --- ReadinessThresholds ---

  /** The parts of {@link ReadinessThresholds}. */
  public record ReadinessThresholdsParts(int amberFrom, int greenFrom)
      implements Parts<ReadinessThresholds> {
    @Override
    public ReadinessThresholds build() {
      return ReadinessThresholds.builder().amberFrom(amberFrom).greenFrom(greenFrom).build();
    }
  }

  /**
   * Parts of thresholds: two percentages, amber no higher than green.
   *
   * @return the generator
   */
  public static Gen<ReadinessThresholdsParts> readinessThresholdsParts() {
    return Generate.range(0, 100)
        .zip(Generate.range(0, 100), (a, b) -> new ReadinessThresholdsParts(Math.min(a, b), Math.max(a, b)));
  }

  /**
   * Thresholds.
   *
   * @return the generator
   */
  public static Gen<ReadinessThresholds> readinessThresholds() {
    return readinessThresholdsParts().map(ReadinessThresholdsParts::build);
  }

  // --- ReadinessScore ---

  /** The parts of a {@link ReadinessScore}. */
  public record ReadinessScoreParts(
      int questions, int answered, int settled, int points, RagStatus status)
      implements Parts<ReadinessScore> {
    @Override
    public ReadinessScore build() {
      return ReadinessScore.builder()
          .questions(questions)
          .answered(answered)
          .settled(settled)
          .points(points)
          .status(status)
          .build();
    }
  }

  /**
   * Parts of scores whose counts and points agree: the tally of 1 to 40 random answers.
   *
   * @return the generator
   */
  public static Gen<ReadinessScoreParts> readinessScoreParts() {
    return listsOf(Generate.enumValues(AnswerStatus.class), 1, 40)
        .zip(Generate.enumValues(RagStatus.class), ReadinessGenerators::tally);
  }

  private static ReadinessScoreParts tally(List<AnswerStatus> statuses, RagStatus status) {
    int answered = 0;
    int settled = 0;
    int points = 0;
    for (AnswerStatus answer : statuses) {
      answered += answer.isAnswered() ? 1 : 0;
      settled += answer.isSettled() ? 1 : 0;
      points += answer.points();
    }
    return new ReadinessScoreParts(statuses.size(), answered, settled, points, status);
  }

  /**
   * Scores.
   *
   * @return the generator
   */
  public static Gen<ReadinessScore> readinessScores() {
    return readinessScoreParts().map(ReadinessScoreParts::build);
  }

  // --- ReadinessBlocker ---

  /** The parts of a {@link ReadinessBlocker}. */
  public record ReadinessBlockerParts(
      String question,
      ReadinessGroup group,
      AnswerStatus status,
      Set<ActivityKind> blocks,
      Set<MethodFact> facts,
      Optional<String> owner,
      Optional<LocalDate> dueOn)
      implements Parts<ReadinessBlocker> {
    @Override
    public ReadinessBlocker build() {
      return ReadinessBlocker.builder()
          .question(question)
          .group(group)
          .status(status)
          .blocks(blocks)
          .facts(facts)
          .owner(owner)
          .dueOn(dueOn)
          .build();
    }
  }

  /**
   * Parts of blockers of a question: any status but settled, at least one blocked kind.
   *
   * @param question the question id
   * @return the generator
   */
  public static Gen<ReadinessBlockerParts> readinessBlockerParts(String question) {
    Gen<AnswerStatus> open =
        Generate.pick(List.of(AnswerStatus.UNANSWERED, AnswerStatus.NOT_SETTLED, AnswerStatus.IN_PROGRESS));
    return in ->
        new ReadinessBlockerParts(
            question,
            Generate.enumValues(ReadinessGroup.class).generate(in),
            open.generate(in),
            subsetsOf(ActivityKind.class, 1).generate(in),
            subsetsOf(MethodFact.class).generate(in),
            optionals(ids()).generate(in),
            optionals(dates()).generate(in));
  }

  /**
   * Parts of blockers.
   *
   * @return the generator
   */
  public static Gen<ReadinessBlockerParts> readinessBlockerParts() {
    return ids().flatMap(ReadinessGenerators::readinessBlockerParts);
  }

  /**
   * Blockers.
   *
   * @return the generator
   */
  public static Gen<ReadinessBlocker> readinessBlockers() {
    return readinessBlockerParts().map(ReadinessBlockerParts::build);
  }

  // --- ReadinessReport ---

  /** The parts of a {@link ReadinessReport}. */
  public record ReadinessReportParts(
      String questionnaire,
      LocalDate assessedOn,
      ReadinessThresholds thresholds,
      Map<ReadinessGroup, ReadinessScore> groups,
      ReadinessScore overall,
      List<ReadinessBlocker> blockers)
      implements Parts<ReadinessReport> {
    @Override
    public ReadinessReport build() {
      return ReadinessReport.builder()
          .questionnaire(questionnaire)
          .assessedOn(assessedOn)
          .thresholds(thresholds)
          .groups(groups)
          .overall(overall)
          .blockers(blockers)
          .build();
    }
  }

  /**
   * Parts of reports: one to four group scores and an overall score that adds them up, and up to
   * three blockers of distinct questions. The readings are drawn freely.
   *
   * @return the generator
   */
  public static Gen<ReadinessReportParts> readinessReportParts() {
    return in -> {
      Map<ReadinessGroup, ReadinessScore> groups = new HashMap<>();
      for (ReadinessGroup group : subsetsOf(ReadinessGroup.class, 1).generate(in)) {
        groups.put(group, readinessScores().generate(in));
      }
      int questions = 0;
      int answered = 0;
      int settled = 0;
      int points = 0;
      for (ReadinessScore score : new EnumMap<>(groups).values()) {
        questions += score.questions();
        answered += score.answered();
        settled += score.settled();
        points += score.points();
      }
      ReadinessScore overall =
          new ReadinessScoreParts(questions, answered, settled, points, Generate.enumValues(RagStatus.class).generate(in)).build();
      List<ReadinessBlocker> blockers = new ArrayList<>();
      for (String id : distinctIds(0, 3).generate(in)) {
        blockers.add(readinessBlockerParts(id).generate(in).build());
      }
      return new ReadinessReportParts(
          ids().generate(in), dates().generate(in), readinessThresholds().generate(in), groups, overall, blockers);
    };
  }

  /**
   * Reports.
   *
   * @return the generator
   */
  public static Gen<ReadinessReport> readinessReports() {
    return readinessReportParts().map(ReadinessReportParts::build);
  }
}
