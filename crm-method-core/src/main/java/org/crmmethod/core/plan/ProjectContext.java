package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The facts about a company and its project that the method's rules and estimates depend on. */
@Value.Immutable
public abstract class ProjectContext {

  /**
   * The company running the project.
   *
   * @return the company name, not blank
   */
  public abstract String company();

  /**
   * The company's industry.
   *
   * @return the industry
   */
  public abstract Industry industry();

  /**
   * The kind of project (F13).
   *
   * @return the approach
   */
  public abstract Approach approach();

  /**
   * The CRM modules in the project's scope.
   *
   * @return the modules, at least one
   */
  public abstract Set<CrmModule> modules();

  /**
   * The day the project starts.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * The identifier of the working calendar the plan is scheduled on.
   *
   * @return the calendar id; {@code FR} (France, the method's home) unless set
   */
  @Value.Default
  public String calendar() {
    return "FR";
  }

  /**
   * The budget allotted to the project (F06).
   *
   * @return the budget
   */
  public abstract Money budget();

  /**
   * The legacy system the CRM replaces, if there is one (F03).
   *
   * @return the legacy system, or empty when there is none
   */
  public abstract Optional<LegacySystem> legacySystem();

  /**
   * How much of an implementation the plan covers (F11).
   *
   * @return the scope; {@link ProjectScope#FULL_IMPLEMENTATION} unless set
   */
  @Value.Default
  public ProjectScope scope() {
    return ProjectScope.FULL_IMPLEMENTATION;
  }

  /**
   * Whether an outside consultant helps rethink the organisation and sales strategy (F12).
   *
   * @return true when a consultant is involved
   */
  @Value.Default
  public boolean externalConsultant() {
    return false;
  }

  /**
   * The finish date the project is asked or promised to meet, if any (e.g. a vendor's promise).
   *
   * @return the target finish date, after the start date, or empty
   */
  public abstract Optional<LocalDate> targetFinish();

  /**
   * Starts building a project context.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectContext} values. */
  public static final class Builder extends ImmutableProjectContext.Builder {}

  @Value.Check
  void check() {
    Invariants.of("ProjectContext")
        .text("company", company())
        .nonEmpty("modules", modules())
        .id("calendar", calendar())
        .require(
            targetFinish().map(finish -> finish.isAfter(startDate())).orElse(true),
            "targetFinish",
            targetFinish().orElse(null),
            "must be after startDate (" + startDate() + ")");
  }
}
