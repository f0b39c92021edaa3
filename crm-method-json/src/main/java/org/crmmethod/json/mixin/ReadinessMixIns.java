package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ImmutableReadinessAnswer;
import org.crmmethod.core.readiness.ImmutableReadinessAssessment;
import org.crmmethod.core.readiness.ImmutableReadinessBlocker;
import org.crmmethod.core.readiness.ImmutableReadinessQuestion;
import org.crmmethod.core.readiness.ImmutableReadinessQuestionnaire;
import org.crmmethod.core.readiness.ImmutableReadinessReport;
import org.crmmethod.core.readiness.ImmutableReadinessScore;
import org.crmmethod.core.readiness.ImmutableReadinessThresholds;
import org.crmmethod.core.readiness.RagStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessThresholds;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of readiness: {@code org.crmmethod.core.readiness}.
 *
 * <ul>
 *   <li>A questionnaire is an object of its attributes with its questions nested in order; a
 *       question's {@code group} and {@code blocks} are enum names. The questionnaire is not a
 *       versioned top-level document: it carries no {@code schemaVersion}.
 *   <li>A {@link ReadinessAssessment} is the plan's {@code readiness}: the questionnaire's id, the
 *       assessment date, the custom questions in full (as a questionnaire writes its questions)
 *       and the answers; an answer's absent evidence and dates are left out.
 *   <li>A {@link ReadinessReport} is written as the scorer produced it: its {@code groups} are an
 *       object keyed by group name, strategy first and IT last (the groups' own order, which is
 *       also how the mapper orders enum keys); the thresholds are written in full, so that a
 *       stored report says what its readings were made with. A score's possible points and
 *       percentage are derived and not written.
 *   <li>A {@link ReadinessReport} is a result document of its own: {@code schemaVersion} comes
 *       first, and the reader checks it before the report's attributes. Its parts (scores,
 *       blockers, thresholds) carry no version.
 * </ul>
 */
