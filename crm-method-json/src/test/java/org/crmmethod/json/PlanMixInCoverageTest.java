package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.json.RoundTrips.assertRoundTrips;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every value type of the plan, organisation, start-module and fit-gap packages has its two mix-ins, the
 * mix-ins name exactly the type's attributes (so an attribute added to the model without its
 * property fails here, not silently in a document), the builder mix-in's setters exist with the
 * very parameter types of the generated builder (Jackson ignores a mix-in method that matches
 * nothing), and a value of each type round-trips.
 */
class PlanMixInCoverageTest {
  private static final String PLAN = "org.crmmethod.core.plan";
  private static final String ORGANISATION = "org.crmmethod.core.organisation";
  private static final String START_MODULE = "org.crmmethod.core.startmodule";
  private static final String FIT_GAP = "org.crmmethod.core.fitgap";

  /** The value types by package, as the Immutables processor names them without its prefix. */
  private static final Map<String, List<String>> TYPES = types();

  private final JsonMapper mapper = CrmJson.standard().mapper();

  private static Map<String, List<String>> types() {
    Map<String, List<String>> types = new LinkedHashMap<>();
    types.put(
        PLAN,
        List.of(
            "Activity",
            "Approval",
            "CutOver",
            "Deliverable",
            "Dependency",
            "FinalAcceptance",
            "GateDecision",
            "Hypercare",
            "Kpi",
            "LegacySystem",
            "Lot",
            "Meeting",
            "MeetingMinutes",
            "Money",
            "Phase",
            "PreAcceptance",
            "ProjectContext",
            "ProjectDecision",
            "ProjectPlan",
            "Reopening",
            "ThreePointEstimate",
            "Training"));
    types.put(
        ORGANISATION,
        List.of(
            "ChampionsTeam",
            "CrmObjective",
            "CustomerSegment",
            "Department",
            "Stakeholder",
            "Team"));
    types.put(START_MODULE, List.of("StartModuleChoice", "StartModuleProfile"));
    types.put(FIT_GAP, List.of("CoverageWeights", "FitAssessment", "FitGapAnalysis", "Requirement"));
    return types;
  }

  @Test
  void theListNamesEveryGeneratedValueTypeOfThePackages() throws Exception {
    for (Map.Entry<String, List<String>> entry : TYPES.entrySet()) {
      String pkg = entry.getKey();
      for (String name : entry.getValue()) {
        assertThat(Class.forName(pkg + ".Immutable" + name)).as(name).isNotNull();
      }
      assertThat(generatedValueTypes(pkg)).as(pkg).isEqualTo(new TreeSet<>(entry.getValue()));
    }
  }

  @Test
  void everyTypeAndItsBuilderHaveAMixIn() throws Exception {
    for (String type : allTypes()) {
      Class<?> value = valueClass(type);
      Class<?> builder = builderClass(type);
      assertThat(mapper.serializationConfig().findMixInClassFor(value)).as(type).isNotNull();
      assertThat(mapper.deserializationConfig().findMixInClassFor(builder)).as(type).isNotNull();
      Class<?> nested = Class.forName(value.getName() + "$Builder");
      assertThat(builder).as("%s extends %s", nested.getName(), builder.getName())
          .isAssignableFrom(nested);
    }
  }

  @Test
  void theValueMixInsWriteExactlyTheAttributes() throws Exception {
    for (String type : allTypes()) {
      Class<?> value = valueClass(type);
      Class<?> mixIn = mapper.serializationConfig().findMixInClassFor(value);
      Set<String> attributes = attributes(type);

      assertThat(Set.copyOf(Arrays.asList(mixIn.getAnnotation(JsonPropertyOrder.class).value())))
          .as("%s: @JsonPropertyOrder", type)
          .isEqualTo(attributes);
      assertThat(mixIn.getAnnotation(JsonPropertyOrder.class).value())
          .as("%s: @JsonPropertyOrder without repeats", type)
          .doesNotHaveDuplicates();
      List<Method> accessors = annotated(mixIn);
      assertThat(names(accessors)).as("%s: accessors", type).isEqualTo(attributes);
      for (Method accessor : accessors) {
        Method real = value.getMethod(accessor.getName());
        assertThat(accessor.getGenericReturnType().getTypeName())
            .as("%s.%s()", type, accessor.getName())
            .isEqualTo(real.getGenericReturnType().getTypeName());
      }
    }
  }

