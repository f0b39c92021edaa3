package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * One company's CRM project plan: its context and everything the method asks a plan to hold, from
 * phases, lots and activities to deliverables, gate decisions, teams and minutes.
 *
 * <p>A plan names the {@link org.crmmethod.core.method.Method} it follows by id. Each part checks
 * its own invariants when built; whether the plan as a whole is consistent and follows the method
 * is for the validator to report.
 */
@Value.Immutable
public abstract class ProjectPlan {

  /**
   * The plan's identifier.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The plan's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The id of the method the plan follows.
   *
   * @return a method id
   */
  public abstract String method();

  /**
   * The company and project facts the method's rules depend on.
   *
   * @return the context
   */
  public abstract ProjectContext context();

  /**
   * The day the plan's progress information (approvals, minutes, decisions) is current as of.
   *
   * @return the status date, not before the start date, or empty for a plan with no progress yet
   */
  public abstract Optional<LocalDate> statusDate();

  /**
   * The phases, in the order the project runs them.
   *
   * @return the phases
   */
  public abstract List<Phase> phases();

  /**
   * The lots of the rollout, in priority order.
   *
   * @return the lots
   */
  public abstract List<Lot> lots();

  /**
   * The deliverables the plan produces.
   *
   * @return the deliverables
   */
  public abstract List<Deliverable> deliverables();

  /**
   * The decisions taken at quality gates so far.
   *
   * @return the gate decisions
   */
  public abstract List<GateDecision> gateDecisions();

  /**
   * The project decisions taken so far, such as priorities or the start module.
   *
   * @return the decisions
   */
  public abstract List<ProjectDecision> decisions();

  /**
   * The chosen start module and why (F02), once chosen.
   *
   * @return the choice, or empty
   */
  public abstract Optional<StartModuleChoice> startModule();

  /**
   * The company's answers to the readiness questionnaire (F28-F33), as they stand; score them with
   * {@link org.crmmethod.core.readiness.ReadinessScorer}.
   *
   * @return the assessment, or empty while none is recorded
   */
  public abstract Optional<ReadinessAssessment> readiness();

  /**
   * The company's departments concerned by the project.
   *
   * @return the departments
   */
  public abstract List<Department> departments();

  /**
   * The people with a stake in the project.
   *
   * @return the stakeholders
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * The project's teams, such as steering and specification teams.
   *
   * @return the teams
   */
  public abstract List<Team> teams();

  /**
   * The champions team that keeps the customer culture alive after deployment (F27).
   *
   * @return the champions team, or empty when the plan has none
   */
  public abstract Optional<ChampionsTeam> championsTeam();

  /**
   * The meetings held or planned.
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * The performance indicators the project sets up (F10).
   *
   * @return the KPIs
   */
  public abstract List<Kpi> kpis();

  /**
   * The customer segments the company serves (F25).
   *
   * @return the segments
   */
  public abstract List<CustomerSegment> customerSegments();

  /**
   * The objectives of the company's own CRM (F26).
   *
   * @return the objectives
   */
  public abstract List<CrmObjective> objectives();

  /**
   * The gap analysis of the requirements specification (F08): what users want, how the chosen
   * package meets it, the budget and the gaps the project means to close.
   *
   * @return the analysis, or empty while the plan has none
   */
  public abstract Optional<FitGapAnalysis> fitGap();

  /**
   * Returns every activity of the plan: each phase's own activities, then each lot's.
   *
   * @return the activities, in that order
   */
  public List<Activity> activities() {
    List<Activity> activities = new ArrayList<>();
    for (Phase phase : phases()) {
      activities.addAll(phase.activities());
    }
    for (Lot lot : lots()) {
      activities.addAll(lot.activities());
    }
    return List.copyOf(activities);
  }

  /**
   * Finds an activity by id, in a phase or in a lot.
   *
   * @param id the activity id
   * @return the first activity with that id, in the order of {@link #activities()}, or empty
   */
  public Optional<Activity> activity(String id) {
    return activities().stream().filter(activity -> activity.id().equals(id)).findFirst();
  }

  /**
   * Finds a phase by id.
   *
   * @param id the phase id
   * @return the first phase with that id, or empty
   */
  public Optional<Phase> phase(String id) {
    return phases().stream().filter(phase -> phase.id().equals(id)).findFirst();
  }

  /**
   * Finds a lot by id.
   *
   * @param id the lot id
   * @return the first lot with that id, or empty
   */
  public Optional<Lot> lot(String id) {
    return lots().stream().filter(lot -> lot.id().equals(id)).findFirst();
  }

  /**
   * Starts building a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectPlan} values. */
  public static final class Builder extends ImmutableProjectPlan.Builder {}

  @Value.Check
  void check() {
    Invariants.of("ProjectPlan")
        .id("id", id())
        .text("name", name())
        .id("method", method())
        .require(
            statusDate().map(date -> !date.isBefore(context().startDate())).orElse(true),
            "statusDate",
            statusDate().orElse(null),
            "must not be before the context's startDate (" + context().startDate() + ")");
  }
}
