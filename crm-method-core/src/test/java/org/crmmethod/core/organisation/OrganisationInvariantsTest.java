package org.crmmethod.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the organisation values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class OrganisationInvariantsTest {

  private static ChampionsTeam.Builder champions() {
    return ChampionsTeam.builder().addMember("jdoe");
  }

  private static CrmObjective.Builder objective() {
    return CrmObjective.builder()
        .id("O1")
        .statement("Answer every request within a day")
        .customerPerceivedQuality("Fast answers")
        .informationToFeedBack("Requests and answer times")
        .feedbackChannel("Contact center")
        .setOn(LocalDate.of(2024, 3, 1));
  }

  private static CustomerSegment.Builder segment() {
    return CustomerSegment.builder()
        .id("GP")
        .name("General practitioners")
        .kind(CustomerSegmentKind.PRESCRIBING_PHYSICIANS)
        .priority(1);
  }

  private static Department.Builder department() {
    return Department.builder().id("SALES").name("Sales").function(BusinessFunction.SALES);
  }

  private static Stakeholder.Builder stakeholder() {
    return Stakeholder.builder().id("jdoe").name("Jane Doe");
  }

  private static Team.Builder team() {
    return Team.builder()
        .id("SPEC")
        .name("Specification team")
        .purpose(TeamPurpose.SPECIFICATION)
        .putComposition("KEY_USER", 4)
        .putComposition("ANALYST", 2);
  }

  @Test
  void fixtures_areValid() {
    assertThatCode(
            () -> {
              champions().build();
              objective().build();
              segment().build();
              department().customerFacing(true).addCustomerDuty("Visit doctors").build();
              stakeholder().build();
              team().addMembers("a", "b", "c", "d", "e", "f").build();
            })
        .doesNotThrowAnyException();
  }

  // --- ChampionsTeam ---

  @Test
  void championsTeam_noMember() {
    assertInvalid(
        () -> ChampionsTeam.builder().build(),
        "ChampionsTeam.members must hold at least one element, but was []",
        "ChampionsTeam",
        "members",
        "[]");
  }

  @Test
  void championsTeam_malformedMember() {
    assertInvalid(
        () -> champions().addMember("j doe").build(),
        "ChampionsTeam.members " + ID_RULE + ", but was 'j doe'",
        "ChampionsTeam",
        "members",
        "'j doe'");
  }

  @Test
  void championsTeam_malformedDepartment() {
    assertInvalid(
        () -> champions().addDepartment("").build(),
        "ChampionsTeam.departments " + ID_RULE + ", but was ''",
        "ChampionsTeam",
        "departments",
        "''");
  }

  // --- CrmObjective ---

  @Test
  void crmObjective_malformedId() {
    assertInvalid(
        () -> objective().id("O 1").build(),
        "CrmObjective.id " + ID_RULE + ", but was 'O 1'",
        "CrmObjective",
        "id",
        "'O 1'");
  }

  @Test
  void crmObjective_blankStatement() {
    assertInvalid(
        () -> objective().statement("").build(),
        "CrmObjective.statement must not be blank, but was ''",
        "CrmObjective",
        "statement",
        "''");
  }

  @Test
  void crmObjective_blankCustomerPerceivedQuality() {
    assertInvalid(
        () -> objective().customerPerceivedQuality(" ").build(),
        "CrmObjective.customerPerceivedQuality must not be blank, but was ' '",
        "CrmObjective",
        "customerPerceivedQuality",
        "' '");
  }

  @Test
  void crmObjective_blankInformationToFeedBack() {
    assertInvalid(
        () -> objective().informationToFeedBack("").build(),
        "CrmObjective.informationToFeedBack must not be blank, but was ''",
        "CrmObjective",
        "informationToFeedBack",
        "''");
  }

  @Test
  void crmObjective_blankFeedbackChannel() {
    assertInvalid(
        () -> objective().feedbackChannel("\t").build(),
        "CrmObjective.feedbackChannel must not be blank, but was '\t'",
        "CrmObjective",
        "feedbackChannel",
        "'\t'");
  }

  @Test
  void crmObjective_missingAttributes() {
    assertMissing(
        () -> CrmObjective.builder().build(),
        "Required attribute(s) not set: CrmObjective.id, CrmObjective.statement,"
            + " CrmObjective.customerPerceivedQuality, CrmObjective.informationToFeedBack,"
            + " CrmObjective.feedbackChannel, CrmObjective.setOn",
        "CrmObjective",
        "id",
        "statement",
        "customerPerceivedQuality",
        "informationToFeedBack",
        "feedbackChannel",
        "setOn");
  }

  // --- CustomerSegment ---

  @Test
  void customerSegment_malformedId() {
    assertInvalid(
        () -> segment().id("G.P.!").build(),
        "CustomerSegment.id " + ID_RULE + ", but was 'G.P.!'",
        "CustomerSegment",
        "id",
        "'G.P.!'");
  }

  @Test
  void customerSegment_blankName() {
    assertInvalid(
        () -> segment().name("").build(),
        "CustomerSegment.name must not be blank, but was ''",
        "CustomerSegment",
        "name",
        "''");
  }

  @Test
  void customerSegment_priorityBelowOne() {
    for (int priority : new int[] {0, -1}) {
      assertInvalid(
          () -> segment().priority(priority).build(),
          "CustomerSegment.priority must be at least 1, but was " + priority,
          "CustomerSegment",
          "priority",
          String.valueOf(priority));
    }
  }

  @Test
  void customerSegment_malformedServedBy() {
    assertInvalid(
        () -> segment().addServedBy("SALES").addServedBy("field sales").build(),
        "CustomerSegment.servedBy " + ID_RULE + ", but was 'field sales'",
        "CustomerSegment",
        "servedBy",
        "'field sales'");
  }

  @Test
  void customerSegment_missingAttributes() {
    assertMissing(
        () -> CustomerSegment.builder().build(),
        "Required attribute(s) not set: CustomerSegment.id, CustomerSegment.name,"
            + " CustomerSegment.kind, CustomerSegment.priority",
        "CustomerSegment",
        "id",
        "name",
        "kind",
        "priority");
  }

  // --- Department ---

  @Test
  void department_malformedId() {
    assertInvalid(
        () -> department().id("").build(),
        "Department.id " + ID_RULE + ", but was ''",
        "Department",
        "id",
        "''");
  }

  @Test
  void department_blankName() {
    assertInvalid(
        () -> department().name(" ").build(),
        "Department.name must not be blank, but was ' '",
        "Department",
        "name",
        "' '");
  }

  @Test
  void department_blankCustomerDuty() {
    assertInvalid(
        () -> department().customerFacing(true).addCustomerDuty("").build(),
        "Department.customerDuties must not be blank, but was ''",
        "Department",
        "customerDuties",
        "''");
  }

  @Test
  void department_customerDutiesWithoutFacingCustomers() {
    assertInvalid(
        () -> department().addCustomerDuty("Answer calls").build(),
        "Department.customerDuties must be empty unless the department is customer-facing, but was"
            + " [Answer calls]",
        "Department",
        "customerDuties",
        "[Answer calls]");
  }

  @Test
  void department_missingAttributes() {
    assertMissing(
        () -> Department.builder().build(),
        "Required attribute(s) not set: Department.id, Department.name, Department.function",
        "Department",
        "id",
        "name",
        "function");
  }

  // --- Stakeholder ---

  @Test
  void stakeholder_malformedId() {
    assertInvalid(
        () -> stakeholder().id("jane doe").build(),
        "Stakeholder.id " + ID_RULE + ", but was 'jane doe'",
        "Stakeholder",
        "id",
        "'jane doe'");
  }

  @Test
  void stakeholder_blankName() {
    assertInvalid(
        () -> stakeholder().name("").build(),
        "Stakeholder.name must not be blank, but was ''",
        "Stakeholder",
        "name",
        "''");
  }

  @Test
  void stakeholder_malformedRole() {
    assertInvalid(
        () -> stakeholder().addRole("key-user?").build(),
        "Stakeholder.roles " + ID_RULE + ", but was 'key-user?'",
        "Stakeholder",
        "roles",
        "'key-user?'");
  }

  @Test
  void stakeholder_malformedDepartment() {
    assertInvalid(
        () -> stakeholder().department("-SALES").build(),
        "Stakeholder.department " + ID_RULE + ", but was '-SALES'",
        "Stakeholder",
        "department",
        "'-SALES'");
  }

  @Test
  void stakeholder_missingAttributes() {
    assertMissing(
        () -> Stakeholder.builder().build(),
        "Required attribute(s) not set: Stakeholder.id, Stakeholder.name",
        "Stakeholder",
        "id",
        "name");
  }

  // --- Team ---

  @Test
  void team_malformedId() {
    assertInvalid(
        () -> team().id("spec team").build(),
        "Team.id " + ID_RULE + ", but was 'spec team'",
        "Team",
        "id",
        "'spec team'");
  }

  @Test
  void team_blankName() {
    assertInvalid(
        () -> team().name("").build(),
        "Team.name must not be blank, but was ''",
        "Team",
        "name",
        "''");
  }

  @Test
  void team_emptyComposition() {
    assertInvalid(
        () -> team().composition(Map.of()).build(),
        "Team.composition must hold at least one element, but was []",
        "Team",
        "composition",
        "[]");
  }

  @Test
  void team_malformedRoleInComposition() {
    assertInvalid(
        () -> team().putComposition("key user", 1).build(),
        "Team.composition " + ID_RULE + ", but was 'key user'",
        "Team",
        "composition",
        "'key user'");
  }

  @Test
  void team_headcountBelowOne() {
    for (int headcount : new int[] {0, -2}) {
      assertInvalid(
          () -> team().putComposition("SPONSOR", headcount).build(),
          "Team.composition[SPONSOR] must be at least 1, but was " + headcount,
          "Team",
          "composition[SPONSOR]",
          String.valueOf(headcount));
    }
  }

  @Test
  void team_moreMembersThanCounted() {
    assertInvalid(
        () -> team().composition(Map.of("KEY_USER", 1)).addMembers("ayse", "jdoe").build(),
        "Team.members must not name more people than the composition counts (1), but was 2",
        "Team",
        "members",
        "2");
    assertThat(team().composition(Map.of("KEY_USER", 2)).addMembers("ayse", "jdoe").build().size())
        .isEqualTo(2);
  }

  @Test
  void team_compositionCountingMoreThanAnIntHolds() {
    // Regression: the sum of the headcounts overflowed, so such a team was refused for naming
    // "more people than the composition counts (-294967296)" although it named nobody, and with
    // three roles it wrapped back to a positive size() that was simply wrong.
    assertInvalid(
        () ->
            team().composition(Map.of("KEY_USER", 2_000_000_000, "ANALYST", 2_000_000_000)).build(),
        "Team.composition must not count more than 2147483647 people in all, but was 4000000000",
        "Team",
        "composition",
        "4000000000");
    Team largest =
        team().composition(Map.of("KEY_USER", Integer.MAX_VALUE)).addMember("jdoe").build();
    assertThat(largest.size()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void team_malformedMember() {
    assertInvalid(
        () -> team().addMember("j.doe@example").build(),
        "Team.members " + ID_RULE + ", but was 'j.doe@example'",
        "Team",
        "members",
        "'j.doe@example'");
  }

  @Test
  void team_malformedDepartment() {
    assertInvalid(
        () -> team().addDepartment("").build(),
        "Team.departments " + ID_RULE + ", but was ''",
        "Team",
        "departments",
        "''");
  }

  @Test
  void team_missingAttributes() {
    assertMissing(
        () -> Team.builder().build(),
        "Required attribute(s) not set: Team.id, Team.name, Team.purpose",
        "Team",
        "id",
        "name",
        "purpose");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(ChampionsTeam::builder);
    assertRejectsNulls(CrmObjective::builder);
    assertRejectsNulls(CustomerSegment::builder);
    assertRejectsNulls(Department::builder);
    assertRejectsNulls(Stakeholder::builder);
    assertRejectsNulls(Team::builder);
  }
}
