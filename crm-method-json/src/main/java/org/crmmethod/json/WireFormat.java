package org.crmmethod.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The versioning of crm-method's JSON documents: every plan, method and result document carries a
 * top-level {@value #SCHEMA_VERSION_PROPERTY}, and a reader refuses documents written by a newer
 * version of the format than its own.
 *
 * <p>The version is written as the first property of the document; a reader also accepts it
 * anywhere in the top-level object, at the cost of reading that document through a tree.
 * Documents of an older version are upgraded by the {@link #migrations()} before they are bound.
 *
 * <p>The format of each kind of document is also described by a JSON Schema (draft 2020-12) that
 * ships in this jar: {@link #planSchema()}, {@link #methodSchema()} and {@link #resultsSchema()}.
 * A document this library writes is valid against its schema; the schema checks each value on its
 * own (types, required properties, identifiers, enums, dates, bounds), while checks across values,
 * such as references that resolve, are left to the reader and the validator.
 */
public final class WireFormat {
  /** The name of the top-level property that holds a document's schema version. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  /** The schema version this library writes, and the newest it reads. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  /** The {@code $id} of the plan document schema, {@link #planSchema()}. */
  public static final String PLAN_SCHEMA_ID = "urn:crm-method:schema:plan:1";

  /** The {@code $id} of the method document schema, {@link #methodSchema()}. */
  public static final String METHOD_SCHEMA_ID = "urn:crm-method:schema:method:1";

  /** The {@code $id} of the result documents schema, {@link #resultsSchema()}. */
  public static final String RESULTS_SCHEMA_ID = "urn:crm-method:schema:results:1";

  private static final String SCHEMA_FOLDER = "schema/";

  private WireFormat() {}

  /**
   * Returns the JSON Schema of plan documents ({@code ProjectPlan} at top level) for the current
   * version, {@value #PLAN_SCHEMA_ID}. Its {@code $defs} hold one schema per model type of the plan
   * side, e.g. {@code #/$defs/Activity}, which also validate a lone value of that type.
   *
   * @return the schema's text, JSON Schema draft 2020-12
   */
  public static String planSchema() {
    return Schemas.PLAN;
  }

  /**
   * Returns the JSON Schema of method documents ({@code Method} at top level) for the current
   * version, {@value #METHOD_SCHEMA_ID}. Its {@code $defs} hold one schema per model type of the
   * method side, readiness questionnaires and working calendars included.
   *
   * @return the schema's text, JSON Schema draft 2020-12
   */
  public static String methodSchema() {
    return Schemas.METHOD;
  }

  /**
   * Returns the JSON Schema of result documents for the current version, {@value
   * #RESULTS_SCHEMA_ID}: validation reports, schedules, forecasts, PERT analyses, credibilities,
   * timeline skeletons, what-ifs, start-module recommendations, fit-gap reports, gap-closure plans
   * and readiness reports. Its root accepts a document of any of these kinds; its {@code $defs}
   * hold one schema per result type, e.g. {@code #/$defs/Forecast}, which checks one kind of
   * document (or a lone part, such as a {@code Histogram}) and reports errors more precisely.
   *
   * <p>The plans, activities, estimates and calendars inside results are described by reference to
   * the plan and method schemas ({@code urn:crm-method:schema:plan:1#/$defs/ProjectPlan}, ...), not
   * copied: give a validator all three schemas, each under its id.
   *
   * @return the schema's text, JSON Schema draft 2020-12
   */
  public static String resultsSchema() {
    return Schemas.RESULTS;
  }

  /**
   * Returns the steps that upgrade older documents, one per older version, oldest first.
   *
   * @return the migrations; empty while the format has a single version
   */
  public static List<WireMigration> migrations() {
    return List.of();
  }

  /** The schemas, read from this module's own resources the first time one is asked for. */
  private static final class Schemas {
    static final String PLAN = read("plan.schema.json");
    static final String METHOD = read("method.schema.json");
    static final String RESULTS = read("results.schema.json");

    private static String read(String name) {
      // A class reads resources of its own module whether or not their package is open.
      try (InputStream in = WireFormat.class.getResourceAsStream(SCHEMA_FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + SCHEMA_FOLDER + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SCHEMA_FOLDER + name, e);
      }
    }
  }
}
