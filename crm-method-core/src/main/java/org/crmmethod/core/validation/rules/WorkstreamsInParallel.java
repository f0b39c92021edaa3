package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A lot's workstreams run in parallel, not one after the other (F14): taken in order of their
 * early start, each workstream of non-zero length starts before all the earlier ones have
 * finished.
 */
final class WorkstreamsInParallel extends BuiltInRule {
  WorkstreamsInParallel() {
    super(BuiltInRules.WORKSTREAMS_IN_PARALLEL, Severity.WARNING, "A lot's workstreams overlap in time", MethodFact.F14);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (!context.isScheduled()) {
      return;
    }
    for (Lot lot : context.plan().lots()) {
      List<double[]> spans = new ArrayList<>();
      List<Activity> order = new ArrayList<>();
      for (Activity workstream : lot.workstreams()) {
        double start = context.earlyStart(workstream.id()).getAsDouble();
        double finish = context.earlyFinish(workstream.id()).getAsDouble();
        if (workstream.kind().workstream().isPresent() && finish > start) {
          spans.add(new double[] {start, finish, order.size()});
          order.add(workstream);
        }
      }
      spans.sort(Comparator.comparingDouble((double[] span) -> span[0]).thenComparingDouble(span -> span[2]));
      double reach = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < spans.size(); i++) {
        double[] span = spans.get(i);
        if (i > 0 && span[0] >= reach) {
          Activity late = order.get((int) span[2]);
          findings.report(
              context.pathOf(late.id()),
              "Workstream '" + late.id() + "' of lot '" + lot.id() + "' starts on working day " + plain(span[0])
                  + ", only once every earlier workstream has finished (day " + plain(reach) + "): the lot runs its workstreams in sequence",
              "Start the workstreams together, linked start-to-start, and let tests follow configuration with a lag.");
        }
        reach = Math.max(reach, span[1]);
      }
    }
  }
}
