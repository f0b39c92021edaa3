package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.MeetingKind;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts F12-F20: the lot-based rollout. */
class LotRolloutTest {
  private final Method classic = LotRollout.classic();
  private final Method differentiating = LotRollout.differentiating();
  private final LotTemplate lotTemplate = LotTemplates.differentiating();
  private final ProjectPlan plan = PharmaReferencePlan.plan();

  private static LotStepTemplate step(LotTemplate template, ActivityKind kind) {
    return template.steps().stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
  }

  private static List<ActivityKind> stepKinds(LotTemplate template) {
    return template.steps().stream().map(LotStepTemplate::kind).toList();
  }

  @Test
  @DisplayName("F12: a differentiating project rethinks the organisation first, with or without a consultant")
  void f12_organisationIsRethought() {
    PhaseTemplate first = differentiating.phases().get(0);
    assertThat(first.id()).isEqualTo(LotRollout.TARGET_ORGANISATION_STUDY);
    assertThat(first.requiredDeliverables()).contains(MethodDeliverables.TARGET_ORGANISATION);
    assertThat(first.facts()).contains(MethodFact.F12);
    assertThat(classic.facts()).contains(MethodFact.F12);
    assertThat(plan.context().externalConsultant()).isTrue();
    assertThat(ProjectContext.builder().from(plan.context()).externalConsultant(false).build().externalConsultant()).isFalse();
  }

  @Test
  @DisplayName("F13: a classic project is mostly change management and training; a differentiating one starts with study and specifications")
  void f13_twoKindsOfProject() {
    assertThat(classic.approach()).isEqualTo(Approach.CLASSIC);
    LotTemplate classicLots = classic.lotTemplate().orElseThrow();
    assertThat(classicLots.parallelWorkstreams())
        .contains(WorkstreamKind.CHANGE_MANAGEMENT)
        .doesNotContain(WorkstreamKind.SPECIFIC_DEVELOPMENT);
    assertThat(classicLots.optionalWorkstreams()).containsExactly(WorkstreamKind.DATA_MIGRATION);
    assertThat(step(classicLots, ActivityKind.TRAINING).typicalDuration().maximumWorkingDays())
        .isGreaterThan(step(lotTemplate, ActivityKind.TRAINING).typicalDuration().maximumWorkingDays());

    assertThat(differentiating.approach()).isEqualTo(Approach.DIFFERENTIATING);
    assertThat(differentiating.phases())
        .extracting(PhaseTemplate::id)
        .containsExactly(
            LotRollout.TARGET_ORGANISATION_STUDY,
            LotRollout.FUNCTIONAL_SPECIFICATIONS,
            LotRollout.PRIORITIES_AND_LOTS,
            LotRollout.ROLLOUT);
    assertThat(LotRollout.forApproach(Approach.CLASSIC)).isSameAs(classic);
    assertThat(LotRollout.forApproach(Approach.DIFFERENTIATING)).isSameAs(differentiating);
    assertThat(Approach.CLASSIC.fact()).isEqualTo(MethodFact.F13);
    // Neither lot method states the staged method's overall-duration norms (F11).
    assertThat(classic.timelineNorms()).isEmpty();
    assertThat(differentiating.timelineNorms()).isEmpty();
  }

  @Test
  @DisplayName("F14: configuration, specific development, tests, data migration and user presentations run in parallel in each lot")
  void f14_parallelWorkstreams() {
    assertThat(lotTemplate.parallelWorkstreams())
        .containsExactlyInAnyOrder(
            WorkstreamKind.CONFIGURATION,
            WorkstreamKind.SPECIFIC_DEVELOPMENT,
            WorkstreamKind.TESTS,
            WorkstreamKind.DATA_MIGRATION,
            WorkstreamKind.USER_PRESENTATIONS);
    assertThat(lotTemplate.optionalWorkstreams()).containsExactly(WorkstreamKind.SPECIFIC_DEVELOPMENT);
    assertThat(StagedMethod.definition().lotTemplate()).contains(lotTemplate);
    for (Lot lot : plan.lots()) {
      assertThat(lot.configuredOnly()).isFalse();
      assertThat(lot.workstreams())
          .extracting(activity -> activity.kind().workstream().orElseThrow())
          .containsExactlyInAnyOrderElementsOf(lotTemplate.parallelWorkstreams());
    }
  }

  @Test
  @DisplayName("F13, F14: each form's rollout phase plans every workstream and step its lot template runs")
  void f14_rolloutPhasePlansTheLotTemplatesWork() {
    for (Method method : List.of(classic, differentiating, StagedMethod.definition())) {
      PhaseTemplate rollout = method.rolloutPhase().orElseThrow();
      LotTemplate template = method.lotTemplate().orElseThrow();
      for (ActivityKind kind : ActivityKind.values()) {
        if (kind.workstream().filter(template.parallelWorkstreams()::contains).isPresent()) {
          assertThat(rollout.activityKinds()).as(method.id() + " plans " + kind).contains(kind);
        }
      }
      assertThat(rollout.activityKinds()).containsAll(stepKinds(template));
    }
    // The classic form's change management runs in the lots too, not only in the preparation.
    assertThat(classic.rolloutPhase().orElseThrow().activityKinds()).contains(ActivityKind.CHANGE_MANAGEMENT);
    assertThat(classic.phasePlanning(ActivityKind.CHANGE_MANAGEMENT)).map(PhaseTemplate::id).contains(LotRollout.PREPARATION);
  }

