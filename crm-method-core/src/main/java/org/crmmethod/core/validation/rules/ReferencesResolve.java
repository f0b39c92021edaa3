package org.crmmethod.core.validation.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.Reopening;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** Every id a plan element refers to names an element of the plan or of its method. */
final class ReferencesResolve extends BuiltInRule {
  ReferencesResolve() {
    super(BuiltInRules.REFERENCES_RESOLVE, Severity.ERROR, "References name existing elements");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    new Check(context, findings).run();
  }

  /** One pass over the plan, with the sets of known ids. */
  private static final class Check {
    private final ValidationContext context;
    private final FindingSink findings;
    private final ProjectPlan plan;
    private final Set<String> phases;
    private final Set<String> lots;
    private final Set<String> stakeholders;
    private final Set<String> departments;
    private final Set<String> decisions;
    private final Set<String> roles;
    private final Set<String> deliverableTypes;
    private final Set<String> gates;
    private final Set<String> phaseTemplates;

    Check(ValidationContext context, FindingSink findings) {
      this.context = context;
      this.findings = findings;
      this.plan = context.plan();
      Method method = context.method();
      this.phases = ids(plan.phases(), Phase::id);
      this.lots = ids(plan.lots(), Lot::id);
      this.stakeholders = ids(plan.stakeholders(), Stakeholder::id);
      this.departments = ids(plan.departments(), department -> department.id());
      this.decisions = ids(plan.decisions(), ProjectDecision::id);
      this.roles = ids(method.roles(), role -> role.id());
      this.deliverableTypes = ids(method.deliverableTypes(), type -> type.id());
      this.gates = ids(method.gates(), gate -> gate.id());
      this.phaseTemplates = ids(method.phases(), template -> template.id());
    }

    void run() {
      for (Phase phase : plan.phases()) {
        String path = PlanPath.phase(phase.id());
        phase.template().ifPresent(t -> one(path + ".template", t, phaseTemplates, "phase of the method"));
      }
      for (Lot lot : plan.lots()) {
        one(PlanPath.lot(lot.id()) + ".phase", lot.phase(), phases, "phase");
        lot.preAcceptance()
            .ifPresent(
                step -> all(PlanPath.lot(lot.id()) + ".preAcceptance.keyUsers", step.keyUsers(), stakeholders, "stakeholder"));
      }
      Set<String> unresolved = context.activitiesWithUnresolvedDependencies();
      List<Activity> activities = context.activities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        if (unresolved.contains(activity.id())) {
          for (Dependency dependency : activity.dependencies()) {
            if (context.indexOf(dependency.predecessor()) < 0) {
              findings.report(context.pathAt(i) + ".dependencies", "'" + dependency.predecessor() + "' names no activity");
            }
          }
        }
        if (!roles.containsAll(activity.roles())) {
          all(context.pathAt(i) + ".roles", activity.roles(), roles, "role of the method");
        }
        if (!stakeholders.containsAll(activity.participants())) {
          all(context.pathAt(i) + ".participants", activity.participants(), stakeholders, "stakeholder");
        }
      }
      for (Deliverable deliverable : plan.deliverables()) {
        String path = PlanPath.deliverable(deliverable.id());
        one(path + ".type", deliverable.type(), deliverableTypes, "deliverable type of the method");
        one(path + ".phase", deliverable.phase(), phases, "phase");
        deliverable
            .producedBy()
            .filter(activity -> context.indexOf(activity) < 0)
            .ifPresent(activity -> findings.report(path + ".producedBy", "'" + activity + "' names no activity"));
        for (Approval approval : deliverable.approvals()) {
          approval(path + ".approvals", approval);
        }
      }
      for (int i = 0; i < plan.gateDecisions().size(); i++) {
        GateDecision decision = plan.gateDecisions().get(i);
        String path = PlanPath.element("gateDecisions", i);
        one(path + ".gate", decision.gate(), gates, "quality gate of the method");
        decision.lot().ifPresent(lot -> one(path + ".lot", lot, lots, "lot"));
        one(path + ".decidedBy", decision.decidedBy(), stakeholders, "stakeholder");
      }
      for (ProjectDecision decision : plan.decisions()) {
        String path = PlanPath.decision(decision.id());
        one(path + ".phase", decision.phase(), phases, "phase");
        all(path + ".decidedBy", decision.decidedBy(), stakeholders, "stakeholder");
        for (Reopening reopening : decision.reopenings()) {
          one(path + ".reopenings", reopening.phase(), phases, "phase");
        }
      }
      for (Stakeholder stakeholder : plan.stakeholders()) {
        String path = PlanPath.stakeholder(stakeholder.id());
        stakeholder.department().ifPresent(d -> one(path + ".department", d, departments, "department"));
        all(path + ".roles", stakeholder.roles(), roles, "role of the method");
      }
      for (Team team : plan.teams()) {
        String path = PlanPath.team(team.id());
        all(path + ".composition", team.composition().keySet(), roles, "role of the method");
        all(path + ".members", team.members(), stakeholders, "stakeholder");
        all(path + ".departments", team.departments(), departments, "department");
      }
      plan.championsTeam().ifPresent(this::champions);
      for (Meeting meeting : plan.meetings()) {
        String path = PlanPath.meeting(meeting.id());
        all(path + ".attendees", meeting.attendees(), stakeholders, "stakeholder");
        meeting
            .minutes()
            .ifPresent(
                minutes -> {
                  one(path + ".minutes.author", minutes.author(), stakeholders, "stakeholder");
                  all(path + ".minutes.decisions", minutes.decisions(), decisions, "decision");
                });
      }
      for (Kpi kpi : plan.kpis()) {
        String path = PlanPath.element("kpis", kpi.id());
        one(path + ".phase", kpi.phase(), phases, "phase");
        kpi.owner().ifPresent(owner -> one(path + ".owner", owner, stakeholders, "stakeholder"));
      }
      for (CustomerSegment segment : plan.customerSegments()) {
        all(PlanPath.element("customerSegments", segment.id()) + ".servedBy", segment.servedBy(), departments, "department");
      }
      plan.fitGap().ifPresent(this::requirementSources);
    }

    /** A requirement comes from a department or from a stakeholder (F08). */
    private void requirementSources(FitGapAnalysis analysis) {
      for (Requirement requirement : analysis.requirements()) {
        String source = requirement.source();
        if (!departments.contains(source) && !stakeholders.contains(source)) {
          findings.report(PlanPath.requirement(requirement.id()) + ".source", "'" + source + "' names no department or stakeholder");
        }
      }
    }

    private void champions(ChampionsTeam team) {
      all("championsTeam.members", team.members(), stakeholders, "stakeholder");
      all("championsTeam.departments", team.departments(), departments, "department");
    }

    private void approval(String path, Approval approval) {
      one(path, approval.stakeholder(), stakeholders, "stakeholder");
      one(path, approval.role(), roles, "role of the method");
    }

    private void all(String path, Collection<String> references, Set<String> known, String what) {
      for (String reference : references) {
        one(path, reference, known, what);
      }
    }

    private void one(String path, String reference, Set<String> known, String what) {
      if (!known.contains(reference)) {
        findings.report(path, "'" + reference + "' names no " + what);
      }
    }

    private static <T> Set<String> ids(List<T> elements, Function<T, String> id) {
      Set<String> ids = new HashSet<>(elements.size() * 2);
      for (T element : elements) {
        ids.add(id.apply(element));
      }
      return ids;
    }
  }
}
