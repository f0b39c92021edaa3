package org.crmmethod.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.Training;

/** Edits of immutable plans for tests: each returns a new plan with one change. */
final class PlanEdits {
  private PlanEdits() {}

  /** Replaces every activity (of phases, lot workstreams and lot steps) that matches. */
  static ProjectPlan mapActivities(ProjectPlan plan, Predicate<Activity> which, UnaryOperator<Activity> change) {
    UnaryOperator<Activity> edit = activity -> which.test(activity) ? change.apply(activity) : activity;
    List<Phase> phases = new ArrayList<>();
    for (Phase phase : plan.phases()) {
      phases.add(Phase.builder().from(phase).activities(phase.activities().stream().map(edit).toList()).build());
    }
    List<Lot> lots = new ArrayList<>();
    for (Lot lot : plan.lots()) {
      Lot.Builder builder = Lot.builder().from(lot).workstreams(lot.workstreams().stream().map(edit).toList());
      lot.preAcceptance().ifPresent(s -> builder.preAcceptance(PreAcceptance.builder().from(s).activity(edit.apply(s.activity())).build()));
      lot.training().ifPresent(s -> builder.training(Training.builder().from(s).activity(edit.apply(s.activity())).build()));
      lot.cutOver().ifPresent(s -> builder.cutOver(CutOver.builder().from(s).activity(edit.apply(s.activity())).build()));
      lot.hypercare().ifPresent(s -> builder.hypercare(Hypercare.builder().from(s).activity(edit.apply(s.activity())).build()));
      lot.finalAcceptance().ifPresent(s -> builder.finalAcceptance(FinalAcceptance.builder().from(s).activity(edit.apply(s.activity())).build()));
      lots.add(builder.build());
    }
    return ProjectPlan.builder().from(plan).phases(phases).lots(lots).build();
  }

  /** Replaces the activities of a kind. */
  static ProjectPlan mapKind(ProjectPlan plan, ActivityKind kind, UnaryOperator<Activity> change) {
    return mapActivities(plan, activity -> activity.kind() == kind, change);
  }

  /** Turns the activities of a kind into activities of another kind. */
  static ProjectPlan rekind(ProjectPlan plan, ActivityKind from, ActivityKind to) {
    return mapKind(plan, from, activity -> Activity.builder().from(activity).kind(to).build());
  }

  /** Drops every dependency of the activities of a kind, so that they start on day 0. */
  static ProjectPlan unlink(ProjectPlan plan, ActivityKind kind) {
    return mapKind(plan, kind, activity -> Activity.builder().from(activity).dependencies(List.of()).build());
  }

  /** Replaces the plan's first lot. */
  static ProjectPlan mapFirstLot(ProjectPlan plan, UnaryOperator<Lot> change) {
    List<Lot> lots = new ArrayList<>(plan.lots());
    lots.set(0, change.apply(lots.get(0)));
    return ProjectPlan.builder().from(plan).lots(lots).build();
  }

  /** Replaces the plan phase that follows a method phase. */
  static ProjectPlan mapPhase(ProjectPlan plan, String template, UnaryOperator<Phase> change) {
    List<Phase> phases =
        plan.phases().stream()
            .map(phase -> phase.template().filter(template::equals).isPresent() ? change.apply(phase) : phase)
            .toList();
    return ProjectPlan.builder().from(plan).phases(phases).build();
  }

  /** Returns a copy of the plan through its builder, to edit attributes directly. */
  static ProjectPlan.Builder edit(ProjectPlan plan) {
    return ProjectPlan.builder().from(plan);
  }

  /** Returns the id of the first stakeholder holding a role. */
  static String holderOf(ProjectPlan plan, String role) {
    return plan.stakeholders().stream().filter(s -> s.roles().contains(role)).findFirst().orElseThrow().id();
  }
}
