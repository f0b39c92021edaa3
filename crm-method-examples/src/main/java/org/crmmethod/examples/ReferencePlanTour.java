package org.crmmethod.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.LotStep;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Prints the built-in reference plan of a pharmaceutical laboratory as tables: its phases with the
 * staged method's typical durations and gates, its lots, the quality gates and the deliverables.
 */
public final class ReferencePlanTour {

  private ReferencePlanTour() {}

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(PharmaReferencePlan.plan(), StagedMethod.definition(), System.out);
  }

  /**
   * Prints a plan and the method it follows as readable tables.
   *
   * @param plan the plan
   * @param method the method the plan follows
   * @param out where to print
   */
  public static void print(ProjectPlan plan, Method method, PrintStream out) {
    out.printf("%s%n%s, %s project, following \"%s\" %s%n", plan.name(), plan.context().company(),
        plan.context().approach().name().toLowerCase(Locale.ROOT), method.name(), method.version());
    DurationRange typical = method.typicalDuration();
    out.printf("Starts %s, budget %s, %d activities; the method's phases take %s (%s)%n%n",
        plan.context().startDate(), plan.context().budget(), plan.activities().size(),
        typical.describe(),
        DurationRange.of(typical.minimumWorkingDays() / DurationUnit.MONTHS.workingDays(),
            typical.maximumWorkingDays() / DurationUnit.MONTHS.workingDays(), DurationUnit.MONTHS).describe());

    TextTable phases = TextTable.withHeaders("#", "Phase", "Name", "Typical duration", "Activities", "Exit gate");
    int position = 1;
    for (Phase phase : plan.phases()) {
      Optional<PhaseTemplate> template = phase.template().flatMap(method::phase);
      int lotActivities = plan.lots().stream()
          .filter(lot -> lot.phase().equals(phase.id()))
          .mapToInt(lot -> lot.activities().size())
          .sum();
      phases.addRow(
          position++,
          phase.id(),
          phase.name(),
          template.map(t -> t.typicalDuration().describe()).orElse("-"),
          phase.activities().size() + lotActivities,
          template.flatMap(PhaseTemplate::exitGate).orElse("-"));
    }
    section(out, "Phases", phases);

    TextTable lots = TextTable.withHeaders("Lot", "Name", "Modules", "Parallel workstreams", "Steps");
    for (Lot lot : plan.lots()) {
      lots.addRow(
          lot.id(),
          lot.name(),
          lot.modules().stream().map(CrmModule::label).collect(Collectors.joining(", ")),
          lot.workstreams().stream().map(a -> a.kind().name()).collect(Collectors.joining(", ")),
          lot.steps().stream().map(LotStep::activity).map(Activity::kind).map(Enum::name)
              .collect(Collectors.joining(" > ")));
    }
    section(out, "Lots", lots);

    TextTable gates = TextTable.withHeaders("Gate", "Name", "Decided by", "Scope", "Required deliverables");
    for (QualityGate gate : method.gates()) {
      gates.addRow(
          gate.id(),
          gate.name(),
          method.role(gate.approvingRole()).map(role -> role.name()).orElse(gate.approvingRole()),
          gate.perLot() ? "each lot" : "project",
          String.join(", ", gate.requiredDeliverables()));
    }
    section(out, "Quality gates", gates);

    TextTable deliverables = TextTable.withHeaders("Deliverable", "Type", "Phase", "Produced by", "Sections");
    for (Deliverable deliverable : plan.deliverables()) {
      List<String> sections = List.copyOf(deliverable.sections());
      deliverables.addRow(
          deliverable.id(),
          deliverable.type(),
          deliverable.phase(),
          deliverable.producedBy().orElse("-"),
          sections.isEmpty() ? "-" : String.join(", ", sections));
    }
    section(out, "Deliverables", deliverables);
  }

  private static void section(PrintStream out, String title, TextTable table) {
    out.println(title);
    out.println(table.render());
  }
}
