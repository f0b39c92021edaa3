package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.catalogue.StartModuleCatalogue;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schemas describe what the library writes: every document it writes is valid, and
 * documents broken in the ways a person or another tool breaks them are refused at the right place.
 * Broken plans start from {@link ProgressPlan}, which holds every optional part of a plan.
 */
class JsonSchemaTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ---- the schemas themselves

  @Test
  void schemas_areReadFromTheJar_onTheModulePath() {
    Module module = WireFormat.class.getModule();
    assertThat(module.isNamed()).as("the tests run on the module path").isTrue();
    assertThat(module.getPackages()).contains("org.crmmethod.json.schema");
    assertThat(module.isOpen("org.crmmethod.json.schema")).isTrue();

    assertThat(tree(WireFormat.planSchema()).path("$id").asString())
        .isEqualTo(WireFormat.PLAN_SCHEMA_ID);
    assertThat(tree(WireFormat.methodSchema()).path("$id").asString())
        .isEqualTo(WireFormat.METHOD_SCHEMA_ID);
    assertThat(tree(WireFormat.resultsSchema()).path("$id").asString())
        .isEqualTo(WireFormat.RESULTS_SCHEMA_ID);
  }

  @Test
  void schemas_canBeLoadedByName_fromAnotherModule() throws IOException {
    // The test libraries live in the unnamed module: this is how a tool would load the file.
    ClassLoader loader = SchemaRegistry.class.getClassLoader();
    String name = "org/crmmethod/json/schema/plan.schema.json";
    try (InputStream in = loader.getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(WireFormat.planSchema());
    }
  }

  @ParameterizedTest
  @MethodSource("schemaTexts")
  void schema_isValidAgainstTheDraft202012MetaSchema(String schema) {
    List<Error> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()))
            .validate(tree(schema));

    assertValid(errors);
  }

  static Stream<String> schemaTexts() {
    return Stream.of(
        WireFormat.planSchema(), WireFormat.methodSchema(), WireFormat.resultsSchema());
  }

  // ---- every document the library writes is valid

  @Test
  void referencePlan_isValid() {
    assertValid(SchemaCheck.PLAN.errors(JSON.write(PharmaReferencePlan.plan())));
  }

  @Test
  void planWithProgress_isValid() {
    assertValid(SchemaCheck.PLAN.errors(JSON.write(ProgressPlan.plan())));
  }

  @Test
  void minimalGeneratedPlan_isValid() {
    ProjectPlan plan = PlanGenerator.minimal().generate(new SplittableRandom(1));

    assertValid(SchemaCheck.PLAN.errors(JSON.write(plan)));
  }

  @Test
  void generatedPlans_areValid_whateverTheSeedAndSize() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(1, 5), integers().between(0, 30))
        .checkAssert(
            (seed, lots, extras) -> {
              ProjectPlan plan =
                  PlanGenerator.builder()
                      .lots(lots)
                      .extraActivitiesPerLot(extras)
                      .build()
                      .generate(new SplittableRandom(seed));
              assertValid(SchemaCheck.PLAN.errors(JSON.write(plan)));
            });
  }

  @Test
  void largeGeneratedPlan_isValid() {
    ProjectPlan plan = PlanGenerator.withActivities(2_000).generate(new SplittableRandom(7));

    assertValid(SchemaCheck.PLAN.errors(JSON.write(plan)));
  }

  @ParameterizedTest
  @MethodSource("catalogueMethods")
  void catalogueMethod_isValid(Method method) {
    assertValid(SchemaCheck.METHOD.errors(JSON.write(method)));
  }

  static Stream<Method> catalogueMethods() {
    return Stream.of(
        StagedMethod.definition(),
        LotRollout.classic(),
        LotRollout.differentiating(),
        PlanGenerator.minimal().method());
  }

  @Test
  void readinessQuestionnaire_isValidAgainstItsDefinition() {
    assertValid(
        SchemaCheck.METHOD.errors(
            "ReadinessQuestionnaire", JSON.write(ReadinessCatalogue.questionnaire())));
  }

  @Test
  void readinessAssessment_isValidAgainstItsDefinition() {
    assertValid(SchemaCheck.PLAN.errors("ReadinessAssessment", JSON.write(ReadinessSamples.assessment())));
    assertValid(SchemaCheck.PLAN.errors("ReadinessAnswer", JSON.write(ReadinessSamples.fullAnswer())));
  }

  @Test
  void randomReadinessAssessments_areValidAgainstTheirDefinition() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomModel random = new RandomModel(seed);
              assertValid(SchemaCheck.PLAN.errors("ReadinessAssessment", JSON.write(random.readinessAssessment())));
            });
  }

  @Test
  void calendars_areValidAgainstTheirDefinition() {
    for (WorkingCalendar calendar : Calendars.all()) {
      assertValid(SchemaCheck.METHOD.errors("WorkingCalendar", JSON.write(calendar)));
    }
  }

  @Test
  void startModuleProfiles_areValidAgainstTheirDefinition() {
    for (StartModuleProfile profile : StartModuleCatalogue.profiles()) {
      assertValid(SchemaCheck.PLAN.errors("StartModuleProfile", JSON.write(profile)));
    }
  }

  @Test
  void fitGapAnalysis_isValidAgainstItsDefinition() {
    FitGapAnalysis analysis = ProgressPlan.plan().fitGap().orElseThrow();

    assertValid(SchemaCheck.PLAN.errors("FitGapAnalysis", JSON.write(analysis)));
    assertValid(SchemaCheck.PLAN.errors("Requirement", JSON.write(analysis.requirements().get(0))));
    assertValid(SchemaCheck.PLAN.errors("FitAssessment", JSON.write(analysis.assessments().get(0))));
  }

  @Test
  void activity_writtenFully_isValidAgainstItsDefinition() {
    Activity activity =
        Activity.builder()
            .id("A-1")
            .name("Audit interviews")
            .kind(ActivityKind.AUDIT_INTERVIEWS)
            .estimate(ThreePointEstimate.of(2, 3.5, 8))
            .addDependency(Dependency.of("A-0", DependencyType.START_TO_START, -1.5))
            .addDependency(Dependency.on("A-00"))
            .addRole("PROJECT_MANAGER")
            .addParticipant("S-1")
            .teamSize(3)
            .startNoEarlierThan(LocalDate.of(2027, 2, 28))
            .build();

    assertValid(SchemaCheck.PLAN.errors("Activity", JSON.write(activity)));
  }

  @Test
  void activity_withDefaultsAndNothingOptional_isValidAgainstItsDefinition() {
    Activity activity =
        Activity.builder()
            .id("m")
            .name("Go")
            .kind(ActivityKind.GATE_REVIEW)
            .estimate(ThreePointEstimate.milestone())
            .build();

    assertValid(SchemaCheck.PLAN.errors("Activity", JSON.write(activity)));
  }

  // ---- broken documents are refused where they are broken

  /**
   * A good document broken in one place.
   *
   * @param name what is wrong, for the test's display name
   * @param method whether the document is a method document rather than a plan document
   * @param edit the breakage, applied to the good document's tree
   * @param location the JSON Pointer at which the validator must report an error
   * @param keyword the schema keyword that must report it
   * @param refusedByReader whether {@link CrmJson} refuses the document too; where it does not,
   *     it repairs what the schema refuses (docs/WIRE-FORMAT.md lists those cases), and the
   *     library never writes such a document
   */
  record Breakage(
      String name,
      boolean method,
      Consumer<ObjectNode> edit,
      String location,
      String keyword,
      boolean refusedByReader) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void brokenDocument_isRefused_atTheBrokenValue(Breakage breakage) {
    ObjectNode document =
        (ObjectNode)
            tree(
                breakage.method()
                    ? JSON.write(StagedMethod.definition())
                    : JSON.write(ProgressPlan.plan()));
    breakage.edit().accept(document);

    SchemaCheck schema = breakage.method() ? SchemaCheck.METHOD : SchemaCheck.PLAN;
    List<Error> errors = schema.errors(document);

    assertThat(errors)
        .as(SchemaCheck.describe(errors))
        .anySatisfy(
            error -> {
              assertThat(error.getInstanceLocation().toString()).isEqualTo(breakage.location());
              assertThat(error.getKeyword()).isEqualTo(breakage.keyword());
            });
    Class<?> type = breakage.method() ? Method.class : ProjectPlan.class;
    String text = document.toString();
    if (breakage.refusedByReader()) {
      assertThatThrownBy(() -> JSON.read(text, type)).isInstanceOf(CrmJsonException.class);
    } else {
      assertThat(JSON.read(text, type)).isNotNull();
    }
  }

  static Stream<Breakage> breakages() {
    String activity = "/phases/0/activities/0";
    // The plan's assessment holds STRATEGY-02 settled, DATA-01 unanswered and DATA-02 in progress.
    String settled = "/readiness/answers/1";
    String unanswered = "/readiness/answers/6";
    String answered = "/readiness/answers/7";
    return Stream.of(
        plan("a date as a number", set("/context", "startDate", NODES.numberNode(20270104)),
            "/context/startDate", "type"),
        plan("a whole number as a string", set(activity, "teamSize", NODES.stringNode("3")),
            activity + "/teamSize", "type"),
        plan("null for a required value", set("", "name", NODES.nullNode()), "/name", "type"),
        plan("null for an optional value", set("/context", "targetFinish", NODES.nullNode()),
            "/context/targetFinish", "type", false),
        plan("a number where a string belongs", set(activity, "name", NODES.numberNode(5)),
            activity + "/name", "type"),
        plan("a missing required property", remove(activity, "kind"), activity, "required"),
        plan("a missing required object", remove("", "context"), "", "required"),
        plan("an unknown property", set("/lots/0", "colour", NODES.stringNode("blue")),
            "/lots/0", "additionalProperties"),
        plan("an enum constant that does not exist",
            set("/context", "industry", NODES.stringNode("PHARMA")), "/context/industry", "enum"),
        plan("an enum constant in lower case",
            set(activity, "kind", NODES.stringNode("strategic_objective")), activity + "/kind",
            "enum"),
        plan("no schemaVersion", remove("", "schemaVersion"), "", "required"),
        plan("a newer schemaVersion", set("", "schemaVersion", NODES.numberNode(2)),
            "/schemaVersion", "const"),
        plan("schemaVersion as a string", set("", "schemaVersion", NODES.stringNode("1")),
            "/schemaVersion", "const"),
        plan("a day that does not exist",
            set("/context", "startDate", NODES.stringNode("2027-02-30")), "/context/startDate",
            "format"),
        plan("a date not in ISO order",
            set("/context", "startDate", NODES.stringNode("04/01/2027")), "/context/startDate",
            "pattern"),
        plan("a date with a time",
            set("/context", "startDate", NODES.stringNode("2027-01-04T09:00:00")),
            "/context/startDate", "pattern"),
        plan("a negative estimate",
            set(activity + "/estimate", "optimistic", NODES.numberNode(-1)),
            activity + "/estimate/optimistic", "minimum"),
        plan("a team of nobody", set(activity, "teamSize", NODES.numberNode(0)),
            activity + "/teamSize", "minimum"),
        plan("an amount as a JSON number",
            set("/context/budget", "amount", NODES.numberNode(new BigDecimal("450000"))),
            "/context/budget/amount", "type"),
        plan("a negative amount", set("/context/budget", "amount", NODES.stringNode("-1")),
            "/context/budget/amount", "pattern"),
        plan("an amount with spaces", set("/context/budget", "amount", NODES.stringNode(" 10")),
            "/context/budget/amount", "pattern"),
        plan("a currency that is not a code",
            set("/context/budget", "currency", NODES.stringNode("euro")),
            "/context/budget/currency", "pattern"),
        plan("an identifier with a space", set("", "id", NODES.stringNode("my plan")), "/id",
            "pattern"),
        plan("an identifier starting with a dot", set(activity, "id", NODES.stringNode(".a")),
            activity + "/id", "pattern"),
        plan("an identifier of 65 characters", set("", "id", NODES.stringNode("p".repeat(65))),
            "/id", "pattern"),
        plan("a blank name", set("", "name", NODES.stringNode(" \t")), "/name", "pattern"),
        plan("no CRM module", set("/context", "modules", NODES.arrayNode()), "/context/modules",
            "minItems"),
        plan("a lot step whose activity is of another kind",
            set("/lots/0/training/activity", "kind", NODES.stringNode("TESTS")),
            "/lots/0/training/activity/kind", "const"),
        plan("a conditional go without conditions",
            edit("/gateDecisions/0", gate -> {
              gate.put("outcome", "GO_WITH_CONDITIONS");
              gate.set("conditions", NODES.arrayNode());
            }),
            "/gateDecisions/0/conditions", "minItems"),
        plan("a plain go with conditions",
            edit("/gateDecisions/0", gate -> {
              gate.put("outcome", "GO");
              gate.set("conditions", NODES.arrayNode().add("first fix the data model"));
            }),
            "/gateDecisions/0/conditions", "maxItems"),
        plan("a set holding a value twice",
            set(activity, "roles", NODES.arrayNode().add("PROJECT_MANAGER").add("PROJECT_MANAGER")),
            activity + "/roles", "uniqueItems", false),
        plan("an array where an object belongs", set(activity, "estimate", NODES.arrayNode()),
            activity + "/estimate", "type"),
        plan("a priority that does not exist",
            set("/fitGap/requirements/0", "priority", NODES.stringNode("MUST_HAVE")),
            "/fitGap/requirements/0/priority", "enum"),
        plan("resolution options for a requirement the package meets",
            set("/fitGap/assessments/0", "resolutionOptions", NODES.arrayNode().add("Develop it")),
            "/fitGap/assessments/0/resolutionOptions", "maxItems"),
        plan("a negative effort", set("/fitGap/assessments/0", "effortDays", NODES.numberNode(-1)),
            "/fitGap/assessments/0/effortDays", "minimum"),
        plan("a gap analysis without a budget", remove("/fitGap", "budget"), "/fitGap", "required"),
        plan("an unanswered readiness question with evidence",
            set(unanswered, "evidence", NODES.stringNode("A memo")), unanswered, "not"),
        plan("an answered readiness question without its date", remove(answered, "answeredOn"),
            answered, "required"),
        plan("a settled readiness question without evidence", remove(settled, "evidence"),
            settled, "required"),
        plan("a settled readiness question with a due date",
            set(settled, "dueOn", NODES.stringNode("2027-06-01")), settled, "not"),
        plan("a readiness answer status that does not exist",
            set(answered, "status", NODES.stringNode("DONE")), answered + "/status", "enum"),
        plan("a readiness assessment without its date", remove("/readiness", "assessedOn"),
            "/readiness", "required"),
        plan("a custom readiness question of no group",
            remove("/readiness/customQuestions/0", "group"), "/readiness/customQuestions/0",
            "required"),
        method("a method without phases", set("", "phases", NODES.arrayNode()), "/phases",
            "minItems"),
        method("a duration unit that does not exist",
            set("/phases/0/typicalDuration", "unit", NODES.stringNode("DAYS")),
            "/phases/0/typicalDuration/unit", "enum"),
        method("a negative duration",
            set("/phases/0/typicalDuration", "minimum", NODES.numberNode(-0.5)),
            "/phases/0/typicalDuration/minimum", "minimum"),
        method("a method fact that does not exist",
            edit("", root -> ((ArrayNode) root.get("facts")).insert(0, "F34")), "/facts/0",
            "enum"),
        method("a lot step template of a kind that is no lot step",
            set("/lotTemplate/steps/0", "kind", NODES.stringNode("TESTS")),
            "/lotTemplate/steps/0/kind", "enum"),
        method("a timeline of zero months",
            set("/timelineNorms", "nominalMonths", NODES.numberNode(0)),
            "/timelineNorms/nominalMonths", "exclusiveMinimum"),
        method("an unknown property in a phase template",
            set("/phases/1", "owner", NODES.stringNode("PMO")), "/phases/1",
            "additionalProperties"),
        method("no schemaVersion", remove("", "schemaVersion"), "", "required"),
        method("a newer schemaVersion", set("", "schemaVersion", NODES.numberNode(2)),
            "/schemaVersion", "const"));
  }

  private static Breakage plan(
      String name, Consumer<ObjectNode> edit, String location, String keyword) {
    return new Breakage(name, false, edit, location, keyword, true);
  }

  private static Breakage plan(
      String name,
      Consumer<ObjectNode> edit,
      String location,
      String keyword,
      boolean refusedByReader) {
    return new Breakage(name, false, edit, location, keyword, refusedByReader);
  }

  private static Breakage method(
      String name, Consumer<ObjectNode> edit, String location, String keyword) {
    return new Breakage(name, true, edit, location, keyword, true);
  }

  private static Consumer<ObjectNode> set(String object, String property, JsonNode value) {
    return edit(object, node -> node.set(property, value));
  }

  private static Consumer<ObjectNode> remove(String object, String property) {
    return edit(
        object,
        node -> assertThat(node.remove(property)).as(object + "/" + property).isNotNull());
  }

  /** Edits the object at a pointer, failing clearly when the good document has none there. */
  private static Consumer<ObjectNode> edit(String object, Consumer<ObjectNode> change) {
    return document -> {
      JsonNode node = document.at(object);
      assertThat(node.isObject())
          .as("the good document has an object at '%s' to break", object)
          .isTrue();
      change.accept((ObjectNode) node);
    };
  }

  // ----

  private static JsonNode tree(String json) {
    return JSON.mapper().readTree(json);
  }

  private static void assertValid(List<Error> errors) {
    assertThat(errors).as(SchemaCheck.describe(errors)).isEmpty();
  }
}
