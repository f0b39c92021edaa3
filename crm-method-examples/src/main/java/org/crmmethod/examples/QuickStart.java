package org.crmmethod.examples;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;

/** The README's quick start: read the reference plan's phases and the gates that close them. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints each phase of the reference plan with its typical duration and exit gate.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ProjectPlan plan = PharmaReferencePlan.plan();
    Method method = StagedMethod.definition();

    for (Phase phase : plan.phases()) {
      PhaseTemplate template = method.phase(phase.template().orElseThrow()).orElseThrow();
      QualityGate gate = method.gate(template.exitGate().orElseThrow()).orElseThrow();
      System.out.printf("%-40s %-14s %d activities, closed by '%s' (%s decides)%n",
          phase.name(),
          template.typicalDuration().describe(),
          phase.activities().size(),
          gate.name(),
          method.role(gate.approvingRole()).orElseThrow().name());
    }
    plan.lots().forEach(lot ->
        System.out.println(lot.id() + " " + lot.name() + ": " + lot.activities().size() + " activities"));
  }
}
