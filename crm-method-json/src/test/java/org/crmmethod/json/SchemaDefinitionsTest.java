package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.catalogue.StartModuleCatalogue;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.ValidationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-kept schemas agree with the model and with the mix-ins, so that neither can drift from
 * the other unnoticed: each enum lists exactly the Java constants; each object definition names
 * exactly the properties the mapper writes, in the same order; a property is required exactly
 * when the reader cannot build the value without it; and identifiers and texts are accepted
 * exactly when the model accepts them.
 */
class SchemaDefinitionsTest {
  private static final CrmJson JSON = CrmJson.standard();

  /** Where the model types named by the definitions live. */
  private static final List<String> PACKAGES =
      List.of(
          "org.crmmethod.core.plan",
          "org.crmmethod.core.organisation",
          "org.crmmethod.core.startmodule",
          "org.crmmethod.core.startmodule.recommendation",
          "org.crmmethod.core.method",
          "org.crmmethod.core.readiness",
          "org.crmmethod.core.calendar",
          "org.crmmethod.core.fitgap",
          "org.crmmethod.core.validation",
          "org.crmmethod.core.schedule",
          "org.crmmethod.core.forecast",
          "org.crmmethod.core.estimation",
          "java.time");

  /** The shipped schemas, by the short name the tests give them. */
  private static final Map<String, String> SCHEMA_IDS =
      Map.of(
          "plan", WireFormat.PLAN_SCHEMA_ID,
          "method", WireFormat.METHOD_SCHEMA_ID,
          "results", WireFormat.RESULTS_SCHEMA_ID);

  /**
   * Letters and digits, mostly, and the characters at the edges of the identifier and text
   * patterns: separators, white space Java counts as such (tab, line feed, vertical tab, file
   * separator, em space, ideographic space) and the no-break spaces it does not.
   */
  private static final String ALPHABET =
      "aZ09aZ09aZ09aZ09._-._- \t\n\u000B\u001C\u00A0\u2003\u2007\u3000/é:İ";

  /** Definitions of plain JSON values that no model type stands behind. */
  private static final Set<String> VALUE_DEFINITIONS =
      Set.of("Id", "Text", "Date", "SchemaVersion");

