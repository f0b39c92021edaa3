package org.crmmethod.core.validation.rules;

import java.util.List;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** The dependencies between activities form no cycle, so that the plan can be scheduled. */
final class NoDependencyCycle extends BuiltInRule {
  NoDependencyCycle() {
    super(BuiltInRules.NO_DEPENDENCY_CYCLE, Severity.ERROR, "Activity dependencies form no cycle");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (List<String> cycle : context.dependencyCycles()) {
      findings.report(
          context.pathOf(cycle.get(0)) + ".dependencies",
          "Dependency cycle: " + String.join(" -> ", cycle)
              + " (each activity waits for the one before it); no schedule can satisfy it",
          "Remove or reverse one of the dependencies on this cycle.");
    }
  }
}
