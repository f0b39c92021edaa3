package org.crmmethod.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodGates;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerServiceSetup;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.readiness.AnswerStatus;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;

/**
 * The reference plan a few months on, with the progress the baseline lacks, so that every
 * optional property of the plan side is written at least once: gate decisions (one with
 * conditions), an approved deliverable, a reopened decision, the start-module choice, planned
 * phase dates, a start-no-earlier-than date, a signed final acceptance, a target finish, a
 * champions team's end, a customer segment's service set-up, a requirement of the gap analysis
 * not assessed yet, and a readiness assessment brought up to date at the strategy gate, where
 * the strategy questions were settled.
 */
final class ProgressPlan {
  private static final LocalDate START = PharmaReferencePlan.START;

  private ProgressPlan() {}

  static ProjectPlan plan() {
    ProjectPlan reference = PharmaReferencePlan.plan();
    return ProjectPlan.builder()
        .from(reference)
        .context(
            ProjectContext.builder()
                .from(reference.context())
                .targetFinish(START.plusMonths(13))
                .build())
        .statusDate(START.plusDays(100))
        .phases(phases(reference.phases()))
        .lots(lots(reference.lots()))
        .deliverables(deliverables(reference.deliverables()))
        .addGateDecisions(
            GateDecision.builder()
                .gate(MethodGates.STRATEGY_APPROVED)
                .outcome(GateOutcome.GO)
                .decidedBy("CEO")
                .decidedOn(START.plusDays(60))
                .rationale("Objective, market analysis and budget are approved.")
                .build(),
            GateDecision.builder()
                .gate(MethodGates.PRE_ACCEPTANCE_PASSED)
                .lot(PharmaReferencePlan.LOT_ANALYTICAL)
                .outcome(GateOutcome.GO_WITH_CONDITIONS)
                .decidedBy("CEO")
                .decidedOn(START.plusDays(95))
                .rationale("The key users accept the reports; two defects remain.")
                .addConditions("Fix the sales-by-region totals.", "Load the 2026 history.")
                .build())
        .decisions(decisions(reference.decisions()))
        .startModule(
            StartModuleChoice.builder()
                .module(CrmModule.ANALYTICAL)
                .addCriteria(
                    StartModuleCriterion.ENABLES_LATER_STEPS,
                    StartModuleCriterion.EASE_OF_IMPLEMENTATION)
                .decidedOn(START.plusDays(20))
                .rationale(
                    "Analytical CRM first: its results will win the sales force over to SFA.")
                .build())
        .championsTeam(
            ChampionsTeam.builder()
                .from(reference.championsTeam().orElseThrow())
                .disbandsOn(START.plusYears(3))
                .build())
        .customerSegments(segments(reference.customerSegments()))
        .fitGap(
            FitGapAnalysis.builder()
                .from(reference.fitGap().orElseThrow())
                .addRequirement(
                    Requirement.of(
                        "R-PORTAL",
                        "Let pharmacists order through a web portal",
                        "LOGISTICS",
                        CrmModule.WEB_AND_E_CRM,
                        Priority.COULD))
                .build())
        .readiness(readiness(reference.readiness().orElseThrow()))
        .build();
  }

  private static ReadinessAssessment readiness(ReadinessAssessment assessment) {
    LocalDate gate = START.plusDays(60);
    List<ReadinessAnswer> answers = new ArrayList<>();
    for (ReadinessAnswer answer : assessment.answers()) {
      if (answer.question().startsWith("STRATEGY-") || answer.question().equals("IT-05")) {
        answer =
            ReadinessAnswer.builder()
                .question(answer.question())
                .status(AnswerStatus.SETTLED)
                .owner(answer.owner())
                .evidence(answer.evidence().orElse("Answered in the approved strategic objective"))
                .answeredOn(answer.status().isSettled() ? answer.answeredOn().orElseThrow() : gate)
                .build();
      }
      answers.add(answer);
    }
    return ReadinessAssessment.builder().from(assessment).assessedOn(gate).answers(answers).build();
  }

  private static List<Phase> phases(List<Phase> phases) {
    List<Phase> result = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      if (i == 0) {
        List<Activity> activities = new ArrayList<>(phase.activities());
        activities.set(
            0,
            Activity.builder()
                .from(activities.get(0))
                .startNoEarlierThan(START.plusDays(2))
                .build());
        phase =
            Phase.builder()
                .from(phase)
                .activities(activities)
                .plannedStart(START)
                .plannedFinish(START.plusDays(60))
                .build();
      }
      result.add(phase);
    }
    return result;
  }

  private static List<Lot> lots(List<Lot> lots) {
    List<Lot> result = new ArrayList<>(lots);
    Lot first = lots.get(0);
    FinalAcceptance acceptance = first.finalAcceptance().orElseThrow();
    result.set(
        0,
        Lot.builder()
            .from(first)
            .finalAcceptance(
                FinalAcceptance.builder()
                    .from(acceptance)
                    .signature(
                        Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(99)))
                    .build())
            .build());
    return result;
  }

  private static List<Deliverable> deliverables(List<Deliverable> deliverables) {
    List<Deliverable> result = new ArrayList<>();
    for (Deliverable deliverable : deliverables) {
      if (deliverable.type().equals(MethodDeliverables.STRATEGIC_OBJECTIVE)) {
        deliverable =
            Deliverable.builder()
                .from(deliverable)
                .status(DeliverableStatus.APPROVED)
                .addApprovals(
                    Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, START.plusDays(30)))
                .build();
      }
      result.add(deliverable);
    }
    return result;
  }

  private static List<ProjectDecision> decisions(List<ProjectDecision> decisions) {
    List<ProjectDecision> result = new ArrayList<>();
    for (ProjectDecision decision : decisions) {
      result.add(
          ProjectDecision.builder()
              .from(decision)
              .addReopenings(
                  Reopening.builder()
                      .phase(StagedMethod.SPECIFICATION)
                      .date(START.plusDays(80))
                      .reason("The specification teams want the SFA lot first after all.")
                      .generalManagementInformedOn(START.plusDays(81))
                      .build())
              .build());
    }
    return result;
  }

  private static List<CustomerSegment> segments(List<CustomerSegment> segments) {
    List<CustomerSegment> result = new ArrayList<>();
    for (CustomerSegment segment : segments) {
      result.add(
          CustomerSegment.builder()
              .from(segment)
              .setup(CustomerServiceSetup.DEDICATED_CONTACT_CENTER)
              .build());
    }
    return result;
  }
}