  static Stream<Arguments> definitions() {
    List<Arguments> all = new ArrayList<>();
    for (String schema : List.of("plan", "method", "results")) {
      JsonNode defs = schema(schema).get("$defs");
      for (String name : defs.propertyNames()) {
        if (!VALUE_DEFINITIONS.contains(name)) {
          all.add(Arguments.of(schema, name));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("definitions")
  void definition_matchesTheModelAndTheMixIns(String schema, String name) {
    JsonNode definition = schema(schema).get("$defs").get(name);
    Class<?> type = modelType(name);

    if (type.isEnum()) {
      List<String> constants = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        constants.add(((Enum<?>) constant).name());
      }
      assertThat(strings(definition.get("enum"))).isEqualTo(constants);
    } else {
      assertThat(new ArrayList<>(definition.get("properties").propertyNames()))
          .as("the properties the mapper writes for %s, in order", name)
          .isEqualTo(writtenProperties(type));
      assertThat(definition.path("additionalProperties").isBoolean()).isTrue();
      assertThat(definition.path("additionalProperties").asBoolean()).isFalse();
    }
  }

  @Test
  void definitionsInBothSchemas_areTheSame() {
    JsonNode plan = schema("plan").get("$defs");
    JsonNode method = schema("method").get("$defs");
    List<String> shared = new ArrayList<>();
    for (String name : plan.propertyNames()) {
      if (method.has(name)) {
        shared.add(name);
        assertThat(method.get(name)).as(name).isEqualTo(plan.get(name));
      }
    }

    assertThat(shared).contains("Id", "Text", "Date");
  }

  /** The results schema refers to the plan and method schemas' definitions, and copies none. */
  @Test
  void resultsSchema_definesNothingThePlanOrMethodSchemaDefines() {
    Set<String> others = new TreeSet<>(schema("plan").get("$defs").propertyNames());
    others.addAll(schema("method").get("$defs").propertyNames());
    List<String> copied = new ArrayList<>();
    for (String name : schema("results").get("$defs").propertyNames()) {
      if (others.contains(name)) {
        copied.add(name);
      }
    }

    assertThat(copied).isEmpty();
    assertThat(references("results"))
        .anyMatch(ref -> ref.startsWith(WireFormat.PLAN_SCHEMA_ID + "#/$defs/"))
        .anyMatch(ref -> ref.startsWith(WireFormat.METHOD_SCHEMA_ID + "#/$defs/"));
  }

  @ParameterizedTest
  @MethodSource("schemaNames")
  void everyReference_namesADefinitionOfAShippedSchema(String schema) {
    for (String ref : references(schema)) {
      assertThat(Definition.of(schema, ref).node()).as("%s in %s", ref, schema).isNotNull();
    }
  }

  static Stream<String> schemaNames() {
    return Stream.of("plan", "method", "results");
  }

  /**
   * A {@code schemaVersion} is defined exactly for the types read as versioned documents, required
   * there, and always the constant {@value WireFormat#CURRENT_SCHEMA_VERSION}.
   */
  @Test
  void schemaVersion_isDefinedForTheDocumentTypesOnly() {
    Set<String> versioned = new TreeSet<>();
    for (String schema : SCHEMA_IDS.keySet()) {
      JsonNode defs = schema(schema).get("$defs");
      for (String name : defs.propertyNames()) {
        JsonNode version = defs.get(name).path("properties").get("schemaVersion");
        if (version == null) {
          continue;
        }
        versioned.add(name);
        assertThat(strings(defs.get(name).get("required"))).as(name).contains("schemaVersion");
        JsonNode resolved =
            version.has("$ref")
                ? Definition.of(schema, version.get("$ref").asString()).node()
                : version;
        assertThat(resolved.get("const").intValue())
            .as(name)
            .isEqualTo(WireFormat.CURRENT_SCHEMA_VERSION);
      }
    }

    assertThat(versioned)
        .containsExactlyInAnyOrderElementsOf(
            CrmJsonModule.DOCUMENT_TYPES.stream().map(Class::getSimpleName).toList());
  }

  /**
   * The identifier and text patterns accept exactly what the model accepts: an activity is built
   * with a string as its id (or its name) exactly when the schema's {@code Id} (or {@code Text})
   * accepts the string.
   */
  @Test
  void idAndTextPatterns_acceptWhatTheModelAccepts() {
    Gen<String> strings =
        lists()
            .of(
                integers()
                    .between(0, ALPHABET.length() - 1)
                    .map(i -> String.valueOf(ALPHABET.charAt(i))))
            .ofSizeBetween(0, 70)
            .map(characters -> String.join("", characters));
    qt().withExamples(2_000)
        .forAll(strings)
        .checkAssert(
            text -> {
              String json = JSON.mapper().writeValueAsString(text);
              assertThat(SchemaCheck.PLAN.errors("Id", json).isEmpty())
                  .as("Id accepts %s", json)
                  .isEqualTo(builds(text, "name"));
              assertThat(SchemaCheck.PLAN.errors("Text", json).isEmpty())
                  .as("Text accepts %s", json)
                  .isEqualTo(builds("id", text));
            });
  }

  private static boolean builds(String id, String name) {
    try {
      Activity.builder()
          .id(id)
          .name(name)
          .kind(ActivityKind.OTHER)
          .estimate(ThreePointEstimate.milestone())
          .build();
      return true;
    } catch (InvalidModelException e) {
      return false;
    }
  }

  /**
   * Reads real values with one property removed at a time: the reader fails for want of the
   * property exactly when the schema lists it as required. Every property that the written
   * catalogue documents hold is tried once, at its first occurrence.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void required_isExactlyWhatTheReaderCannotDoWithout(String label, String schema, String text) {
    JsonNode root = JSON.mapper().readTree(text);
    Map<Definition, Map<String, String>> firstSeen = new LinkedHashMap<>();
    walk(schema.split("#")[0], schema(schema), root, "", firstSeen);
    List<String> mismatches = new ArrayList<>();

    firstSeen.forEach(
        (definition, properties) -> {
          String name = definition.name();
          Set<String> required = new TreeSet<>(strings(definition.node().path("required")));
          Set<String> needed = new TreeSet<>();
          properties.forEach(
              (property, pointer) -> {
                ObjectNode value = (ObjectNode) root.at(pointer).deepCopy();
                value.remove(property);
                if (refusedForWantOf(property, value.toString(), modelType(name))) {
                  needed.add(property);
                }
              });
          // Only properties seen in the document can be tried; a required one is always there.
          required.retainAll(properties.keySet());
          if (!required.equals(needed)) {
            mismatches.add(
                definition + ": schema requires " + required + ", reader needs " + needed);
          }
        });

    assertThat(mismatches).isEmpty();
    assertThat(firstSeen).isNotEmpty();
  }

  static Stream<Arguments> documents() {
    return Stream.concat(catalogueDocuments(), resultDocuments());
  }

  static Stream<Arguments> catalogueDocuments() {
    return Stream.of(
        Arguments.of("reference plan", "plan", JSON.write(PharmaReferencePlan.plan())),
        Arguments.of("plan with progress", "plan", JSON.write(ProgressPlan.plan())),
        Arguments.of("staged method", "method", JSON.write(StagedMethod.definition())),
        Arguments.of("lot rollout", "method", JSON.write(LotRollout.differentiating())),
        Arguments.of(
            "readiness questionnaire",
            "method#ReadinessQuestionnaire",
            JSON.write(ReadinessCatalogue.questionnaire())),
        Arguments.of("calendar", "method#WorkingCalendar", JSON.write(Calendars.france())),
        Arguments.of(
            "start module profile",
            "plan#StartModuleProfile",
            JSON.write(StartModuleCatalogue.profiles().get(0))),
        Arguments.of(
            "fit-gap report with an unassessed requirement",
            "results#FitGapReport",
            JSON.write(FitGapAnalyser.standard().analyse(ProgressPlan.plan().fitGap().orElseThrow()))),
        Arguments.of(
            "candidate assessment",
            "results#CandidateAssessment",
            JSON.write(
                StartModuleRecommender.standard()
                    .assess(PharmaReferencePlan.plan().context())
                    .get(0))),
        Arguments.of(
            "validation settings",
            "results#ValidationSettings",
            JSON.write(ValidationSettings.builder().minimumRealUseWeeks(4).build())),
        Arguments.of(
            "histogram",
            "results#Histogram",
            JSON.write(
                ((Forecast) ResultSamples.document(Forecast.class).value()).histogram(10))));
  }

  /** Every kind of result document, whose parts nest those of the plan and method schemas. */
  static Stream<Arguments> resultDocuments() {
    return ResultSamples.documents().stream()
        .map(
            document ->
                Arguments.of(
                    document.toString(),
                    "results#" + document.type().getSimpleName(),
                    JSON.write(document.value())));
  }

  private static boolean refusedForWantOf(String property, String json, Class<?> type) {
    try {
      JSON.read(json, type);
      return false;
    } catch (CrmJsonException e) {
      return switch (e.problem()) {
        case MISSING_PROPERTY -> true;
        case UNSUPPORTED_VERSION -> property.equals(WireFormat.SCHEMA_VERSION_PROPERTY);
        // e.g. a collection the model wants non-empty: not required, but invalid when absent
        case INVALID_VALUE -> false;
        default -> fail("unexpected failure without %s: %s", property, e.getMessage());
      };
    }
  }

  /**
   * Walks a document along the schema, noting for each definition the first place each of its
   * properties occurs. References are followed into whichever shipped schema they name.
   */
  private static void walk(
      String schemaName,
      JsonNode schema,
      JsonNode value,
      String pointer,
      Map<Definition, Map<String, String>> firstSeen) {
    Definition definition = null;
    String within = schemaName;
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      definition = Definition.of(within, resolved.get("$ref").asString());
      within = definition.schema();
      resolved = definition.node();
    }
    if (value.isObject() && resolved.has("properties")) {
      JsonNode properties = resolved.get("properties");
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        if (definition != null) {
          firstSeen
              .computeIfAbsent(definition, key -> new LinkedHashMap<>())
              .putIfAbsent(property.getKey(), pointer);
        }
        JsonNode propertySchema = properties.get(property.getKey());
        if (propertySchema != null) {
          String at = pointer + "/" + property.getKey();
          walk(within, propertySchema, property.getValue(), at, firstSeen);
        }
      }
    } else if (value.isObject() && resolved.path("additionalProperties").isObject()) {
      // a map: every member follows the same schema
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        String at = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        walk(within, resolved.get("additionalProperties"), member.getValue(), at, firstSeen);
      }
    } else if (value.isArray() && resolved.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(within, resolved.get("items"), value.get(i), pointer + "/" + i, firstSeen);
      }
    }
  }

  /**
   * A definition of one of the shipped schemas.
   *
   * @param schema the schema's short name: plan, method or results
   * @param name the definition's name under {@code $defs}
   */
  private record Definition(String schema, String name) {
    private static final String DEFS = "#/$defs/";

    /** The definition a {@code $ref} names, read in the schema that holds the reference. */
    static Definition of(String within, String ref) {
      int at = ref.indexOf(DEFS);
      assertThat(at).as("a reference to a definition: %s", ref).isNotNegative();
      String target = within;
      if (at > 0) {
        String id = ref.substring(0, at);
        target =
            SCHEMA_IDS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shipped schema has the id " + id));
      }
      return new Definition(target, ref.substring(at + DEFS.length()));
    }

    JsonNode node() {
      return SchemaDefinitionsTest.schema(schema).get("$defs").get(name);
    }

    @Override
    public String toString() {
      return schema + "#" + name;
    }
  }

  /** Every {@code $ref} of a schema, wherever it stands. */
  private static List<String> references(String schema) {
    List<String> refs = new ArrayList<>();
    collectReferences(schema(schema), refs);
    return refs;
  }

  private static void collectReferences(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals("$ref") && member.getValue().isString()) {
          refs.add(member.getValue().asString());
        } else {
          collectReferences(member.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectReferences(element, refs));
    }
  }

  /** The properties the mapper writes for a type, in the order it writes them. */
  private static List<String> writtenProperties(Class<?> type) {
    List<String> names = new ArrayList<>();
    JSON.mapper()
        .acceptJsonFormatVisitor(
            type,
            new JsonFormatVisitorWrapper.Base() {
              @Override
              public JsonObjectFormatVisitor expectObjectFormat(JavaType visited) {
                return new JsonObjectFormatVisitor.Base(getContext()) {
                  @Override
                  public void property(BeanProperty property) {
                    names.add(property.getName());
                  }

                  @Override
                  public void optionalProperty(BeanProperty property) {
                    names.add(property.getName());
                  }
                };
              }
            });
    return names;
  }

  private static Class<?> modelType(String name) {
    for (String pkg : PACKAGES) {
      Optional<Class<?>> found = load(pkg + "." + name);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return fail("no model type is named %s in %s", name, PACKAGES);
  }

  private static Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** A schema, or with "#Name" one of its definitions as the root of a lone value. */
  private static JsonNode schema(String which) {
    String[] parts = which.split("#");
    JsonNode schema = SCHEMAS.computeIfAbsent(parts[0], SchemaDefinitionsTest::parse);
    if (parts.length == 1) {
      return schema;
    }
    ObjectNode rooted = (ObjectNode) schema.deepCopy();
    rooted.put("$ref", "#/$defs/" + parts[1]);
    return rooted;
  }

  private static final Map<String, JsonNode> SCHEMAS = new ConcurrentHashMap<>();

  private static JsonNode parse(String name) {
    String text =
        switch (name) {
          case "plan" -> WireFormat.planSchema();
          case "method" -> WireFormat.methodSchema();
          case "results" -> WireFormat.resultsSchema();
          default -> throw new IllegalArgumentException("no schema is called " + name);
        };
    return JSON.mapper().readTree(text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.asString()));
    return strings;
  }
}
