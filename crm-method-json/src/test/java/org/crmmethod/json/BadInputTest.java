package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * Damaged plan documents: each failure is a {@link CrmJsonException} naming the kind of problem,
 * the JSON Pointer of the offending value, and its line and column in the text.
 */
class BadInputTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final DocumentText GOOD = new DocumentText(JSON.write(PharmaReferencePlan.plan()));

  /** The pointer of the first {@code "teamSize" : 1}, which the tests damage. */
  private static final String TEAM_SIZE = GOOD.pointerOfPropertyAt(GOOD.offsetOf("\"teamSize\" : 1"));

  private static CrmJsonException readFailure(DocumentText document) {
    return readFailure(JSON, document);
  }

  private static CrmJsonException readFailure(CrmJson json, DocumentText document) {
    CrmJsonException failure =
        catchThrowableOfType(
            CrmJsonException.class, () -> json.read(document.text(), ProjectPlan.class));
    assertThat(failure).as("reading must fail with CrmJsonException").isNotNull();
    assertThat(failure.getMessage()).startsWith("at " + (failure.pointer().isEmpty() ? "/" : failure.pointer()));
    return failure;
  }

  private static void assertAt(CrmJsonException failure, DocumentText document, int offset) {
    assertThat(failure.line()).as("line").isEqualTo(document.lineOf(offset));
    assertThat(failure.column()).as("column").isEqualTo(document.columnOf(offset));
    assertThat(failure.getMessage())
        .contains("(line " + failure.line() + ", column " + failure.column() + ")");
  }

  @Test
  void wrongType_pointsAtTheValue() {
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"teamSize\" : \"one\"");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(failure.pointer()).isEqualTo(TEAM_SIZE);
    assertAt(failure, bad, bad.offsetOf("\"one\""));
    assertThat(failure.detail()).contains("\"one\"").contains("int");
  }

  @Test
  void missingRequiredField_pointsAtTheFieldAndTheEndOfItsObject() {
    int kindLine = GOOD.offsetOf("\"kind\" : ");
    String pointer = GOOD.pointerOfPropertyAt(kindLine);
    String line = GOOD.text().substring(kindLine, GOOD.text().indexOf('\n', kindLine) + 1);
    DocumentText bad = GOOD.replaceFirst(line, "");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(failure.pointer()).isEqualTo(pointer);
    assertAt(failure, bad, bad.enclosingObjectEnd(kindLine));
    assertThat(failure.detail()).contains(".kind");
  }

  @Test
  void unknownField_pointsAtIt_andNamesTheKnownOnes() {
    String pointer = TEAM_SIZE;
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"colour\" : \"blue\", \"teamSize\" : 1");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(failure.pointer()).isEqualTo(pointer.replace("teamSize", "colour"));
    assertAt(failure, bad, bad.offsetOf("\"blue\""));
    assertThat(failure.detail()).contains("\"colour\"").contains("teamSize");
  }

  @Test
  void unknownField_isSkippedWhenAskedTo() {
    DocumentText decorated =
        GOOD.replaceFirst("\"teamSize\" : 1", "\"colour\" : \"blue\", \"teamSize\" : 1");
    CrmJson lenient = CrmJson.builder().ignoreUnknownProperties(true).build();

    assertThat(lenient.read(decorated.text(), ProjectPlan.class))
        .isEqualTo(PharmaReferencePlan.plan());
  }

  @Test
  void invariantViolation_pointsAtTheAttributeAndTheEndOfItsObject() {
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"teamSize\" : 0");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo(TEAM_SIZE);
    assertAt(failure, bad, bad.enclosingObjectEnd(bad.offsetOf("\"teamSize\" : 0")));
    assertThat(failure.detail()).isEqualTo("Activity.teamSize must be at least 1, but was 0");
  }

  @Test
  void tooDeep_isRefusedAtTheFirstBracketBeyondTheLimit() {
    // The plan object, its phases, the first phase, its activities: depth 4 at that bracket.
    CrmJson shallow = CrmJson.builder().limits(ReadLimits.defaults().withMaxDepth(3)).build();
    CrmJsonException failure = readFailure(shallow, GOOD);

    int activities = GOOD.offsetOf("\"activities\" : [");
    int bracket = GOOD.text().indexOf('[', activities);
    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.pointer()).isEqualTo(GOOD.pointerOfPropertyAt(activities));
    assertAt(failure, GOOD, bracket + 1);
    assertThat(failure.detail()).contains("nesting depth").contains("(4)").contains("3");
  }

  @Test
  void tooDeep_isRefusedEvenWhereUnknownPropertiesAreSkipped() {
    String deep = "[".repeat(80) + "]".repeat(80);
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"colour\" : " + deep + ", \"teamSize\" : 1");
    CrmJson lenient = CrmJson.builder().ignoreUnknownProperties(true).build();
    CrmJsonException failure = readFailure(lenient, bad);

    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.pointer()).startsWith(TEAM_SIZE.replace("teamSize", "colour"));
    assertThat(failure.line()).isEqualTo(bad.lineOf(bad.offsetOf(deep)));
    assertThat(failure.detail()).contains("nesting depth").contains("64");
  }

  @Test
  void tooLarge_isRefusedBeforeItIsBuilt() {
    CrmJson small =
        CrmJson.builder().limits(ReadLimits.defaults().withMaxDocumentChars(2_000)).build();
    CrmJsonException failure = readFailure(small, GOOD);

    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.line()).isPositive();
    assertThat(failure.column()).isPositive();
    assertThat(failure.detail())
        .isEqualTo(
            "document exceeds a read limit: Document length (4000) exceeds the maximum allowed"
                + " (2000)");
  }

  @Test
  void tooManyElements_isRefused() {
    CrmJson small = CrmJson.builder().limits(ReadLimits.defaults().withMaxTokens(500)).build();
    CrmJsonException failure = readFailure(small, GOOD);

    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.line()).isPositive();
    assertThat(failure.detail()).contains("500");
  }

  @Test
  void tooLongString_isRefused() {
    CrmJson small = CrmJson.builder().limits(ReadLimits.defaults().withMaxStringLength(10)).build();
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"teamSize\" : \"" + "x".repeat(50) + "\"");
    CrmJsonException failure = readFailure(small, bad);

    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.line()).isPositive();
    assertThat(failure.detail()).contains("String value length").contains("10");
  }

  @Test
  void tooLongNumber_isRefused() {
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"teamSize\" : 1" + "0".repeat(100));
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(failure.pointer()).isEqualTo(TEAM_SIZE);
    assertThat(failure.line()).isEqualTo(bad.lineOf(bad.offsetOf("1" + "0".repeat(100))));
    assertThat(failure.detail()).contains("Number value length");
  }

  @Test
  void truncatedDocument_pointsAtTheEnd() {
    String text = GOOD.text();
    DocumentText bad = new DocumentText(text.substring(0, text.length() / 2));
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
    assertThat(failure.pointer()).isNotEmpty();
    assertThat(failure.line()).isEqualTo(bad.lineOf(bad.text().length()));
    assertThat(failure.detail()).containsIgnoringCase("end-of-input");
  }

  @Test
  void duplicateProperty_isRefused() {
    DocumentText bad = GOOD.replaceFirst("\"teamSize\" : 1", "\"teamSize\" : 1, \"teamSize\" : 2");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
    assertThat(failure.pointer()).isEqualTo(TEAM_SIZE);
    assertThat(failure.detail()).contains("Duplicate").contains("teamSize");
  }

  @Test
  void trailingContent_isRefused() {
    DocumentText bad = new DocumentText(GOOD.text() + "\n{}");
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
    assertThat(failure.line()).isEqualTo(bad.lineOf(bad.text().length()));
  }

  @Test
  void nullAndEmptyDocuments_areRefused() {
    assertThat(readFailure(new DocumentText("null")).problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(readFailure(new DocumentText("  ")).problem()).isEqualTo(Problem.MALFORMED);
    assertThat(readFailure(new DocumentText("[]")).problem()).isEqualTo(Problem.WRONG_TYPE);
  }

  @Test
  void nullForARequiredObject_isRefusedAtIt() {
    int start = GOOD.offsetOf("\"estimate\" : {");
    String pointer = GOOD.pointerOfPropertyAt(start);
    int end = GOOD.enclosingObjectEnd(start + "\"estimate\" : {".length());
    DocumentText bad =
        new DocumentText(
            GOOD.text().substring(0, start) + "\"estimate\" : null" + GOOD.text().substring(end + 1));
    CrmJsonException failure = readFailure(bad);

    assertThat(failure.pointer()).isIn(pointer, pointer.substring(0, pointer.lastIndexOf('/')) + "/estimate");
    assertThat(failure.line()).isEqualTo(bad.lineOf(start));
  }
}
