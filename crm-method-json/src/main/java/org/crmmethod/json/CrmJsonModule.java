package org.crmmethod.json;

import java.util.List;
import java.util.Optional;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.json.mixin.MixIns;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;

/**
 * The Jackson 3 module that maps crm-method's model and results to the wire format, without any
 * annotation in core: mix-ins name the properties and their order, generated builders build the
 * values (so every invariant of the model is checked while reading), and plan, method and result
 * documents carry a {@code schemaVersion}.
 *
 * <p>The module is registered as a service, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it; {@link CrmJson#mapperBuilder()} adds it together with the mapper settings the format
 * relies on (strict reading, limits, deterministic order). A mapper with only the module reads and
 * writes the same documents but keeps Jackson's own defaults for everything else, such as accepting
 * unknown properties.
 */
public final class CrmJsonModule extends JacksonModule {
  private final int currentVersion;
  private final List<WireMigration> migrations;

  /** Creates the module for the current wire format version; this is what ServiceLoader calls. */
  public CrmJsonModule() {
    this(WireFormat.CURRENT_SCHEMA_VERSION, WireFormat.migrations());
  }

  CrmJsonModule(int currentVersion, List<WireMigration> migrations) {
    this.currentVersion = currentVersion;
    this.migrations = List.copyOf(migrations);
  }

  @Override
  public String getModuleName() {
    return "crm-method";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.crmmethod", "crm-method-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    MixIns.registerAll(context);
    context.addDeserializerModifier(new VersionedDocuments());
  }

  /**
   * The types read as versioned documents: plans and methods, and the results that are stored as
   * documents of their own. A result's parts (a {@code Finding}, a {@code ScheduledActivity}, a
   * {@code Histogram}) are not documents; a document nested in another (the plan of a schedule,
   * the forecast of a credibility) keeps its own version.
   */
  static final List<Class<?>> DOCUMENT_TYPES =
      List.of(
          ProjectPlan.class,
          Method.class,
          ValidationReport.class,
          Schedule.class,
          Forecast.class,
          PertAnalysis.class,
          Credibility.class,
          TimelineSkeleton.class,
          WhatIf.class,
          StartModuleRecommendation.class,
          FitGapReport.class,
          GapClosurePlan.class,
          ReadinessReport.class);

  /** Puts the schema version check in front of the deserializers of the document types. */
  private final class VersionedDocuments extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return documentType(description.getBeanClass())
          .<ValueDeserializer<?>>map(
              document ->
                  new VersionedDocumentDeserializer(
                      deserializer, document, currentVersion, migrations))
          .orElse(deserializer);
    }

    /**
     * The document type a type is read as, if it is one. Values read through a builder are
     * described here by their builder class (e.g. {@code Method.Builder}), not by the value class,
     * so the classes enclosing the type are checked as well.
     */
    private static Optional<Class<?>> documentType(Class<?> type) {
      for (Class<?> candidate = type; candidate != null; candidate = candidate.getEnclosingClass()) {
        for (Class<?> document : DOCUMENT_TYPES) {
          if (document.isAssignableFrom(candidate)) {
            return Optional.of(document);
          }
        }
      }
      return Optional.empty();
    }
  }
}
