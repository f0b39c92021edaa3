package org.crmmethod.core.method;

import java.util.Optional;
import java.util.Set;

/**
 * What an activity of a plan does, in the method's terms; rules and estimates recognise activities
 * by their kind.
 */
public enum ActivityKind {
  /** Formalising the strategic objective that general management approves (F01, F06). */
  STRATEGIC_OBJECTIVE(null, Nature.STRATEGY, MethodFact.F01, MethodFact.F06),
  /** Analysing the CRM solutions on the market (F06). */
  MARKET_ANALYSIS(null, Nature.STRATEGY, MethodFact.F06),
  /** Setting the budget allotted to the project (F06). */
  BUDGETING(null, Nature.STRATEGY, MethodFact.F06),
  /** Deriving pragmatic priorities from the global objective (F01). */
  PRIORITISATION(null, Nature.STRATEGY, MethodFact.F01),
  /** Choosing the module the project starts with (F02-F04). */
  START_MODULE_SELECTION(null, Nature.STRATEGY, MethodFact.F02, MethodFact.F03, MethodFact.F04),
  /** Answering the readiness questions on strategy, data, organisation and IT (F28-F33). */
  READINESS_ASSESSMENT(null, Nature.STRATEGY, MethodFact.F28),
  /** Setting the CRM's own objectives as the customer will see them (F22, F26). */
  CRM_OBJECTIVES(null, Nature.STRATEGY, MethodFact.F22, MethodFact.F26),
  /** One-to-one audit interviews with executives and representative users (F07). */
  AUDIT_INTERVIEWS(null, Nature.ORGANISATION, MethodFact.F07),
  /** Group audit sessions with executives and representative users (F07). */
  AUDIT_WORKSHOPS(null, Nature.ORGANISATION, MethodFact.F07),
  /** Involving users and lowering resistance to change (F07, F13). */
  CHANGE_MANAGEMENT(WorkstreamKind.CHANGE_MANAGEMENT, Nature.ORGANISATION, MethodFact.F07, MethodFact.F13),
  /** Writing the project charter (F07). */
  PROJECT_CHARTER(null, Nature.ORGANISATION, MethodFact.F07),
  /** Designing the technical architecture (F07). */
  TECHNICAL_ARCHITECTURE(null, Nature.SPECIFICATION, MethodFact.F07),
  /** Studying and defining the target organisation (F12, F13). */
  TARGET_ORGANISATION_STUDY(null, Nature.ORGANISATION, MethodFact.F12, MethodFact.F13),
  /** Writing the functional specifications and the requirements specification (F08, F13). */
  FUNCTIONAL_SPECIFICATION(null, Nature.SPECIFICATION, MethodFact.F08, MethodFact.F13),
  /** Analysing the gaps between user wishes, the package and the budget (F08). */
  GAP_ANALYSIS(null, Nature.SPECIFICATION, MethodFact.F08),
  /** Specifying the interfaces with other systems (F08). */
  INTERFACE_SPECIFICATION(null, Nature.SPECIFICATION, MethodFact.F08),
  /** Deciding which historical data to take over (F08). */
  DATA_MIGRATION_SCOPING(null, Nature.SPECIFICATION, MethodFact.F08),
  /** Checking the specifications against the strategic guidelines with the audit groups (F09). */
  GUIDELINE_REVIEW(null, Nature.SPECIFICATION, MethodFact.F09),
  /** Setting priorities and splitting the rollout into lots (F13). */
  LOT_PLANNING(null, Nature.SPECIFICATION, MethodFact.F13),
  /** Configuring the package (F14). */
  CONFIGURATION(WorkstreamKind.CONFIGURATION, Nature.IT_BUILD, MethodFact.F14),
  /** Developing what configuration cannot do (F14). */
  SPECIFIC_DEVELOPMENT(WorkstreamKind.SPECIFIC_DEVELOPMENT, Nature.IT_BUILD, MethodFact.F14),
  /** Testing configuration and development (F10, F14). */
  TESTS(WorkstreamKind.TESTS, Nature.IT_BUILD, MethodFact.F10, MethodFact.F14),
  /** Migrating data from earlier systems (F14). */
  DATA_MIGRATION(WorkstreamKind.DATA_MIGRATION, Nature.IT_BUILD, MethodFact.F14),
  /** Presenting the coming solution to its users (F14). */
  USER_PRESENTATIONS(WorkstreamKind.USER_PRESENTATIONS, Nature.ORGANISATION, MethodFact.F14),
  /** The global pre-acceptance test with key users (F16). */
  PRE_ACCEPTANCE(null, Nature.LOT_STEP, MethodFact.F16),
  /** Training users on validated functions and real data (F10, F17). */
  TRAINING(WorkstreamKind.TRAINING, Nature.LOT_STEP, MethodFact.F10, MethodFact.F17),
  /** Switching to the new system with the latest data (F18). */
  CUT_OVER(null, Nature.LOT_STEP, MethodFact.F18),
  /** Increased, reactive support right after go-live (F19). */
  HYPERCARE(null, Nature.LOT_STEP, MethodFact.F19),
  /** Signing final acceptance after a period of real use (F20). */
  FINAL_ACCEPTANCE(null, Nature.LOT_STEP, MethodFact.F20),
  /** Setting up the performance indicators (F10, F21). */
  KPI_SETUP(null, Nature.ORGANISATION, MethodFact.F10, MethodFact.F21),
  /** Steering the project, with minutes of what is exchanged (F15). */
  STEERING(null, Nature.ORGANISATION, MethodFact.F15),
  /** A zero-length milestone where a quality gate is reviewed (F05). */
  GATE_REVIEW(null, Nature.MILESTONE, MethodFact.F05),
  /** Work the method does not name; no method rule recognises it. */
  OTHER(null, Nature.OTHER);

