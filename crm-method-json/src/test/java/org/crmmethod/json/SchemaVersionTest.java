package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.Histogram;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.validation.ValidationSettings;
import org.crmmethod.json.CrmJsonException.Problem;
import org.crmmethod.json.ResultSamples.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Plan, method and result documents carry their format's version, and readers act on it. */
class SchemaVersionTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final String PLAN_TEXT = JSON.write(PLAN);
  private static final Method METHOD = StagedMethod.definition();

  private static CrmJsonException failure(String text, Class<?> type) {
    CrmJsonException failure =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.read(text, type));
    assertThat(failure).isNotNull();
    return failure;
  }

  @Test
  void planAndMethodDocuments_startWithTheVersion() {
    assertThat(PLAN_TEXT).startsWith("{\n  \"schemaVersion\" : 1,\n");
    assertThat(JSON.write(METHOD)).startsWith("{\n  \"schemaVersion\" : 1,\n");
    assertThat(WireFormat.CURRENT_SCHEMA_VERSION).isEqualTo(1);
  }

  @Test
  void newerVersion_isRefusedAtTheVersion() {
    DocumentText newer =
        new DocumentText(PLAN_TEXT).replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    CrmJsonException failure = failure(newer.text(), ProjectPlan.class);

    assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(failure.pointer()).isEqualTo("/schemaVersion");
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(newer.columnOf(newer.offsetOf("2,")));
    assertThat(failure.detail())
        .isEqualTo(
            "schemaVersion 2 is newer than this library reads (up to 1): upgrade crm-method-json"
                + " to read this document");
  }

  @Test
  void newerMethodVersion_isRefusedToo() {
    String newer = JSON.write(METHOD).replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 7");
    assertThat(failure(newer, Method.class).problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
  }

  @Test
  void missingVersion_isRefused() {
    String missing = PLAN_TEXT.replaceFirst("\"schemaVersion\" : 1,\n  ", "");
    CrmJsonException failure = failure(missing, ProjectPlan.class);

    assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(failure.pointer()).isEqualTo("/schemaVersion");
    assertThat(failure.detail()).startsWith("schemaVersion missing");
  }

  @Test
  void malformedVersions_areRefused() {
    for (String version : List.of("\"1\"", "1.0", "0", "-3", "99999999999", "null", "[1]")) {
      String text = PLAN_TEXT.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : " + version);
      CrmJsonException failure = failure(text, ProjectPlan.class);
      assertThat(failure.problem()).as(version).isEqualTo(Problem.UNSUPPORTED_VERSION);
      assertThat(failure.pointer()).as(version).isEqualTo("/schemaVersion");
    }
  }

  @Test
  void versionElsewhereInTheObject_isAccepted() {
    String moved =
        PLAN_TEXT
            .replaceFirst("\"schemaVersion\" : 1,\n  ", "")
            .replaceFirst("\\n}\\s*$", ",\n  \"schemaVersion\" : 1\n}");
    assertThat(JSON.read(moved, ProjectPlan.class)).isEqualTo(PLAN);

    String movedNewer = moved.replace("\"schemaVersion\" : 1\n}", "\"schemaVersion\" : 2\n}");
    assertThat(failure(movedNewer, ProjectPlan.class).problem())
        .isEqualTo(Problem.UNSUPPORTED_VERSION);
  }

  @Test
  void olderDocuments_areUpgradedByTheMigrations() {
    // A format version 2 in which a plan's "name" was called "title" in version 1.
    WireMigration renameTitle =
        new WireMigration() {
          @Override
          public int fromVersion() {
            return 1;
          }

          @Override
          public void migrate(Class<?> documentType, ObjectNode document) {
            if (documentType == ProjectPlan.class) {
              document.set("name", document.remove("title"));
            }
          }
        };
    JsonMapper version2 =
        JsonMapper.builder().addModule(new CrmJsonModule(2, List.of(renameTitle))).build();
    String version1 = PLAN_TEXT.replaceFirst("\"name\" : ", "\"title\" : ");

    assertThat(version2.readValue(version1, ProjectPlan.class)).isEqualTo(PLAN);
  }

  // ---- result documents

  static Stream<Document> resultDocuments() {
    return ResultSamples.documents().stream();
  }

  @Test
  void theDocumentTypes_areThePlanTheMethodAndTheStoredResults() {
    assertThat(CrmJsonModule.DOCUMENT_TYPES)
        .containsExactlyElementsOf(
            Stream.concat(
                    Stream.of(ProjectPlan.class, Method.class),
                    resultDocuments().map(Document::type))
                .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultDocuments")
  void resultDocument_startsWithTheVersion_andIsReadBack(Document document) {
    String text = JSON.write(document.value());

    assertThat(text).startsWith("{\n  \"schemaVersion\" : 1,\n");
    assertThat(JSON.read(text, document.type())).isEqualTo(document.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultDocuments")
  void resultDocument_ofANewerVersion_isRefusedAtTheVersion(Document document) {
    DocumentText newer =
        new DocumentText(JSON.write(document.value()))
            .replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

    CrmJsonException failure = failure(newer.text(), document.type());

    assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(failure.pointer()).isEqualTo("/schemaVersion");
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(newer.columnOf(newer.offsetOf("2,")));
    assertThat(failure.detail()).startsWith("schemaVersion 2 is newer than this library reads");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultDocuments")
  void resultDocument_withoutAVersion_isRefused(Document document) {
    String missing =
        JSON.write(document.value()).replaceFirst("\"schemaVersion\" : 1,\n  ", "");

    CrmJsonException failure = failure(missing, document.type());

    assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(failure.pointer()).isEqualTo("/schemaVersion");
    assertThat(failure.detail()).startsWith("schemaVersion missing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultDocuments")
  void resultDocument_withItsVersionLast_isRead(Document document) {
    JsonNode tree = JSON.mapper().readTree(JSON.write(document.value()));
    ((ObjectNode) tree).set("schemaVersion", ((ObjectNode) tree).remove("schemaVersion"));

    assertThat(JSON.read(tree.toString(), document.type())).isEqualTo(document.value());
  }

  /**
   * After the version, the reader hands the parser to the type's own deserializer on the next
   * property name, or on the closing brace; builders, creators and records all take it from there.
   * (A type read through a creator reports an unknown property where its object ends: Jackson
   * buffers such properties until the creator has its arguments.)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("resultDocuments")
  void resultDocument_readAfterTheVersion_reportsItsOwnProblems(Document document) {
    CrmJsonException empty = failure("{\"schemaVersion\" : 1}", document.type());
    assertThat(empty.problem()).isEqualTo(Problem.MISSING_PROPERTY);

    String unknown =
        JSON.write(document.value())
            .replaceFirst("\"schemaVersion\" : 1,", "\"schemaVersion\" : 1, \"colour\" : 1,");
    CrmJsonException failure = failure(unknown, document.type());
    assertThat(failure.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(failure.pointer()).isEqualTo("/colour");
  }

  @Test
  void resultDocument_readByAFoundModule_checksTheVersionToo() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Document schedule = ResultSamples.document(Schedule.class);
    String text = JSON.write(schedule.value());

    assertThat(found.readValue(text, Schedule.class)).isEqualTo(schedule.value());
    assertThat(
            catchThrowableOfType(
                SchemaVersionException.class,
                () ->
                    found.readValue(
                        text.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"),
                        Schedule.class)))
        .isNotNull();
  }

  @Test
  void nestedDocuments_keepTheirOwnVersion() {
    Forecast forecast =
        Forecast.restore(
            7,
            DurationDistribution.PERT_BETA,
            List.of("A"),
            new double[] {3, 4},
            List.of(FinishDriver.of("A", 1, 1)));
    Credibility credibility = new Credibility(LocalDate.of(2027, 5, 3), 40, 1, 0.9, forecast);
    JsonNode tree = JSON.mapper().readTree(JSON.write(credibility));
    assertThat(tree.at("/forecast/schemaVersion").intValue()).isEqualTo(1);

    ((ObjectNode) tree.get("forecast")).put("schemaVersion", 2);
    CrmJsonException newer = failure(tree.toString(), Credibility.class);
    assertThat(newer.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(newer.pointer()).isEqualTo("/forecast/schemaVersion");

    ((ObjectNode) tree.get("forecast")).remove("schemaVersion");
    CrmJsonException missing = failure(tree.toString(), Credibility.class);
    assertThat(missing.pointer()).isEqualTo("/forecast/schemaVersion");

    JsonNode schedule =
        JSON.mapper().readTree(JSON.write(ResultSamples.document(Schedule.class).value()));
    assertThat(schedule.at("/plan/schemaVersion").intValue()).isEqualTo(1);
  }

  @Test
  void olderResultDocuments_areUpgraded_andTheirNestedDocumentsOnTheirOwn() {
    // A format version 2 in which a credibility's "target" was called "targetDate" in version 1.
    // The step also sees the nested forecast, a document of version 1 too, and leaves it alone.
    List<Class<?>> seen = new ArrayList<>();
    WireMigration renameTarget =
        new WireMigration() {
          @Override
          public int fromVersion() {
            return 1;
          }

          @Override
          public void migrate(Class<?> documentType, ObjectNode document) {
            seen.add(documentType);
            if (documentType == Credibility.class) {
              document.set("target", document.remove("targetDate"));
            }
          }
        };
    JsonMapper version2 =
        JsonMapper.builder().addModule(new CrmJsonModule(2, List.of(renameTarget))).build();
    Document credibility = ResultSamples.document(Credibility.class);
    String version1 =
        JSON.write(credibility.value()).replaceFirst("\"target\" : ", "\"targetDate\" : ");

    assertThat(version2.readValue(version1, Credibility.class)).isEqualTo(credibility.value());
    assertThat(seen).containsExactlyInAnyOrder(Credibility.class, Forecast.class);
  }

  @Test
  void partsOfResults_carryNoVersion() {
    for (Object part :
        List.of(
            ValidationSettings.defaults(),
            FinishDriver.of("A", 0.5, 0.25),
            Histogram.of(List.of(1.0, 2.0), List.of(3)))) {
      assertThat(JSON.mapper().readTree(JSON.write(part)).has("schemaVersion"))
          .as(part.getClass().getSimpleName())
          .isFalse();
    }
  }
}
