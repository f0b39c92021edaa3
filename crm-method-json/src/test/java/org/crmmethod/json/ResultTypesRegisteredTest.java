package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.CoverageWeights;
import org.crmmethod.core.fitgap.DegreeOfFit;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.Gap;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.Histogram;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessThresholds;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionContribution;
import org.crmmethod.core.startmodule.recommendation.CriterionRating;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every result type of the validation, schedule, forecast, estimation, start-module
 * recommendation and fit-gap packages has a mix-in: the
 * generated value types and public records of those packages are found in the core module and must
 * all be in the list below; a record's mix-in orders exactly its components. The readiness report
 * and its parts are listed too; the readiness package as a whole, questionnaires and assessments
 * included, is searched by {@link MethodTypesRegisteredTest}.
 */
class ResultTypesRegisteredTest {
  private static final JsonMapper MAPPER = CrmJson.standard().mapper();

  private static final List<Class<?>> RESULT_TYPES =
      List.of(
          ValidationReport.class,
          Finding.class,
          ValidationSettings.class,
          Schedule.class,
          ScheduledActivity.class,
          Forecast.class,
          Histogram.class,
          FinishDriver.class,
          Credibility.class,
          PertAnalysis.class,
          TimelineSkeleton.class,
          WhatIf.class,
          StartModuleRecommendation.class,
          RankedModule.class,
          CriterionContribution.class,
          CriterionWeights.class,
          CandidateAssessment.class,
          CriterionRating.class,
          FitGapReport.class,
          Coverage.class,
          Gap.class,
          DegreeOfFit.class,
          GapClosurePlan.class,
          FitGapAnalysis.class,
          Requirement.class,
          FitAssessment.class,
          CoverageWeights.class,
          ReadinessReport.class,
          ReadinessScore.class,
          ReadinessBlocker.class,
          ReadinessThresholds.class);

  private static final List<Class<?>> PACKAGES =
      List.of(
          ValidationReport.class,
          Schedule.class,
          Forecast.class,
          WhatIf.class,
          StartModuleRecommendation.class,
          FitGapReport.class);

  @Test
  void everyValueTypeAndRecordOfTheResultPackages_isListed() throws Exception {
    Set<String> found = new TreeSet<>();
    List<String> entries = coreEntries();
    for (Class<?> anchor : PACKAGES) {
      String directory = anchor.getPackageName().replace('.', '/') + "/";
      for (String entry : entries) {
        String name = entry.startsWith(directory) ? entry.substring(directory.length()) : "";
        if (!name.endsWith(".class") || name.contains("/") || name.contains("$")) {
          continue;
        }
        String simple = name.substring(0, name.length() - ".class".length());
        if (simple.startsWith("Immutable")) {
          found.add(anchor.getPackageName() + "." + simple.substring("Immutable".length()));
        } else {
          Class<?> type = Class.forName(anchor.getPackageName() + "." + simple);
          if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
            found.add(type.getName());
          }
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    RESULT_TYPES.forEach(type -> listed.add(type.getName()));

    assertThat(found)
        .as("found in the core module")
        .contains(
            Finding.class.getName(), ScheduledActivity.class.getName(), WhatIf.class.getName());
    assertThat(listed).containsAll(found);
  }

  @Test
  void everyResultType_hasAValueMixIn_andEveryGeneratedOneABuilderMixIn() throws Exception {
    for (Class<?> type : RESULT_TYPES) {
      assertThat(MAPPER.serializationConfig().findMixInClassFor(type))
          .as(type.getSimpleName())
          .isNotNull();
      Class<?> immutable = immutableOf(type);
      if (immutable != null) {
        Class<?> builder = Class.forName(immutable.getName() + "$Builder");
        assertThat(MAPPER.deserializationConfig().findMixInClassFor(builder))
            .as("builder of %s", type.getSimpleName())
            .isNotNull();
      }
    }
  }

  @Test
  void aRecordsMixIn_ordersExactlyItsComponents() {
    for (Class<?> type : RESULT_TYPES) {
      if (!type.isRecord()) {
        continue;
      }
      Class<?> mixIn = MAPPER.serializationConfig().findMixInClassFor(type);
      List<String> components =
          Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

      assertThat(mixIn.getAnnotation(JsonPropertyOrder.class).value())
          .as(type.getSimpleName())
          .containsExactlyElementsOf(components);
    }
  }

  private static Class<?> immutableOf(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException notGenerated) {
      return null;
    }
  }

  private static List<String> coreEntries() throws IOException {
    Module core = Forecast.class.getModule();
    assertThat(core.isNamed()).as("core on the module path").isTrue();
    try (ModuleReader reader =
            core.getLayer()
                .configuration()
                .findModule(core.getName())
                .orElseThrow()
                .reference()
                .open();
        Stream<String> names = reader.list()) {
      return names.toList();
    }
  }
}
