package org.crmmethod.core.startmodule;

import java.util.Set;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** What the method says about one module as a place to start: its strengths and its risks. */
@Value.Immutable
public abstract class StartModuleProfile {

  /**
   * The module described.
   *
   * @return the module
   */
  public abstract CrmModule module();

  /**
   * The criteria on which the module typically scores well.
   *
   * @return the strengths
   */
  public abstract Set<StartModuleCriterion> strengths();

  /**
   * The risk factors the module typically meets when the project starts with it.
   *
   * @return the risk factors
   */
  public abstract Set<StartModuleRisk> riskFactors();

  /**
   * A short assessment of the module as a start.
   *
   * @return the summary, not blank
   */
  public abstract String summary();

  /**
   * The method facts this profile encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a profile.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StartModuleProfile} values. */
  public static final class Builder extends ImmutableStartModuleProfile.Builder {}

  @Value.Check
  void check() {
    Invariants.of("StartModuleProfile").text("summary", summary());
  }
}
