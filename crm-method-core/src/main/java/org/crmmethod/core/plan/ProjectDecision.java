package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A decision taken in the project, and any later reopening of it (F01, F09). */
@Value.Immutable
public abstract class ProjectDecision {

  /**
   * The decision's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What the decision is about.
   *
   * @return the kind
   */
  public abstract DecisionKind kind();

  /**
   * What was decided.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * The id of the plan phase in which the decision was taken.
   *
   * @return a phase id of the same plan
   */
  public abstract String phase();

  /**
   * The day of the decision.
   *
   * @return the date
   */
  public abstract LocalDate decidedOn();

  /**
   * The ids of the stakeholders who took the decision.
   *
   * @return stakeholder ids of the same plan
   */
  public abstract Set<String> decidedBy();

  /**
   * The times the decision was later called into question.
   *
   * @return the reopenings, none dated before the decision
   */
  public abstract List<Reopening> reopenings();

  /**
   * Starts building a project decision.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectDecision} values. */
  public static final class Builder extends ImmutableProjectDecision.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ProjectDecision")
            .id("id", id())
            .text("statement", statement())
            .id("phase", phase())
            .ids("decidedBy", decidedBy());
    for (Reopening reopening : reopenings()) {
      invariants.require(
          !reopening.date().isBefore(decidedOn()),
          "reopenings",
          reopening.date(),
          "must not be dated before the decision (" + decidedOn() + ")");
    }
  }
}
