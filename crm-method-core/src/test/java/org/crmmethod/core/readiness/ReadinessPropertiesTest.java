package org.crmmethod.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessQuestionParts;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessQuestionnaireParts;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessQuestionnaires;
import static org.crmmethod.core.readiness.ReadinessGenerators.readinessQuestions;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;

/**
 * Properties of the readiness values, over random valid values: built from random parts they return
 * them; copied through their builder they stay equal; equal parts give equal values and hash codes;
 * the collections handed to their builder cannot change them afterwards.
 */
class ReadinessPropertiesTest {

  // --- ReadinessQuestion ---
  @Test
  void readinessQuestion_holdsItsParts() {
    qt().forAll(readinessQuestionParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessQuestion_copiedThroughBuilder() {
    qt().forAll(readinessQuestions())
        .checkAssert(
            question ->
                assertEqualCopy(ReadinessQuestion.builder().from(question).build(), question));
  }

  @Test
  void readinessQuestion_equalPartsEqualValues() {
    qt().forAll(readinessQuestionParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void readinessQuestion_collectionsFixedAtBuild() {
    qt().forAll(readinessQuestionParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- ReadinessQuestionnaire ---
  @Test
  void readinessQuestionnaire_holdsItsParts() {
    qt().forAll(readinessQuestionnaireParts())
        .checkAssert(
            parts -> {
              ReadinessQuestionnaire questionnaire = parts.build();
              assertHoldsParts(parts, questionnaire);
              for (ReadinessGroup group : ReadinessGroup.values()) {
                assertThat(questionnaire.questions(group))
                    .containsExactlyElementsOf(
                        parts.questions().stream()
                            .filter(question -> question.group() == group)
                            .toList());
              }
            });
  }

  @Test
  void readinessQuestionnaire_copiedThroughBuilder() {
    qt().forAll(readinessQuestionnaires())
        .checkAssert(
            questionnaire ->
                assertEqualCopy(
                    ReadinessQuestionnaire.builder().from(questionnaire).build(), questionnaire));
  }

  @Test
  void readinessQuestionnaire_equalPartsEqualValues() {
    qt().forAll(readinessQuestionnaireParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void readinessQuestionnaire_collectionsFixedAtBuild() {
    qt().forAll(readinessQuestionnaireParts())
        .checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
