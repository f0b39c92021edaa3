package org.crmmethod.core.fitgap;

import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.fitgap.FitGapGenerators.coverageWeights;
import static org.crmmethod.core.fitgap.FitGapGenerators.coverageWeightsParts;
import static org.crmmethod.core.fitgap.FitGapGenerators.fitAssessmentParts;
import static org.crmmethod.core.fitgap.FitGapGenerators.fitAssessments;
import static org.crmmethod.core.fitgap.FitGapGenerators.fitGapAnalyses;
import static org.crmmethod.core.fitgap.FitGapGenerators.fitGapAnalysisParts;
import static org.crmmethod.core.fitgap.FitGapGenerators.requirementParts;
import static org.crmmethod.core.fitgap.FitGapGenerators.requirements;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;

/**
 * Properties of every fit-gap value (F08), over random valid values: built from random parts it
 * returns them; copied through its builder it stays equal; equal parts give equal values and hash
 * codes; the collections handed to its builder cannot change it afterwards.
 */
class FitGapPropertiesTest {

  // --- Requirement ---
  @Test
  void requirement_holdsItsParts() {
    qt().forAll(requirementParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void requirement_copiedThroughBuilder() {
    qt().forAll(requirements())
        .checkAssert(requirement -> assertEqualCopy(Requirement.builder().from(requirement).build(), requirement));
  }

  @Test
  void requirement_equalPartsEqualValues() {
    qt().forAll(requirementParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- FitAssessment ---
  @Test
  void fitAssessment_holdsItsParts() {
    qt().forAll(fitAssessmentParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void fitAssessment_copiedThroughBuilder() {
    qt().forAll(fitAssessments())
        .checkAssert(assessment -> assertEqualCopy(FitAssessment.builder().from(assessment).build(), assessment));
  }

  @Test
  void fitAssessment_equalPartsEqualValues() {
    qt().forAll(fitAssessmentParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void fitAssessment_collectionsFixedAtBuild() {
    qt().forAll(fitAssessmentParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- FitGapAnalysis ---
  @Test
  void fitGapAnalysis_holdsItsParts() {
    qt().forAll(fitGapAnalysisParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void fitGapAnalysis_copiedThroughBuilder() {
    qt().forAll(fitGapAnalyses())
        .checkAssert(analysis -> assertEqualCopy(FitGapAnalysis.builder().from(analysis).build(), analysis));
  }

  @Test
  void fitGapAnalysis_equalPartsEqualValues() {
    qt().forAll(fitGapAnalysisParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void fitGapAnalysis_collectionsFixedAtBuild() {
    qt().forAll(fitGapAnalysisParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- CoverageWeights ---
  @Test
  void coverageWeights_holdsItsParts() {
    qt().forAll(coverageWeightsParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void coverageWeights_copiedThroughBuilder() {
    qt().forAll(coverageWeights())
        .checkAssert(weights -> assertEqualCopy(CoverageWeights.builder().from(weights).build(), weights));
  }

  @Test
  void coverageWeights_equalPartsEqualValues() {
    qt().forAll(coverageWeightsParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }
}
