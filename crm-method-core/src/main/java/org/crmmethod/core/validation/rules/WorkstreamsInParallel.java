package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.WorkstreamKind;
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
    List<Lot> lots = context.plan().lots();
    for (int l = 0; l < lots.size(); l++) {
      Lot lot = lots.get(l);
      WorkstreamKind[] kinds = WorkstreamKind.values();
      double[] starts = new double[kinds.length];
      double[] finishes = new double[kinds.length];
      Arrays.fill(starts, Double.POSITIVE_INFINITY);
      Arrays.fill(finishes, Double.NEGATIVE_INFINITY);
      int first = context.firstActivityIndex(l);
      for (int j = 0; j < lot.workstreams().size(); j++) {
        Optional<WorkstreamKind> kind = lot.workstreams().get(j).kind().workstream();
        if (kind.isPresent()) {
          int k = kind.get().ordinal();
          starts[k] = Math.min(starts[k], context.earlyStartAt(first + j));
          finishes[k] = Math.max(finishes[k], context.earlyFinishAt(first + j));
        }
      }
      List<Span> spans = new ArrayList<>();
      for (WorkstreamKind kind : kinds) {
        if (finishes[kind.ordinal()] > starts[kind.ordinal()]) {
          spans.add(new Span(kind, starts[kind.ordinal()], finishes[kind.ordinal()]));
        }
      }
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
