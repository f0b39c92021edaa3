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
import java.util.stream.Stream;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.catalogue.StartModuleCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ThreePointEstimate;
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
          "org.crmmethod.core.method",
          "org.crmmethod.core.readiness",
          "org.crmmethod.core.calendar",
          "java.time");

  /**
   * Letters and digits, mostly, and the characters at the edges of the identifier and text
   * patterns: separators, white space Java counts as such (tab, line feed, vertical tab, file
   * separator, em space, ideographic space) and the no-break spaces it does not.
   */
  private static final String ALPHABET =
      "aZ09aZ09aZ09aZ09._-._- \t\n\u000B\u001C\u00A0\u2003\u2007\u3000/é:İ";

  /** Definitions of plain JSON values that no model type stands behind. */
  private static final Set<String> VALUE_DEFINITIONS = Set.of("Id", "Text", "Date");

  static Stream<Arguments> definitions() {
    List<Arguments> all = new ArrayList<>();
    for (String schema : List.of("plan", "method")) {
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

    assertThat(shared).containsAll(VALUE_DEFINITIONS);
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
    Map<String, Map<String, String>> firstSeen = new LinkedHashMap<>();
    JsonNode defs = schema(schema).get("$defs");
    walk(defs, schema(schema), root, "", firstSeen);
    List<String> mismatches = new ArrayList<>();

    firstSeen.forEach(
        (name, properties) -> {
          JsonNode definition = defs.get(name);
          Set<String> required = new TreeSet<>(strings(definition.path("required")));
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
            mismatches.add(name + ": schema requires " + required + ", reader needs " + needed);
          }
        });

    assertThat(mismatches).isEmpty();
    assertThat(firstSeen).isNotEmpty();
  }

  static Stream<Arguments> documents() {
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
        Arguments.of("readiness report", "plan#ReadinessReport", JSON.write(ReadinessSamples.report())),
        Arguments.of(
            "start module profile",
            "plan#StartModuleProfile",
            JSON.write(StartModuleCatalogue.profiles().get(0))));
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
   * properties occurs.
   */
  private static void walk(
      JsonNode defs,
      JsonNode schema,
      JsonNode value,
      String pointer,
      Map<String, Map<String, String>> firstSeen) {
    String name = null;
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      name = resolved.get("$ref").asString().substring("#/$defs/".length());
      resolved = defs.get(name);
    }
    if (value.isObject() && resolved.has("properties")) {
      JsonNode properties = resolved.get("properties");
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        if (name != null) {
          firstSeen
              .computeIfAbsent(name, key -> new LinkedHashMap<>())
              .putIfAbsent(property.getKey(), pointer);
        }
        JsonNode propertySchema = properties.get(property.getKey());
        if (propertySchema != null) {
          String at = pointer + "/" + property.getKey();
          walk(defs, propertySchema, property.getValue(), at, firstSeen);
        }
      }
    } else if (value.isArray() && resolved.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(defs, resolved.get("items"), value.get(i), pointer + "/" + i, firstSeen);
      }
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
    String text = parts[0].equals("plan") ? WireFormat.planSchema() : WireFormat.methodSchema();
    JsonNode schema = JSON.mapper().readTree(text);
    if (parts.length == 1) {
      return schema;
    }
    ObjectNode rooted = (ObjectNode) schema.deepCopy();
    rooted.put("$ref", "#/$defs/" + parts[1]);
    return rooted;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.asString()));
    return strings;
  }
}
