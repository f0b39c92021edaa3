package org.crmmethod.core.startmodule;

import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.optionals;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid start-module values and of the parts they are built from. */
public final class StartModuleGenerators {

  private StartModuleGenerators() {}

  // --- StartModuleChoice ---

  /** The parts of a {@link StartModuleChoice}. */
  public record StartModuleChoiceParts(
      CrmModule module,
      Set<StartModuleCriterion> criteria,
      LocalDate decidedOn,
      Optional<String> rationale)
      implements Parts<StartModuleChoice> {
    @Override
    public StartModuleChoice build() {
      return StartModuleChoice.builder()
          .module(module)
          .criteria(criteria)
          .decidedOn(decidedOn)
          .rationale(rationale)
          .build();
    }
  }

  /**
   * Parts of start-module choices, each giving at least one criterion.
   *
   * @return the generator
   */
  public static Gen<StartModuleChoiceParts> startModuleChoiceParts() {
    return Generate.enumValues(CrmModule.class)
        .zip(
            subsetsOf(StartModuleCriterion.class, 1),
            dates(),
            optionals(texts()),
            StartModuleChoiceParts::new);
  }

  /**
   * Start-module choices.
   *
   * @return the generator
   */
  public static Gen<StartModuleChoice> startModuleChoices() {
    return startModuleChoiceParts().map(StartModuleChoiceParts::build);
  }

  // --- StartModuleProfile ---

  /** The parts of a {@link StartModuleProfile}. */
  public record StartModuleProfileParts(
      CrmModule module,
      Set<StartModuleCriterion> strengths,
      Set<StartModuleRisk> riskFactors,
      String summary,
      Set<MethodFact> facts)
      implements Parts<StartModuleProfile> {
    @Override
    public StartModuleProfile build() {
      return StartModuleProfile.builder()
          .module(module)
          .strengths(strengths)
          .riskFactors(riskFactors)
          .summary(summary)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of start-module profiles.
   *
   * @return the generator
   */
  public static Gen<StartModuleProfileParts> startModuleProfileParts() {
    return Generate.enumValues(CrmModule.class)
        .zip(
            subsetsOf(StartModuleCriterion.class),
            subsetsOf(StartModuleRisk.class),
            texts(),
            subsetsOf(MethodFact.class),
            StartModuleProfileParts::new);
  }

  /**
   * Start-module profiles.
   *
   * @return the generator
   */
  public static Gen<StartModuleProfile> startModuleProfiles() {
    return startModuleProfileParts().map(StartModuleProfileParts::build);
  }
}
