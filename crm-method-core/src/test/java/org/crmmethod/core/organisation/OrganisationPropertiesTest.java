package org.crmmethod.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.championsTeamParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.championsTeams;
import static org.crmmethod.core.organisation.OrganisationGenerators.crmObjectiveParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.crmObjectives;
import static org.crmmethod.core.organisation.OrganisationGenerators.customerSegmentParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.customerSegments;
import static org.crmmethod.core.organisation.OrganisationGenerators.departmentParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.departments;
import static org.crmmethod.core.organisation.OrganisationGenerators.stakeholderParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.stakeholders;
import static org.crmmethod.core.organisation.OrganisationGenerators.teamParts;
import static org.crmmethod.core.organisation.OrganisationGenerators.teams;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;

/**
 * Properties of every organisation value, over random valid values: built from random parts it
 * returns them; copied through its builder it stays equal; equal parts give equal values and hash
 * codes; the collections handed to its builder cannot change it afterwards.
 */
class OrganisationPropertiesTest {

  // --- Department ---
  @Test
  void department_holdsItsParts() {
    qt().forAll(departmentParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void department_copiedThroughBuilder() {
    qt().forAll(departments())
        .checkAssert(
            department ->
                assertEqualCopy(Department.builder().from(department).build(), department));
  }

  @Test
  void department_equalPartsEqualValues() {
    qt().forAll(departmentParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void department_collectionsFixedAtBuild() {
    qt().forAll(departmentParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Stakeholder ---
  @Test
  void stakeholder_holdsItsParts() {
    qt().forAll(stakeholderParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void stakeholder_copiedThroughBuilder() {
    qt().forAll(stakeholders())
        .checkAssert(
            stakeholder ->
                assertEqualCopy(Stakeholder.builder().from(stakeholder).build(), stakeholder));
  }

  @Test
  void stakeholder_equalPartsEqualValues() {
    qt().forAll(stakeholderParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void stakeholder_collectionsFixedAtBuild() {
    qt().forAll(stakeholderParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Team ---
  @Test
  void team_holdsItsParts() {
    qt().forAll(teamParts())
        .checkAssert(
            parts -> {
              Team team = parts.build();
              assertHoldsParts(parts, team);
              assertThat(team.size())
                  .isEqualTo(
                      parts.composition().values().stream().mapToInt(Integer::intValue).sum());
              parts
                  .composition()
                  .forEach(
                      (role, headcount) -> assertThat(team.headcount(role)).isEqualTo(headcount));
            });
  }

  @Test
  void team_copiedThroughBuilder() {
    qt().forAll(teams())
        .checkAssert(team -> assertEqualCopy(Team.builder().from(team).build(), team));
  }

  @Test
  void team_equalPartsEqualValues() {
    qt().forAll(teamParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void team_collectionsFixedAtBuild() {
    qt().forAll(teamParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- ChampionsTeam ---
  @Test
  void championsTeam_holdsItsParts() {
    qt().forAll(championsTeamParts())
        .checkAssert(
            parts -> {
              ChampionsTeam champions = parts.build();
              assertHoldsParts(parts, champions);
              assertThat(champions.isMultidisciplinary())
                  .isEqualTo(parts.departments().size() >= 2);
            });
  }

  @Test
  void championsTeam_copiedThroughBuilder() {
    qt().forAll(championsTeams())
        .checkAssert(
            champions ->
                assertEqualCopy(ChampionsTeam.builder().from(champions).build(), champions));
  }

  @Test
  void championsTeam_equalPartsEqualValues() {
    qt().forAll(championsTeamParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void championsTeam_collectionsFixedAtBuild() {
    qt().forAll(championsTeamParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- CustomerSegment ---
  @Test
  void customerSegment_holdsItsParts() {
    qt().forAll(customerSegmentParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void customerSegment_copiedThroughBuilder() {
    qt().forAll(customerSegments())
        .checkAssert(
            segment -> assertEqualCopy(CustomerSegment.builder().from(segment).build(), segment));
  }

  @Test
  void customerSegment_equalPartsEqualValues() {
    qt().forAll(customerSegmentParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void customerSegment_collectionsFixedAtBuild() {
    qt().forAll(customerSegmentParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- CrmObjective ---
  @Test
  void crmObjective_holdsItsParts() {
    qt().forAll(crmObjectiveParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void crmObjective_copiedThroughBuilder() {
    qt().forAll(crmObjectives())
        .checkAssert(
            objective ->
                assertEqualCopy(CrmObjective.builder().from(objective).build(), objective));
  }

  @Test
  void crmObjective_equalPartsEqualValues() {
    qt().forAll(crmObjectiveParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void crmObjective_collectionsFixedAtBuild() {
    qt().forAll(crmObjectiveParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
