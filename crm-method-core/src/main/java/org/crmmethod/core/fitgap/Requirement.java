package org.crmmethod.core.fitgap;

import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * One thing users want of the CRM, as the specification teams record it (F08): what is wanted, who
 * asked for it, which module it belongs to and how much it matters.
 */
@Value.Immutable
public abstract class Requirement {

  /**
   * The requirement's identifier, unique within its fit-gap analysis.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What is wanted, in the users' terms.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * Who asked for it: the id of a department or of a stakeholder of the same plan.
   *
   * @return a department or stakeholder id
   */
  public abstract String source();

  /**
   * The CRM module the requirement belongs to.
   *
   * @return the module
   */
  public abstract CrmModule module();

  /**
   * How much the requirement matters to the release, on the MoSCoW scale.
   *
   * @return the priority
   */
  public abstract Priority priority();

  /**
   * Creates a requirement.
   *
   * @param id the id
   * @param statement what is wanted, not blank
   * @param source the id of the department or stakeholder who asked for it
   * @param module the module it belongs to
   * @param priority how much it matters
   * @return the requirement
   */
  public static Requirement of(
      String id, String statement, String source, CrmModule module, Priority priority) {
    return builder()
        .id(id)
        .statement(statement)
        .source(source)
        .module(module)
        .priority(priority)
        .build();
  }

  /**
   * Starts building a requirement.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Requirement} values. */
  public static final class Builder extends ImmutableRequirement.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Requirement")
        .id("id", id())
        .text("statement", statement())
        .id("source", source());
  }
}
