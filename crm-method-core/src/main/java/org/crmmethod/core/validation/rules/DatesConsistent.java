package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Dates agree with each other: nothing is planned or recorded before the project starts, phase
 * windows follow the phases' order, and nothing is recorded as done after the plan's status date.
 */
final class DatesConsistent extends BuiltInRule {
  DatesConsistent() {
    super(BuiltInRules.DATES_CONSISTENT, Severity.ERROR, "Dates agree with the start and status dates and with each other");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    LocalDate start = plan.context().startDate();
    Optional<LocalDate> status = plan.statusDate();
    Phase previous = null;
    for (Phase phase : plan.phases()) {
      String path = PlanPath.phase(phase.id());
      phase.plannedStart().ifPresent(date -> notBeforeStart(findings, path + ".plannedStart", date, start));
      phase.plannedFinish().ifPresent(date -> notBeforeStart(findings, path + ".plannedFinish", date, start));
      if (previous != null && previous.plannedStart().isPresent() && phase.plannedStart().isPresent()
          && phase.plannedStart().get().isBefore(previous.plannedStart().get())) {
        findings.report(
            path + ".plannedStart",
            "Phase '" + phase.id() + "' is planned to start on " + phase.plannedStart().get()
                + ", before the phase it follows, '" + previous.id() + "', starts on "
                + previous.plannedStart().get());
      }
      previous = phase;
    }
    for (Deliverable deliverable : plan.deliverables()) {
      for (Approval approval : deliverable.approvals()) {
        record(findings, PlanPath.deliverable(deliverable.id()) + ".approvals", "approval of '" + deliverable.id() + "'", approval.date(), start, status);
      }
    }
    for (int i = 0; i < plan.gateDecisions().size(); i++) {
      GateDecision decision = plan.gateDecisions().get(i);
      record(findings, PlanPath.element("gateDecisions", i) + ".decidedOn", "decision on gate '" + decision.gate() + "'", decision.decidedOn(), start, status);
    }
    for (ProjectDecision decision : plan.decisions()) {
      String path = PlanPath.decision(decision.id());
      record(findings, path + ".decidedOn", "decision '" + decision.id() + "'", decision.decidedOn(), start, status);
      for (Reopening reopening : decision.reopenings()) {
        record(findings, path + ".reopenings", "reopening of '" + decision.id() + "'", reopening.date(), start, status);
        reopening
            .generalManagementInformedOn()
            .ifPresent(date -> record(findings, path + ".reopenings", "report of the reopening of '" + decision.id() + "'", date, start, status));
      }
    }
    plan.readiness()
        .ifPresent(assessment -> record(findings, "readiness.assessedOn", "readiness assessment", assessment.assessedOn(), start, status));
    for (Meeting meeting : plan.meetings()) {
      String path = PlanPath.meeting(meeting.id());
      notBeforeStart(findings, path + ".date", meeting.date(), start);
      meeting
          .minutes()
          .ifPresent(minutes -> record(findings, path + ".minutes.issuedOn", "minutes of '" + meeting.id() + "'", minutes.issuedOn(), start, status));
    }
  }

  private static void notBeforeStart(FindingSink findings, String path, LocalDate date, LocalDate start) {
    if (date.isBefore(start)) {
      findings.report(path, "Dated " + date + ", before the project starts on " + start);
    }
  }

  private static void record(
      FindingSink findings, String path, String what, LocalDate date, LocalDate start, Optional<LocalDate> status) {
    if (date.isBefore(start)) {
      findings.report(path, "The " + what + " is dated " + date + ", before the project starts on " + start);
    } else if (status.isPresent() && date.isAfter(status.get())) {
      findings.report(
          path,
          "The " + what + " is dated " + date + ", after the plan's status date " + status.get()
              + "; a plan records only what has happened by its status date",
          "Move the status date forward, or remove the record until it happens.");
    }
  }
}
