package org.crmmethod.core.startmodule.recommendation;

import static org.crmmethod.core.startmodule.recommendation.CriterionRating.HIGHEST;
import static org.crmmethod.core.startmodule.recommendation.CriterionRating.NEUTRAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.StartModuleCatalogue;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleRisk;

/**
 * Derives candidate assessments from a project's context and the start-module catalogue. The rules
 * are listed, with their figures, on {@link StartModuleRecommender}.
 */
final class ContextRatings {
  /** The rating of a criterion the catalogue counts among a module's strengths. */
  static final double STRENGTH = 4;

  /** What a module gains on later steps when its first success can win over reluctant groups. */
  static final double CONVERTS_BONUS = 1;

  /** The rating of SFA on few and homogeneous people in a pharmaceutical company. */
  static final double FIELD_FORCE = 1.5;

  /** The modules whose groups the method counts as hard to win over (F04). */
  static final Set<CrmModule> HARD_TO_WIN_OVER = EnumSet.of(CrmModule.SFA, CrmModule.CONTACT_CENTER);

  private ContextRatings() {}

  static List<CandidateAssessment> assess(ProjectContext context) {
    List<CandidateAssessment> assessments = new ArrayList<>();
    for (CrmModule module : CrmModule.values()) {
      if (context.modules().contains(module)) {
        assessments.add(assess(module, context));
      }
    }
    return List.copyOf(assessments);
  }

