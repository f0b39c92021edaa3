package org.crmmethod.core.startmodule;

import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.startmodule.StartModuleGenerators.startModuleChoiceParts;
import static org.crmmethod.core.startmodule.StartModuleGenerators.startModuleChoices;
import static org.crmmethod.core.startmodule.StartModuleGenerators.startModuleProfileParts;
import static org.crmmethod.core.startmodule.StartModuleGenerators.startModuleProfiles;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;

/**
 * Properties of the start-module values, over random valid values: built from random parts they
 * return them; copied through their builder they stay equal; equal parts give equal values and hash
 * codes; the collections handed to their builder cannot change them afterwards.
 */
class StartModulePropertiesTest {

  // --- StartModuleChoice ---
  @Test
  void startModuleChoice_holdsItsParts() {
    qt().forAll(startModuleChoiceParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void startModuleChoice_copiedThroughBuilder() {
    qt().forAll(startModuleChoices())
        .checkAssert(
            choice -> assertEqualCopy(StartModuleChoice.builder().from(choice).build(), choice));
  }

  @Test
  void startModuleChoice_equalPartsEqualValues() {
    qt().forAll(startModuleChoiceParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void startModuleChoice_collectionsFixedAtBuild() {
    qt().forAll(startModuleChoiceParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- StartModuleProfile ---
  @Test
  void startModuleProfile_holdsItsParts() {
    qt().forAll(startModuleProfileParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void startModuleProfile_copiedThroughBuilder() {
    qt().forAll(startModuleProfiles())
        .checkAssert(
            profile ->
                assertEqualCopy(StartModuleProfile.builder().from(profile).build(), profile));
  }

  @Test
  void startModuleProfile_equalPartsEqualValues() {
    qt().forAll(startModuleProfileParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void startModuleProfile_collectionsFixedAtBuild() {
    qt().forAll(startModuleProfileParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