final class ReadinessMixIns {
  private ReadinessMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(ReadinessQuestion.class, ReadinessQuestionMixIn.class);
    context.setMixIn(
        ImmutableReadinessQuestion.Builder.class, ReadinessQuestionBuilderMixIn.class);
    context.setMixIn(ReadinessQuestionnaire.class, ReadinessQuestionnaireMixIn.class);
    context.setMixIn(
        ImmutableReadinessQuestionnaire.Builder.class, ReadinessQuestionnaireBuilderMixIn.class);
    context.setMixIn(ReadinessAnswer.class, ReadinessAnswerMixIn.class);
    context.setMixIn(ImmutableReadinessAnswer.Builder.class, ReadinessAnswerBuilderMixIn.class);
    context.setMixIn(ReadinessAssessment.class, ReadinessAssessmentMixIn.class);
    context.setMixIn(
        ImmutableReadinessAssessment.Builder.class, ReadinessAssessmentBuilderMixIn.class);
    context.setMixIn(ReadinessThresholds.class, ReadinessThresholdsMixIn.class);
    context.setMixIn(
        ImmutableReadinessThresholds.Builder.class, ReadinessThresholdsBuilderMixIn.class);
    context.setMixIn(ReadinessScore.class, ReadinessScoreMixIn.class);
    context.setMixIn(ImmutableReadinessScore.Builder.class, ReadinessScoreBuilderMixIn.class);
    context.setMixIn(ReadinessBlocker.class, ReadinessBlockerMixIn.class);
    context.setMixIn(ImmutableReadinessBlocker.Builder.class, ReadinessBlockerBuilderMixIn.class);
    context.setMixIn(ReadinessReport.class, ReadinessReportMixIn.class);
    context.setMixIn(ImmutableReadinessReport.Builder.class, ReadinessReportBuilderMixIn.class);
  }

  @JsonPropertyOrder({"id", "group", "text", "blocks", "facts"})
  @JsonDeserialize(builder = ReadinessQuestion.Builder.class)
  abstract static class ReadinessQuestionMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("group")
    abstract ReadinessGroup group();

    @JsonProperty("text")
    abstract String text();

    @JsonProperty("blocks")
    abstract Set<ActivityKind> blocks();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class ReadinessQuestionBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("group")
    abstract Object group(ReadinessGroup value);

    @JsonProperty("text")
    abstract Object text(String value);

    @JsonProperty("blocks")
    abstract Object blocks(Iterable<ActivityKind> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({"id", "name", "questions", "respondents", "facts"})
  @JsonDeserialize(builder = ReadinessQuestionnaire.Builder.class)
  abstract static class ReadinessQuestionnaireMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("questions")
    abstract List<ReadinessQuestion> questions();

    @JsonProperty("respondents")
    abstract Set<String> respondents();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();
  }

  abstract static class ReadinessQuestionnaireBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("questions")
    abstract Object questions(Iterable<? extends ReadinessQuestion> value);

    @JsonProperty("respondents")
    abstract Object respondents(Iterable<String> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);
  }

  @JsonPropertyOrder({"question", "status", "owner", "evidence", "answeredOn", "dueOn"})
  @JsonDeserialize(builder = ReadinessAnswer.Builder.class)
  abstract static class ReadinessAnswerMixIn extends ValueMixIn {
    @JsonProperty("question")
    abstract String question();

    @JsonProperty("status")
    abstract AnswerStatus status();

    @JsonProperty("owner")
    abstract String owner();

    @JsonProperty("evidence")
    abstract Optional<String> evidence();

    @JsonProperty("answeredOn")
    abstract Optional<LocalDate> answeredOn();

    @JsonProperty("dueOn")
    abstract Optional<LocalDate> dueOn();
  }

  abstract static class ReadinessAnswerBuilderMixIn extends BuilderMixIn {
    @JsonProperty("question")
    abstract Object question(String value);

    @JsonProperty("status")
    abstract Object status(AnswerStatus value);

    @JsonProperty("owner")
    abstract Object owner(String value);

    @JsonProperty("evidence")
    abstract Object evidence(Optional<String> value);

    @JsonProperty("answeredOn")
    abstract Object answeredOn(Optional<? extends LocalDate> value);

    @JsonProperty("dueOn")
    abstract Object dueOn(Optional<? extends LocalDate> value);
  }

  @JsonPropertyOrder({"questionnaire", "assessedOn", "customQuestions", "answers"})
  @JsonDeserialize(builder = ReadinessAssessment.Builder.class)
  abstract static class ReadinessAssessmentMixIn extends ValueMixIn {
    @JsonProperty("questionnaire")
    abstract String questionnaire();

    @JsonProperty("assessedOn")
    abstract LocalDate assessedOn();

    @JsonProperty("customQuestions")
    abstract List<ReadinessQuestion> customQuestions();

    @JsonProperty("answers")
    abstract List<ReadinessAnswer> answers();
  }

  abstract static class ReadinessAssessmentBuilderMixIn extends BuilderMixIn {
    @JsonProperty("questionnaire")
    abstract Object questionnaire(String value);

    @JsonProperty("assessedOn")
    abstract Object assessedOn(LocalDate value);

    @JsonProperty("customQuestions")
    abstract Object customQuestions(Iterable<? extends ReadinessQuestion> value);

    @JsonProperty("answers")
    abstract Object answers(Iterable<? extends ReadinessAnswer> value);
  }

  @JsonPropertyOrder({"amberFrom", "greenFrom"})
  @JsonDeserialize(builder = ReadinessThresholds.Builder.class)
  abstract static class ReadinessThresholdsMixIn extends ValueMixIn {
    @JsonProperty("amberFrom")
    abstract int amberFrom();

    @JsonProperty("greenFrom")
    abstract int greenFrom();
  }

  abstract static class ReadinessThresholdsBuilderMixIn extends BuilderMixIn {
    @JsonProperty("amberFrom")
    abstract Object amberFrom(int value);

    @JsonProperty("greenFrom")
    abstract Object greenFrom(int value);
  }

  @JsonPropertyOrder({"questions", "answered", "settled", "points", "status"})
  @JsonDeserialize(builder = ReadinessScore.Builder.class)
  abstract static class ReadinessScoreMixIn extends ValueMixIn {
    @JsonProperty("questions")
    abstract int questions();

    @JsonProperty("answered")
    abstract int answered();

    @JsonProperty("settled")
    abstract int settled();

    @JsonProperty("points")
    abstract int points();

    @JsonProperty("status")
    abstract RagStatus status();
  }

  abstract static class ReadinessScoreBuilderMixIn extends BuilderMixIn {
    @JsonProperty("questions")
    abstract Object questions(int value);

    @JsonProperty("answered")
    abstract Object answered(int value);

    @JsonProperty("settled")
    abstract Object settled(int value);

    @JsonProperty("points")
    abstract Object points(int value);

    @JsonProperty("status")
    abstract Object status(RagStatus value);
  }

  @JsonPropertyOrder({"question", "group", "status", "blocks", "facts", "owner", "dueOn"})
  @JsonDeserialize(builder = ReadinessBlocker.Builder.class)
  abstract static class ReadinessBlockerMixIn extends ValueMixIn {
    @JsonProperty("question")
    abstract String question();

    @JsonProperty("group")
    abstract ReadinessGroup group();

    @JsonProperty("status")
    abstract AnswerStatus status();

    @JsonProperty("blocks")
    abstract Set<ActivityKind> blocks();

    @JsonProperty("facts")
    abstract Set<MethodFact> facts();

    @JsonProperty("owner")
    abstract Optional<String> owner();

    @JsonProperty("dueOn")
    abstract Optional<LocalDate> dueOn();
  }

  abstract static class ReadinessBlockerBuilderMixIn extends BuilderMixIn {
    @JsonProperty("question")
    abstract Object question(String value);

    @JsonProperty("group")
    abstract Object group(ReadinessGroup value);

    @JsonProperty("status")
    abstract Object status(AnswerStatus value);

    @JsonProperty("blocks")
    abstract Object blocks(Iterable<ActivityKind> value);

    @JsonProperty("facts")
    abstract Object facts(Iterable<MethodFact> value);

    @JsonProperty("owner")
    abstract Object owner(Optional<String> value);

    @JsonProperty("dueOn")
    abstract Object dueOn(Optional<? extends LocalDate> value);
  }

  @VersionedDocument
  @JsonPropertyOrder({"questionnaire", "assessedOn", "thresholds", "groups", "overall", "blockers"})
  @JsonDeserialize(builder = ReadinessReport.Builder.class)
  abstract static class ReadinessReportMixIn extends ValueMixIn {
    @JsonProperty("questionnaire")
    abstract String questionnaire();

    @JsonProperty("assessedOn")
    abstract LocalDate assessedOn();

    @JsonProperty("thresholds")
    abstract ReadinessThresholds thresholds();

    @JsonProperty("groups")
    abstract Map<ReadinessGroup, ReadinessScore> groups();

    @JsonProperty("overall")
    abstract ReadinessScore overall();

    @JsonProperty("blockers")
    abstract List<ReadinessBlocker> blockers();
  }

  abstract static class ReadinessReportBuilderMixIn extends BuilderMixIn {
    @JsonProperty("questionnaire")
    abstract Object questionnaire(String value);

    @JsonProperty("assessedOn")
    abstract Object assessedOn(LocalDate value);

    @JsonProperty("thresholds")
    abstract Object thresholds(ReadinessThresholds value);

    @JsonProperty("groups")
    abstract Object groups(Map<ReadinessGroup, ? extends ReadinessScore> value);

    @JsonProperty("overall")
    abstract Object overall(ReadinessScore value);

    @JsonProperty("blockers")
    abstract Object blockers(Iterable<? extends ReadinessBlocker> value);
  }
}