  /** The broad nature of an activity kind, as the method's ordering rules see it (F28). */
  public enum Nature {
    /** Strategy work, which comes first (F28). */
    STRATEGY,
    /** Organisation and change work. */
    ORGANISATION,
    /** Specification and design work. */
    SPECIFICATION,
    /** Building or deploying the IT solution, which comes last (F28). */
    IT_BUILD,
    /** One of the steps that roll a lot out, from pre-acceptance to final acceptance. */
    LOT_STEP,
    /** A milestone of no duration. */
    MILESTONE,
    /** Work outside the method's vocabulary. */
    OTHER
  }

  private final Optional<WorkstreamKind> workstream;
  private final Nature nature;
  private final Set<MethodFact> facts;

  ActivityKind(WorkstreamKind workstream, Nature nature, MethodFact... facts) {
    this.workstream = Optional.ofNullable(workstream);
    this.nature = nature;
    this.facts = Set.of(facts);
  }

  /**
   * Returns the workstream this kind of activity belongs to, if it is one of the workstream kinds.
   *
   * @return the workstream kind, or empty
   */
  public Optional<WorkstreamKind> workstream() {
    return workstream;
  }

  /**
   * Returns the broad nature of this kind of activity.
   *
   * @return the nature
   */
  public Nature nature() {
    return nature;
  }

  /**
   * Tells whether this kind is one of the steps that roll a lot out (F16-F20).
   *
   * @return true for pre-acceptance, training, cut-over, hypercare and final acceptance
   */
  public boolean isLotStep() {
    return nature == Nature.LOT_STEP;
  }

  /**
   * Tells whether this kind builds or deploys the IT solution, work that must wait for the
   * strategy (F28).
   *
   * @return true for configuration, specific development, tests, data migration and cut-over
   */
  public boolean isItWork() {
    return nature == Nature.IT_BUILD || this == CUT_OVER;
  }

  /**
   * Returns the facts that name this kind of activity.
   *
   * @return the facts; empty only for {@link #OTHER}
   */
  public Set<MethodFact> facts() {
    return facts;
  }
}