  @Test
  @DisplayName("F15: steering exchanges are recorded in minutes")
  void f15_minutes() {
    assertThat(classic.facts()).contains(MethodFact.F15);
    assertThat(differentiating.facts()).contains(MethodFact.F15);
    assertThat(differentiating.phase(LotRollout.ROLLOUT).orElseThrow().activityKinds()).contains(ActivityKind.STEERING);
    Meeting kickOff = plan.meetings().get(0);
    assertThat(kickOff.kind()).isEqualTo(MeetingKind.STEERING_COMMITTEE);
    assertThat(kickOff.minutes()).hasValueSatisfying(minutes -> {
      assertThat(minutes.points()).isNotEmpty();
      assertThat(minutes.decisions()).containsExactly("DEC-APPROACH");
    });
  }

  @Test
  @DisplayName("F16: rolling a lot out starts with pre-acceptance by key users")
  void f16_preAcceptanceFirst() {
    assertThat(stepKinds(lotTemplate).get(0)).isEqualTo(ActivityKind.PRE_ACCEPTANCE);
    assertThat(MethodGates.select(MethodGates.PRE_ACCEPTANCE_PASSED).get(0).perLot()).isTrue();
    for (Lot lot : plan.lots()) {
      assertThat(lot.preAcceptance()).hasValueSatisfying(pre ->
          assertThat(pre.keyUsers()).isNotEmpty().allSatisfy(id ->
              assertThat(plan.stakeholders()).anySatisfy(s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.roles()).contains(MethodRoles.KEY_USER);
              })));
    }
  }

  @Test
  @DisplayName("F17: users are trained after pre-acceptance, on real data, with a printed guide")
  void f17_trainingAfterPreAcceptance() {
    List<ActivityKind> steps = stepKinds(lotTemplate);
    assertThat(steps.indexOf(ActivityKind.TRAINING)).isEqualTo(steps.indexOf(ActivityKind.PRE_ACCEPTANCE) + 1);
    assertThat(MethodDeliverables.select(MethodDeliverables.USER_GUIDE).get(0).facts()).containsExactly(MethodFact.F17);
    for (Lot lot : plan.lots()) {
      assertThat(lot.training()).hasValueSatisfying(training -> {
        assertThat(training.onRealData()).isTrue();
        assertThat(training.printedUserGuide()).isTrue();
        assertThat(training.activity().dependencies())
            .containsExactly(Dependency.on(lot.preAcceptance().orElseThrow().activity().id()));
      });
    }
  }

  @Test
  @DisplayName("F18: cut-over takes 1 to 3 days with an automated import that reports on quality")
  void f18_cutOver() {
    assertThat(step(lotTemplate, ActivityKind.CUT_OVER).typicalDuration())
        .isEqualTo(DurationRange.of(1, 3, DurationUnit.WORKING_DAYS));
    for (Lot lot : plan.lots()) {
      assertThat(lot.cutOver()).hasValueSatisfying(cutOver -> {
        assertThat(cutOver.automatedImport()).isTrue();
        assertThat(cutOver.importReport()).isTrue();
        assertThat(cutOver.extractedData()).isNotEmpty();
      });
    }
    assertThat(plan.deliverables()).filteredOn(d -> d.type().equals(MethodDeliverables.IMPORT_REPORT)).hasSize(2);
  }

  @Test
  @DisplayName("F19: support is increased right after go-live")
  void f19_hypercareRightAfterCutOver() {
    List<ActivityKind> steps = stepKinds(lotTemplate);
    assertThat(steps.indexOf(ActivityKind.HYPERCARE)).isEqualTo(steps.indexOf(ActivityKind.CUT_OVER) + 1);
    assertThat(step(lotTemplate, ActivityKind.HYPERCARE).typicalDuration()).isEqualTo(DurationRange.of(2, 4, DurationUnit.WEEKS));
    for (Lot lot : plan.lots()) {
      assertThat(lot.hypercare()).hasValueSatisfying(hypercare -> {
        assertThat(hypercare.activity().dependencies())
            .containsExactly(Dependency.on(lot.cutOver().orElseThrow().activity().id()));
        assertThat(hypercare.responseTimeHours()).contains(4);
      });
    }
  }

  @Test
  @DisplayName("F20: final acceptance is signed after at least 4 weeks of real use")
  void f20_finalAcceptanceAfterRealUse() {
    assertThat(lotTemplate.minimumRealUseWeeks()).isEqualTo(4);
    assertThat(LotTemplates.classic().minimumRealUseWeeks()).isEqualTo(LotTemplates.DEFAULT_MINIMUM_REAL_USE_WEEKS);
    assertThat(stepKinds(lotTemplate)).last().isEqualTo(ActivityKind.FINAL_ACCEPTANCE);
    for (Lot lot : plan.lots()) {
      String cutOver = lot.cutOver().orElseThrow().activity().id();
      assertThat(lot.finalAcceptance().orElseThrow().activity().dependencies())
          .contains(Dependency.of(cutOver, DependencyType.FINISH_TO_START, 4 * 5));
    }
  }
}