  @Test
  void theBuilderMixInsReadExactlyTheAttributesThroughRealSetters() throws Exception {
    for (String type : allTypes()) {
      Class<?> builder = builderClass(type);
      Class<?> mixIn = mapper.deserializationConfig().findMixInClassFor(builder);
      List<Method> setters = annotated(mixIn);

      assertThat(names(setters)).as("%s: setters", type).isEqualTo(attributes(type));
      for (Method setter : setters) {
        Method real = builder.getDeclaredMethod(setter.getName(), setter.getParameterTypes());
        assertThat(real.getGenericParameterTypes()[0].getTypeName())
            .as("%s.%s", builder.getName(), setter.getName())
            .isEqualTo(setter.getGenericParameterTypes()[0].getTypeName());
      }
    }
  }

  @Test
  void aValueOfEveryTypeRoundTrips() throws Exception {
    Map<Class<?>, Function<RandomModel, Object>> draws = RandomModel.byType();
    Set<Class<?>> listed = new HashSet<>();
    for (String type : allTypes()) {
      listed.add(valueClass(type));
    }
    assertThat(draws.keySet()).isEqualTo(listed);

    long seed = 20_270_104L;
    for (Map.Entry<Class<?>, Function<RandomModel, Object>> draw : draws.entrySet()) {
      Object value = draw.getValue().apply(new RandomModel(seed++));
      assertThat(value).isInstanceOf(draw.getKey());
      assertRoundTrips(value, draw.getKey());
    }
  }

  private static List<String> allTypes() {
    return TYPES.entrySet().stream()
        .flatMap(entry -> entry.getValue().stream().map(name -> entry.getKey() + "." + name))
        .toList();
  }

  private static Class<?> valueClass(String type) throws ClassNotFoundException {
    return Class.forName(type);
  }

  private static Class<?> builderClass(String type) throws ClassNotFoundException {
    int dot = type.lastIndexOf('.');
    return Class.forName(
        type.substring(0, dot + 1) + "Immutable" + type.substring(dot + 1) + "$Builder");
  }

  /** The attributes of a value type: the instance fields of its generated implementation. */
  private static Set<String> attributes(String type) throws ClassNotFoundException {
    int dot = type.lastIndexOf('.');
    Class<?> immutable =
        Class.forName(type.substring(0, dot + 1) + "Immutable" + type.substring(dot + 1));
    return Arrays.stream(immutable.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .filter(field -> !Modifier.isTransient(field.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Method> annotated(Class<?> mixIn) {
    List<Method> methods =
        Arrays.stream(mixIn.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(JsonProperty.class))
            .toList();
    for (Method method : methods) {
      assertThat(method.getAnnotation(JsonProperty.class).value())
          .as("the property name of %s.%s", mixIn.getSimpleName(), method.getName())
          .isEqualTo(method.getName());
    }
    return methods;
  }

  private static Set<String> names(List<Method> methods) {
    Set<String> names = new TreeSet<>();
    for (Method method : methods) {
      assertThat(names.add(method.getName())).as("one method per property: %s", method).isTrue();
    }
    return names;
  }

  /** The names, without the prefix, of the {@code Immutable*} top-level classes of a package. */
  private static Set<String> generatedValueTypes(String pkg)
      throws IOException, URISyntaxException {
    Path location =
        Path.of(ProjectPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = pkg.replace('.', '/') + "/";
    List<String> entries;
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(folder))) {
        entries = files.map(file -> folder + file.getFileName()).toList();
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        entries = jar.stream().map(entry -> entry.getName()).toList();
      }
    }
    Set<String> names = new TreeSet<>();
    for (String entry : entries) {
      String name = entry.startsWith(folder) ? entry.substring(folder.length()) : "";
      if (name.startsWith("Immutable") && name.endsWith(".class") && !name.contains("$")
          && !name.contains("/")) {
        names.add(name.substring("Immutable".length(), name.length() - ".class".length()));
      }
    }
    return names;
  }
}
