package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A lot's workstreams run in parallel, not one after the other (F14). Each workstream spans from
 * the early start of its first activity to the early finish of its last; taken in order of their
 * start, each workstream must start before all the earlier ones have finished. Activities within
 * one workstream may follow each other.
 */
final class WorkstreamsInParallel extends BuiltInRule {
  WorkstreamsInParallel() {
    super(BuiltInRules.WORKSTREAMS_IN_PARALLEL, Severity.WARNING, "A lot's workstreams overlap in time", MethodFact.F14);
  }

  /** A workstream's span in a lot. */
  private record Span(WorkstreamKind kind, double start, double finish) {}

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (!context.isScheduled()) {
      return;
    }
    for (Lot lot : context.plan().lots()) {
      Map<WorkstreamKind, double[]> bounds = new EnumMap<>(WorkstreamKind.class);
      for (Activity activity : lot.workstreams()) {
        if (activity.kind().workstream().isEmpty()) {
          continue;
        }
        double start = context.earlyStart(activity.id()).getAsDouble();
        double finish = context.earlyFinish(activity.id()).getAsDouble();
        bounds.merge(
            activity.kind().workstream().get(),
            new double[] {start, finish},
            (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
      List<Span> spans = new ArrayList<>();
      bounds.forEach((kind, span) -> {
        if (span[1] > span[0]) {
          spans.add(new Span(kind, span[0], span[1]));
        }
      });
      spans.sort(Comparator.comparingDouble(Span::start).thenComparing(Span::kind));
      double reach = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < spans.size(); i++) {
        Span span = spans.get(i);
        if (i > 0 && span.start() >= reach) {
          findings.report(
              PlanPath.lot(lot.id()) + ".workstreams",
              "The " + span.kind() + " workstream of lot '" + lot.id() + "' starts on working day " + plain(span.start())
                  + ", only once every workstream before it has finished (day " + plain(reach) + "): the lot runs its workstreams in sequence",
              "Start the workstreams together, linked start-to-start, and let tests follow configuration with a lag.");
        }
        reach = Math.max(reach, span.finish());
      }
    }
  }
}
