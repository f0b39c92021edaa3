package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Plan and method documents carry their format's version, and readers act on it. */
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
          public void migrate(ObjectNode document) {
            document.set("name", document.remove("title"));
          }
        };
    JsonMapper version2 =
        JsonMapper.builder().addModule(new CrmJsonModule(2, List.of(renameTitle))).build();
    String version1 = PLAN_TEXT.replaceFirst("\"name\" : ", "\"title\" : ");

    assertThat(version2.readValue(version1, ProjectPlan.class)).isEqualTo(PLAN);
  }
}
