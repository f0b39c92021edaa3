package org.crmmethod.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schemas, loaded into the networknt validator as a reader of the published format
 * would load them: by their {@code $id}, with {@code format} asserted (draft 2020-12 only annotates
 * it unless asked) and error locations as JSON Pointers, like {@link CrmJsonException#pointer()}.
 */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(
                      Map.of(
                          WireFormat.PLAN_SCHEMA_ID, WireFormat.planSchema(),
                          WireFormat.METHOD_SCHEMA_ID, WireFormat.methodSchema(),
                          WireFormat.RESULTS_SCHEMA_ID, WireFormat.resultsSchema()))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .formatAssertionsEnabled(true)
                          .pathType(PathType.JSON_POINTER)
                          .locale(Locale.ENGLISH)
                          .build()));

  /** The plan document schema. */
  static final SchemaCheck PLAN = new SchemaCheck(WireFormat.PLAN_SCHEMA_ID);

  /** The method document schema. */
  static final SchemaCheck METHOD = new SchemaCheck(WireFormat.METHOD_SCHEMA_ID);

  /** The result documents schema, which refers to the other two. */
  static final SchemaCheck RESULTS = new SchemaCheck(WireFormat.RESULTS_SCHEMA_ID);

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final String id;
  private final Schema document;

  private SchemaCheck(String id) {
    this.id = id;
    this.document = REGISTRY.getSchema(SchemaLocation.of(id));
  }

  /** The errors of a whole document. */
  List<Error> errors(JsonNode document) {
    return this.document.validate(document);
  }

  /** The errors of a whole document given as text. */
  List<Error> errors(String document) {
    return errors(TREES.readTree(document));
  }

  /** The errors of a lone value against one of the schema's {@code $defs}, e.g. "Activity". */
  List<Error> errors(String definition, String value) {
    return REGISTRY
        .getSchema(SchemaLocation.of(id + "#/$defs/" + definition))
        .validate(TREES.readTree(value));
  }

  /** The errors, one a line, for assertion messages. */
  static String describe(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error)
        .collect(Collectors.joining("\n"));
  }
}
