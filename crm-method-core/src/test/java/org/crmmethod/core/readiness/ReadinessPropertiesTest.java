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

  // --- ReadinessAnswer ---
  @Test
  void readinessAnswer_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessAnswerParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessAnswer_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessAnswers())
        .checkAssert(value -> assertEqualCopy(ReadinessAnswer.builder().from(value).build(), value));
  }

  @Test
  void readinessAnswer_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessAnswerParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- ReadinessAssessment ---
  @Test
  void readinessAssessment_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessAssessmentParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessAssessment_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessAssessments())
        .checkAssert(value -> assertEqualCopy(ReadinessAssessment.builder().from(value).build(), value));
  }

  @Test
  void readinessAssessment_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessAssessmentParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void readinessAssessment_collectionsFixedAtBuild() {
    qt().forAll(ReadinessGenerators.readinessAssessmentParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- ReadinessThresholds ---
  @Test
  void readinessThresholds_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessThresholdsParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessThresholds_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessThresholds())
        .checkAssert(value -> assertEqualCopy(ReadinessThresholds.builder().from(value).build(), value));
  }

  @Test
  void readinessThresholds_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessThresholdsParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- ReadinessScore ---
  @Test
  void readinessScore_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessScoreParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessScore_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessScores())
        .checkAssert(value -> assertEqualCopy(ReadinessScore.builder().from(value).build(), value));
  }

  @Test
  void readinessScore_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessScoreParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- ReadinessBlocker ---
  @Test
  void readinessBlocker_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessBlockerParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessBlocker_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessBlockers())
        .checkAssert(value -> assertEqualCopy(ReadinessBlocker.builder().from(value).build(), value));
  }

  @Test
  void readinessBlocker_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessBlockerParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void readinessBlocker_collectionsFixedAtBuild() {
    qt().forAll(ReadinessGenerators.readinessBlockerParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- ReadinessReport ---
  @Test
  void readinessReport_holdsItsParts() {
    qt().forAll(ReadinessGenerators.readinessReportParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void readinessReport_copiedThroughBuilder() {
    qt().forAll(ReadinessGenerators.readinessReports())
        .checkAssert(value -> assertEqualCopy(ReadinessReport.builder().from(value).build(), value));
  }

  @Test
  void readinessReport_equalPartsEqualValues() {
    qt().forAll(ReadinessGenerators.readinessReportParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void readinessReport_collectionsFixedAtBuild() {
    qt().forAll(ReadinessGenerators.readinessReportParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
