package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module is a service: a plain mapper that looks for modules reads and writes the format. */
class ModuleDiscoveryTest {

  @Test
  void theModuleIsAService_onTheModulePathAndOnTheClassPath() throws Exception {
    Module module = CrmJsonModule.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getDescriptor().provides())
          .anySatisfy(
              provides -> {
                assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
                assertThat(provides.providers()).containsExactly(CrmJsonModule.class.getName());
              });
    }
    try (InputStream services =
        CrmJsonModule.class.getResourceAsStream(
            "/META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(CrmJsonModule.class.getName());
    }
  }

  @Test
  void findAndAddModules_readsAndWritesTheSameDocuments() {
    JsonMapper found =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    assertThat(found.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(CrmJsonModule.class));

    ProjectPlan plan = PharmaReferencePlan.plan();
    String standard = CrmJson.standard().write(plan);
    assertThat(found.writeValueAsString(plan)).isEqualTo(standard);
    assertThat(found.readValue(standard, ProjectPlan.class)).isEqualTo(plan);

    Method method = StagedMethod.definition();
    assertThat(found.readValue(CrmJson.standard().write(method), Method.class)).isEqualTo(method);
  }

  @Test
  void module_hasAName() {
    assertThat(new CrmJsonModule().getModuleName()).isEqualTo("crm-method");
  }
}
