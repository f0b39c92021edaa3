package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps docs/WIRE-FORMAT.md honest: its example plan is a current, valid document that survives a
 * round trip unchanged, so is its example result, its error messages are the reader's, and its
 * Java snippets compile (they are repeated here, line for line).
 */
class WireFormatDocTest {
  private static final Path DOC = Path.of("../docs/WIRE-FORMAT.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/crmmethod/json/WireFormatDocTest.java");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final CrmJson JSON = CrmJson.standard();

  @Test
  void example_isAValidPlanDocument_thatRoundTripsUnchanged() throws IOException {
    String example = block("example-plan", "json");

    ProjectPlan plan = JSON.read(example, ProjectPlan.class);

    assertThat(SchemaCheck.PLAN.errors(example)).isEmpty();
    assertThat(lf(JSON.write(plan))).isEqualTo(example);
  }

  @Test
  void example_isWhatTheLibraryWritesForTheExamplePlan() throws IOException {
    String written = lf(JSON.write(ExamplePlan.plan()));

    assertThat(block("example-plan", "json"))
        .as("paste this into docs/WIRE-FORMAT.md:%n%s", written)
        .isEqualTo(written);
  }

  @Test
  void errorMessages_areTheReadersOwn() throws IOException {
    String example = block("example-plan", "json");
    List<String> edited =
        List.of(
            once(example, "\"teamSize\" : 2", "\"teamSize\" : 0"),
            once(
                example,
                "\"configuredOnly\" : true,",
                "\"configuredOnly\" : true,\n    \"colour\" : \"blue\","),
            once(example, "\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
    List<String> messages = new ArrayList<>();
    for (String document : edited) {
      try {
        JSON.read(document, ProjectPlan.class);
        messages.add("read without error");
      } catch (CrmJsonException e) {
        messages.add(e.getMessage());
      }
    }

    assertThat(messages).isEqualTo(block("example-errors", "text").lines().toList());
  }

  @Test
  void javaSnippets_areTheCodeOfThisTest() throws IOException {
    List<String> source = codeLines(Files.readString(SOURCE));
    Matcher blocks = JAVA_BLOCK.matcher(Files.readString(DOC));
    int count = 0;
    while (blocks.find()) {
      assertThat(source).containsSubsequence(codeLines(blocks.group(1)));
      count++;
    }
    assertThat(count).isEqualTo(5);
  }

  @Test
  void resultExample_isWhatTheLibraryWrites_validAndReadBackEqual() throws IOException {
    Credibility credibility =
        new Credibility(
            LocalDate.of(2027, 12, 31),
            250,
            2.0 / 3,
            0.75,
            Forecast.restore(
                42,
                DurationDistribution.TRIANGULAR,
                List.of("S-OBJ", "L1-CONF"),
                new double[] {180, 192.5, 210.25},
                List.of(
                    FinishDriver.of("L1-CONF", 0.875, 2.0 / 3),
                    FinishDriver.of("S-OBJ", 0.25, 1.0 / 3))));
    String written = lf(JSON.write(credibility));
    String example = block("example-credibility", "json");

    assertThat(example)
        .as("paste this into docs/WIRE-FORMAT.md:%n%s", written)
        .isEqualTo(written);
    assertThat(SchemaCheck.RESULTS.errors(example)).isEmpty();
    assertThat(SchemaCheck.RESULTS.errors("Credibility", example)).isEmpty();
    assertThat(JSON.read(example, Credibility.class)).isEqualTo(credibility);
  }

  @Test
  void foundModule_writesTheSameText_butAcceptsUnknownProperties() throws IOException {
    JsonMapper found =
        JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();
    String example = block("example-plan", "json");

    assertThat(lf(found.writeValueAsString(ExamplePlan.plan()))).isEqualTo(example);
    assertThat(
            found.readValue(
                once(example, "\"id\" : \"acme-crm\",", "\"id\" : \"acme-crm\", \"x\" : 1,"),
                ProjectPlan.class))
        .isEqualTo(ExamplePlan.plan());
  }

  // ---- the doc's snippets, in order

  @Test
  void readingAndWriting(@TempDir Path folder) {
    ProjectPlan plan = PharmaReferencePlan.plan();
    Method method = StagedMethod.definition();
    Path file = folder.resolve("method.json");

    CrmJson json = CrmJson.standard();
    String text = json.write(plan);                  // a plan document
    ProjectPlan again = json.read(text, ProjectPlan.class);
    json.write(method, file);                        // a method document, to a file in UTF-8
    Method fromFile = json.read(file, Method.class);

    assertThat(again).isEqualTo(plan);
    assertThat(fromFile).isEqualTo(method);
  }

  @Test
  void skippingUnknownProperties() throws IOException {
    String decorated =
        once(
            block("example-plan", "json"),
            "\"id\" : \"acme-crm\",",
            "\"id\" : \"acme-crm\", \"x-colour\" : 1,");

    CrmJson lenient = CrmJson.builder().ignoreUnknownProperties(true).build();

    assertThat(lenient.read(decorated, ProjectPlan.class)).isEqualTo(ExamplePlan.plan());
    assertThatThrownBy(() -> JSON.read(decorated, ProjectPlan.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(CrmJsonException.Problem.UNKNOWN_PROPERTY));
  }

  @Test
  void raisingTheLimits() {
    CrmJson large = CrmJson.builder()
        .limits(ReadLimits.defaults().withMaxDocumentChars(1L << 30).withMaxTokens(100_000_000L))
        .build();

    assertThat(large.read(JSON.write(ExamplePlan.plan()), ProjectPlan.class))
        .isEqualTo(ExamplePlan.plan());
  }

  @Test
  void validatingWithNetworknt() throws IOException {
    String document = block("example-plan", "json");

    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemas(Map.of(WireFormat.PLAN_SCHEMA_ID, WireFormat.planSchema()))
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build()));
    Schema schema = registry.getSchema(SchemaLocation.of(WireFormat.PLAN_SCHEMA_ID));
    List<Error> errors = schema.validate(document, InputFormat.JSON);

    assertThat(errors).isEmpty();
    String noSuchDay = document.replace("\"2027-03-01\"", "\"2027-02-30\"");
    assertThat(schema.validate(noSuchDay, InputFormat.JSON))
        .extracting(error -> error.getInstanceLocation().toString(), Error::getKeyword)
        .contains(
            tuple("/context/startDate", "format"),
            tuple("/phases/0/plannedStart", "format"));
  }

  @Test
  void validatingResultsWithNetworknt() throws IOException {
    String document = block("example-credibility", "json");

    SchemaRegistry all = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemas(Map.of(
                WireFormat.PLAN_SCHEMA_ID, WireFormat.planSchema(),
                WireFormat.METHOD_SCHEMA_ID, WireFormat.methodSchema(),
                WireFormat.RESULTS_SCHEMA_ID, WireFormat.resultsSchema()))
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build()));
    Schema anyResult = all.getSchema(SchemaLocation.of(WireFormat.RESULTS_SCHEMA_ID));
    Schema credibility = all.getSchema(
        SchemaLocation.of(WireFormat.RESULTS_SCHEMA_ID + "#/$defs/Credibility"));

    assertThat(anyResult.validate(document, InputFormat.JSON)).isEmpty();
    String newerForecast = once(document, "\"schemaVersion\" : 1,\n    \"seed\"",
        "\"schemaVersion\" : 2,\n    \"seed\"");
    assertThat(anyResult.validate(newerForecast, InputFormat.JSON)).isNotEmpty();
    assertThat(credibility.validate(newerForecast, InputFormat.JSON))
        .extracting(error -> error.getInstanceLocation().toString(), Error::getKeyword)
        .containsExactly(tuple("/forecast/schemaVersion", "const"));
  }

  // ----

  /** The fenced block that follows an HTML comment naming it, without its last line break. */
  private static String block(String name, String language) throws IOException {
    String doc = lf(Files.readString(DOC));
    String start = "<!-- " + name + " -->\n```" + language + "\n";
    int from = doc.indexOf(start);
    assertThat(from).as("docs/WIRE-FORMAT.md has a block %s", name).isNotNegative();
    from += start.length();
    return doc.substring(from, doc.indexOf("\n```", from));
  }

  private static String once(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("the example holds %s", target).isNotNegative();
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static String lf(String text) {
    return text.replace("\r\n", "\n");
  }

  private static List<String> codeLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
