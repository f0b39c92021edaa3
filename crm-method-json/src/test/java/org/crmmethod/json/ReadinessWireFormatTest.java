package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmmethod.json.RoundTrips.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.RagStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.readiness.ReadinessThresholds;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of readiness assessments and reports (F28-F33): both round-trip laws on the
 * reference values and on random ones, pinned documents that show the exact properties and their
 * order (a report is a result document, {@code schemaVersion} first; its parts carry no version),
 * and documents whose parts disagree refused at the right place.
 */
class ReadinessWireFormatTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final CrmJson COMPACT = CrmJson.builder().indent(false).build();
  private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

  // ---- both laws

  @Test
  @DisplayName("F28-F33: the reference plan's assessment and its report survive both round-trip laws")
  void referenceAssessmentAndReport_roundTrip() {
    assertRoundTrips(ReadinessSamples.assessment(), ReadinessAssessment.class);
    assertRoundTrips(ReadinessSamples.report(), ReadinessReport.class);
    for (ReadinessAnswer answer : ReadinessSamples.assessment().answers()) {
      assertRoundTrips(answer, ReadinessAnswer.class);
    }
    for (ReadinessBlocker blocker : ReadinessSamples.report().blockers()) {
      assertRoundTrips(blocker, ReadinessBlocker.class);
    }
    assertRoundTrips(ReadinessThresholds.defaults(), ReadinessThresholds.class);
    assertRoundTrips(PharmaReferencePlan.plan(), ProjectPlan.class);
  }

  @Test
  @DisplayName("F28-F33: random assessments, reports and plans holding assessments survive both laws")
  void randomReadinessValues_roundTrip() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomModel random = new RandomModel(seed);
              assertRoundTrips(random.readinessAssessment(), ReadinessAssessment.class);
              assertRoundTrips(random.readinessReport(), ReadinessReport.class);
              assertRoundTrips(random.readinessThresholds(), ReadinessThresholds.class);
            });
  }

  @Test
  @DisplayName("F28: reports of random assessments of the catalogue, read with random thresholds, survive both laws")
  void scoredReports_roundTrip() {
    ReadinessQuestionnaire catalogue = ReadinessCatalogue.questionnaire();
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomModel random = new RandomModel(seed);
              ReadinessAssessment.Builder assessment =
                  ReadinessAssessment.builder().questionnaire(ReadinessCatalogue.ID).assessedOn(DAY);
              catalogue.questions().stream()
                  .filter(question -> random.chance(70))
                  .forEach(question -> assessment.addAnswer(random.readinessAnswer(question.id(), DAY)));
              ReadinessReport report =
                  ReadinessScorer.withThresholds(random.readinessThresholds()).score(catalogue, assessment.build());
              assertRoundTrips(report, ReadinessReport.class);
            });
  }

  // ---- pinned documents

  @Test
  void answer_isWrittenByItsAttributes_absentOnesLeftOut() {
    ReadinessAnswer open =
        ReadinessAnswer.builder()
            .question("DATA-08")
            .status(AnswerStatus.IN_PROGRESS)
            .owner("DPO")
            .evidence("Register being updated")
            .answeredOn(DAY)
            .dueOn(DAY.plusMonths(6))
            .build();
    ReadinessAnswer unanswered =
        ReadinessAnswer.builder().question("IT-08").status(AnswerStatus.UNANSWERED).owner("SUPPORT-LEAD").build();

    assertThat(COMPACT.write(open))
        .isEqualTo("{\"question\":\"DATA-08\",\"status\":\"IN_PROGRESS\",\"owner\":\"DPO\",\"evidence\":\"Register being updated\","
            + "\"answeredOn\":\"2027-01-04\",\"dueOn\":\"2027-07-04\"}");
    assertThat(COMPACT.write(unanswered)).isEqualTo("{\"question\":\"IT-08\",\"status\":\"UNANSWERED\",\"owner\":\"SUPPORT-LEAD\"}");
  }

  @Test
  void report_isAVersionedDocument_writtenAsScored_groupsStrategyFirst_thresholdsInFull_derivedFiguresLeftOut() {
    ReadinessScore score =
        ReadinessScore.builder().questions(2).answered(2).settled(1).points(5).status(RagStatus.GREEN).build();
    ReadinessScore data =
        ReadinessScore.builder().questions(1).answered(0).settled(0).points(0).status(RagStatus.RED).build();
    ReadinessReport report =
        ReadinessReport.builder()
            .questionnaire("small")
            .assessedOn(DAY)
            .thresholds(ReadinessThresholds.defaults())
            .putGroup(ReadinessGroup.DATA, data)
            .putGroup(ReadinessGroup.STRATEGY, score)
            .overall(ReadinessScore.builder().questions(3).answered(2).settled(1).points(5).status(RagStatus.AMBER).build())
            .addBlocker(
                ReadinessBlocker.builder()
                    .question("D1")
                    .group(ReadinessGroup.DATA)
                    .status(AnswerStatus.UNANSWERED)
                    .addBlocks(ActivityKind.DATA_MIGRATION)
                    .addFacts(MethodFact.F30)
                    .build())
            .build();

    assertThat(COMPACT.write(report))
        .isEqualTo("{\"schemaVersion\":1,\"questionnaire\":\"small\",\"assessedOn\":\"2027-01-04\",\"thresholds\":{\"amberFrom\":50,\"greenFrom\":75},"
            + "\"groups\":{\"STRATEGY\":{\"questions\":2,\"answered\":2,\"settled\":1,\"points\":5,\"status\":\"GREEN\"},"
            + "\"DATA\":{\"questions\":1,\"answered\":0,\"settled\":0,\"points\":0,\"status\":\"RED\"}},"
            + "\"overall\":{\"questions\":3,\"answered\":2,\"settled\":1,\"points\":5,\"status\":\"AMBER\"},"
            + "\"blockers\":[{\"question\":\"D1\",\"group\":\"DATA\",\"status\":\"UNANSWERED\",\"blocks\":[\"DATA_MIGRATION\"],"
            + "\"facts\":[\"F30\"]}]}");
    assertRoundTrips(report, ReadinessReport.class);
  }

  @Test
  void plan_writesItsReadinessAfterTheStartModule() {
    JsonNode plan = JSON.mapper().readTree(JSON.write(PharmaReferencePlan.plan()));
    List<String> names = List.copyOf(plan.propertyNames());

    assertThat(names.indexOf("readiness")).isEqualTo(names.indexOf("decisions") + 1);
    assertThat(plan.get("readiness").get("questionnaire").asString()).isEqualTo(ReadinessCatalogue.ID);
    assertThat(plan.get("readiness").get("customQuestions").get(0).get("id").asString())
        .isEqualTo(PharmaReferencePlan.TRANSPARENCY);
    assertThat(plan.get("readiness").get("answers")).hasSize(33);
  }

  // ---- what the reader refuses or fills in

  @Test
  void thresholds_leftOut_readAsTheDefaults() {
    assertThat(JSON.read("{}", ReadinessThresholds.class)).isEqualTo(ReadinessThresholds.defaults());
    assertThat(JSON.read("{\"greenFrom\":90}", ReadinessThresholds.class)).isEqualTo(ReadinessThresholds.of(50, 90));
  }

  @Test
  void reportWhoseOverallDisagreesWithItsGroups_isRefused() {
    ObjectNode report = (ObjectNode) JSON.mapper().readTree(JSON.write(ReadinessSamples.report()));
    ((ObjectNode) report.get("overall")).put("points", 40).put("settled", 5);

    CrmJsonException refused =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.read(report.toString(), ReadinessReport.class));

    assertThat(refused.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(refused.detail()).contains("ReadinessReport.overall.points must be the groups' total (41), but was 40");
  }

  @Test
  void answerWhoseStatusAndDatesDisagree_isRefusedWhereItIs() {
    ObjectNode plan = (ObjectNode) JSON.mapper().readTree(JSON.write(PharmaReferencePlan.plan()));
    ObjectNode answer = (ObjectNode) plan.get("readiness").get("answers").get(4);
    answer.put("answeredOn", "2027-01-04");

    CrmJsonException refused =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.read(plan.toString(), ProjectPlan.class));

    assertThat(refused.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(refused.pointer()).isEqualTo("/readiness/answers/4/answeredOn");
    assertThat(refused.detail()).contains("ReadinessAnswer.answeredOn must be absent while the question is UNANSWERED");
  }

  @Test
  void missingGroupsAndUnknownGroup_areRefused() {
    ObjectNode report = (ObjectNode) JSON.mapper().readTree(JSON.write(ReadinessSamples.report()));
    ObjectNode unknown = report.deepCopy();
    ((ObjectNode) unknown.get("groups")).set("FINANCE", report.get("groups").get("IT"));
    ObjectNode missing = report.deepCopy();
    missing.remove("thresholds");

    assertThat(catchThrowableOfType(CrmJsonException.class, () -> JSON.read(unknown.toString(), ReadinessReport.class)).problem())
        .isEqualTo(Problem.WRONG_TYPE);
    assertThat(catchThrowableOfType(CrmJsonException.class, () -> JSON.read(missing.toString(), ReadinessReport.class)).problem())
        .isEqualTo(Problem.MISSING_PROPERTY);
  }
}
