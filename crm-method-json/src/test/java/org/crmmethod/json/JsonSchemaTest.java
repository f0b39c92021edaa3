package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.time.LocalDate;
import java.util.List;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;

/** Every document the library writes is valid against the shipped schemas. */
class JsonSchemaTest {
  private static final CrmJson JSON = CrmJson.standard();

  // ---- fragments: the value types mapped so far, against their $defs

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

  @Test
  void dependencyAndEstimate_areValidAgainstTheirDefinitions() {
    assertValid(
        SchemaCheck.PLAN.errors(
            "Dependency", JSON.write(Dependency.of("x", DependencyType.FINISH_TO_FINISH, 2))));
    assertValid(
        SchemaCheck.PLAN.errors("ThreePointEstimate", JSON.write(ThreePointEstimate.exactly(0))));
  }

  private static void assertValid(List<Error> errors) {
    assertThat(errors).as(SchemaCheck.describe(errors)).isEmpty();
  }
}
