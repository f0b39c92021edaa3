package org.crmmethod.core.readiness;

import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the readiness values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class ReadinessInvariantsTest {

  private static ReadinessQuestion.Builder question(String id, ReadinessGroup group) {
    return ReadinessQuestion.builder().id(id).group(group).text("Is the objective written down?");
  }

  private static ReadinessQuestionnaire.Builder questionnaire() {
    return ReadinessQuestionnaire.builder()
        .id("READINESS")
        .name("Readiness")
        .addQuestion(question("Q1", ReadinessGroup.STRATEGY).build());
  }

  // --- ReadinessQuestion ---

  @Test
  void readinessQuestion_malformedId() {
    assertInvalid(
        () -> question("Q 1", ReadinessGroup.DATA).build(),
        "ReadinessQuestion.id " + ID_RULE + ", but was 'Q 1'",
        "ReadinessQuestion",
        "id",
        "'Q 1'");
  }

  @Test
  void readinessQuestion_blankText() {
    assertInvalid(
        () -> question("Q1", ReadinessGroup.DATA).text("").build(),
        "ReadinessQuestion.text must not be blank, but was ''",
        "ReadinessQuestion",
        "text",
        "''");
  }

  @Test
  void readinessQuestion_missingAttributes() {
    assertMissing(
        () -> ReadinessQuestion.builder().build(),
        "Required attribute(s) not set: ReadinessQuestion.id, ReadinessQuestion.group,"
            + " ReadinessQuestion.text",
        "ReadinessQuestion",
        "id",
        "group",
        "text");
  }

  // --- ReadinessQuestionnaire ---

  @Test
  void readinessQuestionnaire_malformedId() {
    assertInvalid(
        () -> questionnaire().id("").build(),
        "ReadinessQuestionnaire.id " + ID_RULE + ", but was ''",
        "ReadinessQuestionnaire",
        "id",
        "''");
  }

  @Test
  void readinessQuestionnaire_blankName() {
    assertInvalid(
        () -> questionnaire().name(" ").build(),
        "ReadinessQuestionnaire.name must not be blank, but was ' '",
        "ReadinessQuestionnaire",
        "name",
        "' '");
  }

  @Test
  void readinessQuestionnaire_noQuestion() {
    assertInvalid(
        () -> questionnaire().questions(List.of()).build(),
        "ReadinessQuestionnaire.questions must hold at least one element, but was []",
        "ReadinessQuestionnaire",
        "questions",
        "[]");
  }

  @Test
  void readinessQuestionnaire_questionIdTwice() {
    assertInvalid(
        () -> questionnaire().addQuestion(question("Q1", ReadinessGroup.IT).build()).build(),
        "ReadinessQuestionnaire.questions must not hold the same id twice, but was 'Q1'",
        "ReadinessQuestionnaire",
        "questions",
        "'Q1'");
  }

  @Test
  void readinessQuestionnaire_malformedRespondent() {
    assertInvalid(
        () -> questionnaire().addRespondent("CEO").addRespondent("sales director").build(),
        "ReadinessQuestionnaire.respondents " + ID_RULE + ", but was 'sales director'",
        "ReadinessQuestionnaire",
        "respondents",
        "'sales director'");
  }

  @Test
  void readinessQuestionnaire_groupsOutOfOrder() {
    assertInvalid(
        () ->
            questionnaire()
                .addQuestion(question("Q2", ReadinessGroup.IT).build())
                .addQuestion(question("Q3", ReadinessGroup.ORGANISATION).build())
                .build(),
        "ReadinessQuestionnaire.questions[Q3].group must not come after a question of group IT"
            + " (strategy first, IT last), but was ORGANISATION",
        "ReadinessQuestionnaire",
        "questions[Q3].group",
        "ORGANISATION");
  }

  @Test
  void readinessQuestionnaire_missingAttributes() {
    assertMissing(
        () -> ReadinessQuestionnaire.builder().build(),
        "Required attribute(s) not set: ReadinessQuestionnaire.id, ReadinessQuestionnaire.name",
        "ReadinessQuestionnaire",
        "id",
        "name");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(ReadinessQuestion::builder);
    assertRejectsNulls(ReadinessQuestionnaire::builder);
  }
}
