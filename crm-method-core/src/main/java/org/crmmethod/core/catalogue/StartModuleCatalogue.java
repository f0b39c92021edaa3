package org.crmmethod.core.catalogue;

import java.util.Arrays;
import java.util.List;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleRisk;

/**
 * What the method says about each CRM module as the place to start (F01-F04), and the criteria the
 * choice turns on.
 *
 * <p>The method's order is fixed (F01): the global strategic view first, then pragmatic priorities
 * and the start module, then a staged project (F05). The built-in methods encode that order with
 * the priorities deliverable's prerequisite on the approved strategic objective.
 */
public final class StartModuleCatalogue {

  private static final List<StartModuleProfile> PROFILES =
      List.of(
          StartModuleProfile.builder()
              .module(CrmModule.SFA)
              .addStrengths(StartModuleCriterion.RETURN_ON_INVESTMENT)
              .addRiskFactors(StartModuleRisk.OBSOLETE_LEGACY_SYSTEM, StartModuleRisk.PAST_FAILURES, StartModuleRisk.SETTLED_HABITS)
              .summary("Looks like the obvious start because its gains seem evident, but usually replaces an obsolete system and meets past failures and settled habits; often better second, once a first success has made converts.")
              .addFacts(MethodFact.F02, MethodFact.F03)
              .build(),
          StartModuleProfile.builder()
              .module(CrmModule.ANALYTICAL)
              .addStrengths(
                  StartModuleCriterion.EASE_OF_IMPLEMENTATION,
                  StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE,
                  StartModuleCriterion.RETURN_ON_INVESTMENT,
                  StartModuleCriterion.LOW_LEGACY_RISK,
                  StartModuleCriterion.ENABLES_LATER_STEPS)
              .summary("Rarely chosen first and often the best start: easier to implement, involving fewer and more alike people, with a high return reached easily even where data has long been plentiful, and results that win over groups reluctant about SFA or a contact center.")
              .addFacts(MethodFact.F04)
              .build(),
          StartModuleProfile.builder()
              .module(CrmModule.EMA)
              .addStrengths(StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE)
              .summary("Touches mostly the marketing teams; the method says little more about it as a start, so the primary criteria decide.")
              .addFacts(MethodFact.F02)
              .build(),
          StartModuleProfile.builder()
              .module(CrmModule.CONTACT_CENTER)
              .summary("Groups around a contact center can be hard to win over; concrete results from another module help convince them.")
              .addFacts(MethodFact.F02, MethodFact.F04)
              .build(),
          StartModuleProfile.builder()
              .module(CrmModule.WEB_AND_E_CRM)
              .summary("The method says nothing specific about it as a start: the primary criteria decide.")
              .addFacts(MethodFact.F02)
              .build());

  private StartModuleCatalogue() {}

  /**
   * Returns the profile of every module.
   *
   * @return one profile per {@link CrmModule}
   */
  public static List<StartModuleProfile> profiles() {
    return PROFILES;
  }

  /**
   * Returns the profile of one module.
   *
   * @param module the module
   * @return its profile
   */
  public static StartModuleProfile profile(CrmModule module) {
    return PROFILES.stream()
        .filter(profile -> profile.module() == module)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No profile for " + module));
  }

  /**
   * Returns the three criteria the method makes decisive for the start module (F02).
   *
   * @return customer-culture shift, enabling later steps, awaited by users
   */
  public static List<StartModuleCriterion> primaryCriteria() {
    return Arrays.stream(StartModuleCriterion.values()).filter(StartModuleCriterion::isPrimary).toList();
  }
}
