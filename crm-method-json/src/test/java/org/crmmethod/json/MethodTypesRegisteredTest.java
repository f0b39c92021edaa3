package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.json.MethodSamples.INDENTED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every value type of the method, readiness and calendar packages has a wire format: the core's
 * classes are listed to find every generated {@code Immutable*} type, each must be in the hand
 * list below with a sample in which every attribute is present, and for each the value and builder
 * mix-ins are registered, the sample round-trips, and its document names exactly the type's
 * attributes, in their declaration order.
 *
 * <p>The attributes are read off the generated class's instance fields (Immutables stores one per
 * attribute and marks its own bookkeeping {@code transient}), whose reflective order is the
 * declaration order on the JVMs the build runs on.
 */
class MethodTypesRegisteredTest {

  /** The owned packages, each named by one of its classes. */
  private static final List<Class<?>> PACKAGES =
      List.of(Method.class, ReadinessQuestion.class, WorkingCalendar.class);

  private static final Pattern IMMUTABLE_CLASS = Pattern.compile("Immutable([A-Za-z0-9]+)\\.class");

  /** Each owned value type, with a sample in which every optional is present. */
  private static Map<Class<?>, Object> samples() {
    Method method = MethodSamples.everyAttributeMethod();
    PhaseTemplate phase = method.phases().get(1);
    LotTemplate lots = method.lotTemplate().orElseThrow();
    ReadinessQuestionnaire questionnaire = ReadinessCatalogue.questionnaire();
    return Map.ofEntries(
        Map.entry(Method.class, method),
        Map.entry(PhaseTemplate.class, phase),
        Map.entry(DeliverableType.class, method.deliverableTypes().get(0)),
        Map.entry(DurationRange.class, phase.typicalDuration()),
        Map.entry(LotStepTemplate.class, lots.steps().get(0)),
        Map.entry(LotTemplate.class, lots),
        Map.entry(QualityGate.class, method.gates().get(0)),
        Map.entry(Role.class, method.roles().get(0)),
        Map.entry(TeamNorm.class, method.phases().get(0).teamNorms().get(0)),
        Map.entry(TimelineNorms.class, method.timelineNorms().orElseThrow()),
        Map.entry(ReadinessQuestion.class, questionnaire.questions().get(0)),
        Map.entry(ReadinessQuestionnaire.class, questionnaire),
        Map.entry(ReadinessAnswer.class, ReadinessSamples.fullAnswer()),
        Map.entry(ReadinessAssessment.class, ReadinessSamples.assessment()),
        Map.entry(ReadinessThresholds.class, ReadinessThresholds.of(40, 80)),
        Map.entry(ReadinessScore.class, ReadinessSamples.report().overall()),
        Map.entry(ReadinessBlocker.class, ReadinessSamples.fullBlocker()),
        Map.entry(ReadinessReport.class, ReadinessSamples.report()),
        Map.entry(WorkingCalendar.class, MethodSamples.userCalendar()));
  }

  static Stream<Arguments> ownedTypes() {
    return samples().entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.getName().compareTo(b.getName())))
        .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getKey(), entry.getValue()));
  }

  @Test
  void everyGeneratedTypeOfTheOwnedPackages_isListed() {
    Set<String> generated = new TreeSet<>();
    for (Class<?> anchor : PACKAGES) {
      for (String name : immutableTypesIn(anchor)) {
        generated.add(anchor.getPackageName() + "." + name);
      }
    }
    Set<String> listed = new TreeSet<>();
    for (Class<?> type : samples().keySet()) {
      listed.add(type.getName());
    }
    assertThat(generated).as("value types generated in the owned packages").isEqualTo(listed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownedTypes")
  void mixInsRegistered(String name, Class<?> type, Object sample) throws Exception {
    Class<?> immutable = immutableOf(type);
    Class<?> generatedBuilder = Class.forName(immutable.getName() + "$Builder");
    assertThat(INDENTED.mapper().serializationConfig().findMixInClassFor(type))
        .as("value mix-in of %s", name)
        .isNotNull();
    assertThat(INDENTED.mapper().deserializationConfig().findMixInClassFor(generatedBuilder))
        .as("builder mix-in of %s", name)
        .isNotNull();
    Class<?> builder = Class.forName(type.getName() + "$Builder");
    assertThat(generatedBuilder).isAssignableFrom(builder);
    assertThat(Modifier.isPublic(builder.getModifiers())).isTrue();
    assertThat(type.getMethod("builder").getReturnType()).isEqualTo(builder);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownedTypes")
  @SuppressWarnings("unchecked")
  void sampleRoundTrips(String name, Class<?> type, Object sample) {
    assertThat(sample).isInstanceOf(type);
    MethodSamples.assertRoundTrips(sample, (Class<Object>) type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownedTypes")
  void propertiesAreTheAttributes_inDeclarationOrder(String name, Class<?> type, Object sample)
      throws Exception {
    List<String> expected = new ArrayList<>();
    if (CrmJsonModule.DOCUMENT_TYPES.contains(type)) {
      expected.add(WireFormat.SCHEMA_VERSION_PROPERTY);
    }
    for (Field field : immutableOf(type).getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
        expected.add(field.getName());
      }
    }
    JsonNode document = INDENTED.mapper().readTree(INDENTED.write(sample));
    assertThat(List.copyOf(document.propertyNames())).isEqualTo(expected);
  }

  private static Class<?> immutableOf(Class<?> type) throws ClassNotFoundException {
    return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
  }

  /**
   * Lists the simple names of the value types generated in a package (the {@code X} of each
   * top-level {@code ImmutableX}), from the core module when it is on the module path, else from
   * the directory or jar it was loaded from.
   */
  private static Set<String> immutableTypesIn(Class<?> anchor) {
    String directory = anchor.getPackageName().replace('.', '/') + "/";
    List<String> entries;
    try {
      entries = anchor.getModule().isNamed() ? moduleEntries(anchor.getModule()) : codeSourceEntries(anchor);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    Set<String> names = new TreeSet<>();
    for (String entry : entries) {
      if (entry.startsWith(directory)) {
        Matcher matcher = IMMUTABLE_CLASS.matcher(entry.substring(directory.length()));
        if (matcher.matches()) {
          names.add(matcher.group(1));
        }
      }
    }
    assertThat(names).as("generated types found in %s", directory).isNotEmpty();
    return names;
  }

  private static List<String> moduleEntries(Module module) throws IOException {
    ModuleReference reference =
        module.getLayer().configuration().findModule(module.getName()).orElseThrow().reference();
    try (ModuleReader reader = reference.open(); Stream<String> names = reader.list()) {
      return names.toList();
    }
  }

  private static List<String> codeSourceEntries(Class<?> anchor) throws IOException {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException failure) {
      throw new IOException(failure);
    }
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        return files.map(file -> location.relativize(file).toString().replace('\\', '/')).toList();
      }
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      return jar.stream().map(entry -> entry.getName()).toList();
    }
  }
}
