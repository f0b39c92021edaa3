package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference plan is the starting point of later work: it must be consistent with itself and
 * with the staged method it follows.
 */
class PharmaReferencePlanTest {
  private final ProjectPlan plan = PharmaReferencePlan.plan();
  private final Method method = StagedMethod.definition();

  @Test
  @DisplayName("F08: the reference plan's gap analysis hears the lab's departments, in its modules, and covers every must-have")
  void f08_fitGapAnalysis() {
    FitGapAnalysis analysis = plan.fitGap().orElseThrow();
    Set<String> departmentsAndPeople = new HashSet<>();
    plan.departments().forEach(d -> departmentsAndPeople.add(d.id()));
    plan.stakeholders().forEach(s -> departmentsAndPeople.add(s.id()));

    assertThat(analysis.requirements()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(analysis.requirements()).allSatisfy(r -> {
      assertThat(departmentsAndPeople).contains(r.source());
      assertThat(plan.context().modules()).contains(r.module());
    });
    assertThat(analysis.requirements()).extracting(Requirement::priority).contains(Priority.values());
    assertThat(analysis.assessments()).extracting(FitAssessment::fit).contains(PackageFit.values());
    assertThat(analysis.budget().amount()).isLessThan(plan.context().budget().amount());
    FitGapReport report = FitGapAnalyser.standard().analyse(analysis);
    assertThat(report.uncoveredMustHaves()).isEmpty();
    assertThat(report.overBudget()).as("every closable gap would overrun the budget").isTrue();
    assertThat(report.gapPlanOverBudget()).isFalse();
  }

  @Test
  void plan_followsTheStagedMethod() {
    assertThat(plan.method()).isEqualTo(method.id());
    assertThat(plan.context().industry()).isEqualTo(Industry.PHARMACEUTICAL);
    assertThat(plan.context().approach()).isEqualTo(method.approach());
    assertThat(plan.phases())
        .extracting(phase -> phase.template().orElseThrow())
        .containsExactlyElementsOf(method.phases().stream().map(PhaseTemplate::id).toList());
  }

  @Test
  void plan_producesEveryDeliverableEachPhaseRequires() {
    for (PhaseTemplate template : method.phases()) {
      Set<String> produced =
          plan.deliverables().stream()
              .filter(d -> d.phase().equals(template.id()))
              .map(Deliverable::type)
              .collect(Collectors.toSet());
      assertThat(produced).as("deliverables of %s", template.id()).containsAll(template.requiredDeliverables());
    }
    assertThat(plan.deliverables()).allSatisfy(d -> assertThat(method.deliverableType(d.type())).isPresent());
  }

  @Test
  void plan_requiredSectionsArePlanned() {
    for (Deliverable deliverable : plan.deliverables()) {
      assertThat(deliverable.sections())
          .as("sections of %s", deliverable.id())
          .containsAll(method.deliverableType(deliverable.type()).orElseThrow().requiredSections());
    }
  }

  @Test
  void plan_idsAreUniqueAndReferencesResolve() {
    List<Activity> activities = plan.activities();
    Set<String> activityIds = activities.stream().map(Activity::id).collect(Collectors.toSet());
    assertThat(activityIds).hasSameSizeAs(activities);
    assertThat(activities)
        .flatExtracting(Activity::dependencies)
        .extracting(Dependency::predecessor)
        .allSatisfy(id -> assertThat(activityIds).contains(id));
    assertThat(plan.deliverables())
        .allSatisfy(d -> assertThat(activityIds).contains(d.producedBy().orElseThrow()));

    Set<String> stakeholders = plan.stakeholders().stream().map(Stakeholder::id).collect(Collectors.toSet());
    assertThat(stakeholders).hasSameSizeAs(plan.stakeholders());
    assertThat(activities).flatExtracting(Activity::participants).allSatisfy(id -> assertThat(stakeholders).contains(id));
    assertThat(plan.teams()).flatExtracting(team -> List.copyOf(team.members())).allSatisfy(id -> assertThat(stakeholders).contains(id));
    assertThat(plan.lots()).flatExtracting(lot -> List.copyOf(lot.preAcceptance().orElseThrow().keyUsers()))
        .allSatisfy(id -> assertThat(stakeholders).contains(id));

    Set<String> departments = plan.departments().stream().map(Department::id).collect(Collectors.toSet());
    assertThat(plan.stakeholders()).allSatisfy(s -> s.department().ifPresent(d -> assertThat(departments).contains(d)));
    assertThat(plan.championsTeam().orElseThrow().departments()).isSubsetOf(departments);

    Set<String> roles = new HashSet<>();
    method.roles().forEach(role -> roles.add(role.id()));
    assertThat(Stream.concat(
            activities.stream().flatMap(a -> a.roles().stream()),
            plan.stakeholders().stream().flatMap(s -> s.roles().stream())))
        .allSatisfy(role -> assertThat(roles).contains(role));
  }

  @Test
  void plan_dependenciesFormNoCycle() {
    // Kahn's algorithm over the plan's dependency graph: every activity must be reached.
    List<Activity> activities = plan.activities();
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> successors = new HashMap<>();
    for (Activity activity : activities) {
      waiting.put(activity.id(), activity.dependencies().size());
      for (Dependency dependency : activity.dependencies()) {
        successors.computeIfAbsent(dependency.predecessor(), id -> new ArrayList<>()).add(activity.id());
      }
    }
    ArrayDeque<String> ready = new ArrayDeque<>();
    waiting.forEach((id, count) -> { if (count == 0) ready.add(id); });
    int reached = 0;
    while (!ready.isEmpty()) {
      String id = ready.poll();
      reached++;
      for (String successor : successors.getOrDefault(id, List.of())) {
        if (waiting.merge(successor, -1, Integer::sum) == 0) {
          ready.add(successor);
        }
      }
    }
    assertThat(reached).isEqualTo(activities.size());
  }

  @Test
  void plan_everyLotHasItsFiveSteps() {
    assertThat(plan.lots()).extracting(Lot::id).containsExactly(PharmaReferencePlan.LOT_ANALYTICAL, PharmaReferencePlan.LOT_SFA);
    assertThat(plan.lots()).allSatisfy(lot -> {
      assertThat(lot.steps()).hasSize(5);
      assertThat(lot.phase()).isEqualTo(StagedMethod.DEPLOYMENT);
      assertThat(lot.activities()).hasSize(10);
    });
  }

  @Test
  void plan_mostLikelyDurationsAddUpToAboutTwelveMonths() {
    // The longest chain of most-likely durations (lags included) approximates the project's length.
    double days = longestMostLikelyPath(plan);
    double months = days / 21;
    assertThat(months).isBetween(10.0, 13.0);
    assertThat(method.timelineNorms().orElseThrow().facts()).containsExactly(MethodFact.F11);
  }

  @Test
  void plan_phasesHoldTheirActivitiesAndGateMilestones() {
    for (Phase phase : plan.phases()) {
      Activity last = phase.activities().get(phase.activities().size() - 1);
      assertThat(last.estimate()).isEqualTo(ThreePointEstimate.milestone());
      assertThat(last.estimate().isMilestone()).isTrue();
    }
  }

  /** Finish time of the plan with most-likely durations, by relaxation in topological order. */
  private static double longestMostLikelyPath(ProjectPlan plan) {
    Map<String, Activity> byId = new HashMap<>();
    plan.activities().forEach(a -> byId.put(a.id(), a));
    Map<String, double[]> times = new HashMap<>();
    double finish = 0;
    for (int pass = 0; pass < byId.size(); pass++) {
      boolean changed = false;
      for (Activity activity : plan.activities()) {
        double start = 0;
        double duration = activity.estimate().mostLikely();
        for (Dependency dependency : activity.dependencies()) {
          double[] predecessor = times.getOrDefault(dependency.predecessor(), new double[] {0, 0});
          double bound =
              switch (dependency.type()) {
                case FINISH_TO_START -> predecessor[1] + dependency.lagDays();
                case START_TO_START -> predecessor[0] + dependency.lagDays();
                case FINISH_TO_FINISH -> predecessor[1] + dependency.lagDays() - duration;
                case START_TO_FINISH -> predecessor[0] + dependency.lagDays() - duration;
              };
          start = Math.max(start, bound);
        }
        double[] previous = times.get(activity.id());
        if (previous == null || previous[0] != start) {
          times.put(activity.id(), new double[] {start, start + duration});
          changed = true;
        }
        finish = Math.max(finish, start + duration);
      }
      if (!changed) {
        break;
      }
    }
    return finish;
  }
}
