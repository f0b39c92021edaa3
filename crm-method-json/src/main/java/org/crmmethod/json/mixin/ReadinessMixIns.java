package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.readiness.ImmutableReadinessQuestion;
import org.crmmethod.core.readiness.ImmutableReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of the readiness questionnaire: {@code org.crmmethod.core.readiness}.
 *
 * <p>A questionnaire is an object of its attributes with its questions nested in order; a
 * question's {@code group} and {@code blocks} are enum names. The questionnaire is not a versioned
 * top-level document: it carries no {@code schemaVersion}.
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
}
