package org.crmmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;

/** Runs the main example as a test, so that it cannot rot. */
class ReferencePlanTourTest {

  @Test
  void print_showsEveryPhaseLotGateAndDeliverable() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ProjectPlan plan = PharmaReferencePlan.plan();
    ReferencePlanTour.print(plan, StagedMethod.definition(), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String out = buffer.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("Laboratoires Alpine Santé", "1200000 EUR", "9 to 13 months");
    assertThat(out).contains("Phases", "Lots", "Quality gates", "Deliverables");
    for (Phase phase : plan.phases()) {
      assertThat(out).contains(phase.name());
    }
    assertThat(out).contains("3 months", "1 to 2 months", "2 to 3 months", "3 to 5 months");
    for (Lot lot : plan.lots()) {
      assertThat(out).contains(lot.id() + "  " + lot.name());
    }
    assertThat(out).contains("PRE_ACCEPTANCE > TRAINING > CUT_OVER > HYPERCARE > FINAL_ACCEPTANCE");
    for (QualityGate gate : StagedMethod.definition().gates()) {
      assertThat(out).contains(gate.id());
    }
    for (Deliverable deliverable : plan.deliverables()) {
      assertThat(out).contains(deliverable.id());
    }
  }

  @Test
  void main_printsToStandardOutput() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ReferencePlanTour.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith(PharmaReferencePlan.plan().name());
  }
}