  private static CandidateAssessment assess(CrmModule module, ProjectContext context) {
    StartModuleProfile profile = StartModuleCatalogue.profile(module);
    List<CriterionRating> ratings = new ArrayList<>();
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      ratings.add(
          switch (criterion) {
            case ENABLES_LATER_STEPS -> laterSteps(profile, context);
            case FEW_HOMOGENEOUS_PEOPLE -> people(profile, context);
            case RETURN_ON_INVESTMENT -> returnOnInvestment(profile, context);
            case LOW_LEGACY_RISK -> legacyRisk(profile, context);
            default -> fromProfile(profile, criterion);
          });
    }
    return new CandidateAssessment(module, ratings);
  }

  /** A strength of the module's profile, or else the middle of the scale. */
  private static CriterionRating fromProfile(StartModuleProfile profile, StartModuleCriterion criterion) {
    if (profile.strengths().contains(criterion)) {
      return new CriterionRating(criterion, STRENGTH, strength(profile, criterion));
    }
    String basis = "Neither the method nor the context says how " + profile.module().label()
        + " fares on " + criterion.label() + " (" + facts(criterion.facts()) + "): a neutral rating.";
    if (criterion == StartModuleCriterion.AWAITED_BY_USERS) {
      basis += " Which module users await most comes out of the audit's interviews (F07): rate it"
          + " from them.";
    } else if (criterion == StartModuleCriterion.CUSTOMER_CULTURE_SHIFT) {
      basis += " The approved strategic objective says which change of culture is sought (F01):"
          + " rate it from there.";
    }
    return new CriterionRating(criterion, NEUTRAL, basis);
  }

  private static String strength(StartModuleProfile profile, StartModuleCriterion criterion) {
    return "The method counts " + criterion.label() + " among the strengths of "
        + profile.module().label() + " (" + facts(profile.facts()) + ").";
  }

  /**
   * A strength or the middle of the scale, plus a bonus where succeeding first with the module
   * wins over groups that a later module needs: analytical CRM's concrete results convince the
   * groups reluctant about SFA or a contact center (F04), and any module without risks of its own
   * makes converts for an SFA that the legacy system makes risky (F03).
   */
  private static CriterionRating laterSteps(StartModuleProfile profile, ProjectContext context) {
    CriterionRating base = fromProfile(profile, StartModuleCriterion.ENABLES_LATER_STEPS);
    CrmModule module = profile.module();
    List<String> bonuses = new ArrayList<>();
    Set<CrmModule> reluctant = EnumSet.noneOf(CrmModule.class);
    for (CrmModule other : context.modules()) {
      if (HARD_TO_WIN_OVER.contains(other)) {
        reluctant.add(other);
      }
    }
    if (module == CrmModule.ANALYTICAL && !reluctant.isEmpty()) {
      bonuses.add("Its concrete results can win over the groups reluctant about "
          + reluctant.stream().map(CrmModule::label).collect(Collectors.joining(" and "))
          + ", also in scope (F04).");
    }
    if (!HARD_TO_WIN_OVER.contains(module)
        && profile.riskFactors().isEmpty()
        && context.modules().contains(CrmModule.SFA)
        && !legacyRisks(StartModuleCatalogue.profile(CrmModule.SFA), context).isEmpty()) {
      bonuses.add("Once it succeeds, it makes converts for "
          + CrmModule.SFA.label().toLowerCase(Locale.ROOT)
          + ", which the legacy system makes a risky first step (F03).");
    }
    if (bonuses.isEmpty()) {
      return base;
    }
    return new CriterionRating(
        base.criterion(),
        Math.min(HIGHEST, base.rating() + CONVERTS_BONUS),
        base.basis() + " " + String.join(" ", bonuses));
  }

  /** A strength, or SFA's field force in pharma (F04, F25), or else the middle of the scale. */
  private static CriterionRating people(StartModuleProfile profile, ProjectContext context) {
    if (profile.module() == CrmModule.SFA && context.industry() == Industry.PHARMACEUTICAL
        && !profile.strengths().contains(StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE)) {
      return new CriterionRating(
          StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE,
          FIELD_FORCE,
          "In a pharmaceutical company SFA is the tool of the field force of medical"
              + " representatives: many people, organised by customer segment and sector, whereas"
              + " analytical CRM involves fewer people, and more alike (F04, F25).");
    }
    return fromProfile(profile, StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE);
  }

  /** A strength or the middle of the scale; the basis adds what the method says of SFA and pharma. */
  private static CriterionRating returnOnInvestment(StartModuleProfile profile, ProjectContext context) {
    CriterionRating rating = fromProfile(profile, StartModuleCriterion.RETURN_ON_INVESTMENT);
    if (profile.module() == CrmModule.SFA) {
      return new CriterionRating(rating.criterion(), rating.rating(), rating.basis()
          + " Its gains look evident, though the method warns they are less certain than they seem"
          + " (F03).");
    }
    if (profile.module() == CrmModule.ANALYTICAL && context.industry() == Industry.PHARMACEUTICAL) {
      return new CriterionRating(rating.criterion(), rating.rating(), rating.basis()
          + " Even in pharma, where market data has long been plentiful, the return is high and"
          + " easily reached (F04).");
    }
    return rating;
  }

  /**
   * Full marks unless the legacy system shows risk factors the module's profile names; each such
   * factor takes an equal share of the scale off (F03).
   */
  private static CriterionRating legacyRisk(StartModuleProfile profile, ProjectContext context) {
    StartModuleCriterion criterion = StartModuleCriterion.LOW_LEGACY_RISK;
    String module = profile.module().label();
    Set<StartModuleRisk> risks = profile.riskFactors();
    if (risks.isEmpty()) {
      String basis = "The method names no legacy risk against starting with " + module + " (F03)";
      if (profile.strengths().contains(criterion)) {
        basis += " and counts a low one among its strengths (" + facts(profile.facts()) + ")";
      }
      return new CriterionRating(criterion, HIGHEST, basis + ".");
    }
    Optional<LegacySystem> legacy = context.legacySystem();
    if (legacy.isEmpty()) {
      return new CriterionRating(criterion, HIGHEST, "No legacy system is recorded, so none of the"
          + " risk factors the method names against starting with " + module + " applies (F03).");
    }
    Set<StartModuleRisk> shown = legacyRisks(profile, context);
    String name = "The legacy system '" + legacy.get().name() + "'";
    if (shown.isEmpty()) {
      return new CriterionRating(criterion, HIGHEST, name + " shows none of the risk factors the"
          + " method names against starting with " + module + " (F03).");
    }
    double rating = HIGHEST * (risks.size() - shown.size()) / risks.size();
    return new CriterionRating(criterion, rating, name + " brings " + shown.size() + " of the "
        + risks.size() + " risk factors the method names against starting with " + module + ": "
        + shown.stream().map(StartModuleRisk::label).collect(Collectors.joining(", ")) + " (F03).");
  }

  /** The risk factors of a module's profile that the context's legacy system shows. */
  private static Set<StartModuleRisk> legacyRisks(StartModuleProfile profile, ProjectContext context) {
    Set<StartModuleRisk> shown = EnumSet.noneOf(StartModuleRisk.class);
    context.legacySystem().ifPresent(legacy -> {
      if (legacy.obsolete()) {
        shown.add(StartModuleRisk.OBSOLETE_LEGACY_SYSTEM);
      }
      if (legacy.pastFailures()) {
        shown.add(StartModuleRisk.PAST_FAILURES);
      }
      if (legacy.settledHabits()) {
        shown.add(StartModuleRisk.SETTLED_HABITS);
      }
    });
    shown.retainAll(profile.riskFactors());
    return shown;
  }

  private static String facts(Set<MethodFact> facts) {
    return facts.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }
}
