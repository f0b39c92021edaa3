package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts F28-F33: readiness before IT. */
class ReadinessCatalogueTest {
  private final ReadinessQuestionnaire questionnaire = ReadinessCatalogue.questionnaire();

  private ReadinessQuestion question(String id) {
    return questionnaire.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("F28: strategy first, IT last; strategy questions hold back the IT design and every IT build activity")
  void f28_strategyBeforeIt() {
    assertThat(ReadinessGroup.values())
        .containsExactly(ReadinessGroup.STRATEGY, ReadinessGroup.DATA, ReadinessGroup.ORGANISATION, ReadinessGroup.IT);
    assertThat(questionnaire.questions().get(0).group()).isEqualTo(ReadinessGroup.STRATEGY);
    assertThat(questionnaire.questions().get(questionnaire.questions().size() - 1).group()).isEqualTo(ReadinessGroup.IT);
    assertThat(questionnaire.questions(ReadinessGroup.STRATEGY)).allSatisfy(q ->
        assertThat(q.blocks())
            .containsExactlyInAnyOrder(
                ActivityKind.TECHNICAL_ARCHITECTURE,
                ActivityKind.INTERFACE_SPECIFICATION,
                ActivityKind.CONFIGURATION,
                ActivityKind.SPECIFIC_DEVELOPMENT,
                ActivityKind.TESTS,
                ActivityKind.DATA_MIGRATION,
                ActivityKind.CUT_OVER)
            .containsAll(java.util.Arrays.stream(ActivityKind.values()).filter(ActivityKind::isItWork).toList()));
    // In the staged method, the first phase assesses readiness and only the last one builds IT.
    Method staged = StagedMethod.definition();
    List<PhaseTemplate> phases = staged.phases();
    assertThat(phases.get(0).activityKinds()).contains(ActivityKind.READINESS_ASSESSMENT);
    for (PhaseTemplate phase : phases.subList(0, phases.size() - 1)) {
      assertThat(phase.activityKinds()).noneMatch(ActivityKind::isItWork);
    }
    assertThat(phases.get(phases.size() - 1).activityKinds()).anyMatch(ActivityKind::isItWork);
  }

  @Test
  @DisplayName("F29: six strategy questions")
  void f29_strategyQuestions() {
    assertThat(questionnaire.questions(ReadinessGroup.STRATEGY)).hasSize(6)
        .allSatisfy(q -> assertThat(q.facts()).containsExactlyInAnyOrder(MethodFact.F28, MethodFact.F29));
    assertThat(question("STRATEGY-04").text()).contains("new customers", "prospects", "keep");
    assertThat(question("STRATEGY-06").text()).contains("workflow");
  }

  @Test
  @DisplayName("F30: ten data questions; unsettled personal-data compliance holds back data migration and cut-over")
  void f30_dataQuestions() {
    assertThat(questionnaire.questions(ReadinessGroup.DATA)).hasSize(10);
    ReadinessQuestion compliance = question(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE);
    assertThat(compliance.text()).contains("personal-data law");
    assertThat(compliance.blocks()).containsExactlyInAnyOrder(ActivityKind.DATA_MIGRATION, ActivityKind.CUT_OVER);
    assertThat(compliance.facts()).contains(MethodFact.F30);
    assertThat(question("DATA-10").text()).contains("after-sales");
  }

  @Test
  @DisplayName("F31: eight organisation questions")
  void f31_organisationQuestions() {
    assertThat(questionnaire.questions(ReadinessGroup.ORGANISATION)).hasSize(8)
        .allSatisfy(q -> assertThat(q.facts()).contains(MethodFact.F31));
    assertThat(question("ORGANISATION-08").text()).contains("adopt");
  }

  @Test
  @DisplayName("F32: eight IT questions, from the system's load to a hotline")
  void f32_itQuestions() {
    assertThat(questionnaire.questions(ReadinessGroup.IT)).hasSize(8)
        .allSatisfy(q -> assertThat(q.facts()).contains(MethodFact.F32));
    assertThat(question("IT-01").blocks()).containsExactly(ActivityKind.CUT_OVER);
    assertThat(question("IT-05").text()).contains("data warehouse");
    assertThat(question("IT-05").blocks()).containsExactly(ActivityKind.TECHNICAL_ARCHITECTURE);
    assertThat(question("IT-02").blocks()).containsExactlyInAnyOrder(ActivityKind.CONFIGURATION, ActivityKind.SPECIFIC_DEVELOPMENT);
    assertThat(question("IT-08").blocks()).containsExactly(ActivityKind.HYPERCARE);
    assertThat(questionnaire.questions()).hasSize(6 + 10 + 8 + 8);
  }

  @Test
  @DisplayName("F33: executives and key managers answer, and all of them take part in the reference plan's assessment")
  void f33_executivesAndKeyManagersTakePart() {
    assertThat(questionnaire.respondents())
        .containsExactlyInAnyOrder(MethodRoles.GENERAL_MANAGEMENT, MethodRoles.EXECUTIVE, MethodRoles.KEY_MANAGER);
    ProjectPlan plan = PharmaReferencePlan.plan();
    List<String> leaders =
        plan.stakeholders().stream()
            .filter(s -> s.roles().contains(MethodRoles.EXECUTIVE) || s.roles().contains(MethodRoles.KEY_MANAGER))
            .map(Stakeholder::id)
            .toList();
    assertThat(leaders).hasSizeGreaterThanOrEqualTo(8);
    assertThat(plan.activity("S-READY").orElseThrow().participants()).containsAll(leaders);
  }
}
