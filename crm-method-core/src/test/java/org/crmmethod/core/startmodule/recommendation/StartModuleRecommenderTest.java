package org.crmmethod.core.startmodule.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.crmmethod.core.startmodule.StartModuleCriterion.AWAITED_BY_USERS;
import static org.crmmethod.core.startmodule.StartModuleCriterion.CUSTOMER_CULTURE_SHIFT;
import static org.crmmethod.core.startmodule.StartModuleCriterion.EASE_OF_IMPLEMENTATION;
import static org.crmmethod.core.startmodule.StartModuleCriterion.ENABLES_LATER_STEPS;
import static org.crmmethod.core.startmodule.StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE;
import static org.crmmethod.core.startmodule.StartModuleCriterion.LOW_LEGACY_RISK;
import static org.crmmethod.core.startmodule.StartModuleCriterion.RETURN_ON_INVESTMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.LegacySystem;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facts F01-F04 as the start-module recommender applies them: the pharmaceutical reference case,
 * what changes the ranking, the weights and the tie-break.
 */
class StartModuleRecommenderTest {
  private static final ProjectContext PHARMA = PharmaReferencePlan.plan().context();
  private static final StartModuleRecommender STANDARD = StartModuleRecommender.standard();

  private static ProjectContext withoutLegacy(ProjectContext context) {
    return ProjectContext.builder().from(context).legacySystem(Optional.empty()).build();
  }

  private static ProjectContext withModules(ProjectContext context, CrmModule... modules) {
    return ProjectContext.builder().from(context).modules(Set.of(modules)).build();
  }

  private static List<CrmModule> order(StartModuleRecommendation recommendation) {
    return recommendation.ranking().stream().map(RankedModule::module).toList();
  }

  private static CandidateAssessment uniform(CrmModule module, double rating) {
    List<CriterionRating> ratings = new ArrayList<>();
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      ratings.add(new CriterionRating(criterion, rating, "Rated alike on every criterion."));
    }
    return new CandidateAssessment(module, ratings);
  }

  // ---- The pharmaceutical reference case ----

  @Test
  @DisplayName("F04: a pharmaceutical laboratory with an obsolete SFA system starts with analytical CRM")
  void f04_pharmaReference_recommendsAnalyticalCrm() {
    StartModuleRecommendation recommendation = STANDARD.recommend(PHARMA);

    assertThat(recommendation.recommended()).isEqualTo(CrmModule.ANALYTICAL);
    assertThat(order(recommendation)).containsExactly(CrmModule.ANALYTICAL, CrmModule.SFA);
    assertThat(recommendation.first().score()).isCloseTo(52.0 / 14, within(1e-12));
    assertThat(recommendation.ranked(CrmModule.SFA).orElseThrow().score())
        .isCloseTo(30.5 / 14, within(1e-12));
    assertThat(recommendation.weights()).isEqualTo(CriterionWeights.defaults());
    assertThat(recommendation.tiedFirst()).containsExactly(CrmModule.ANALYTICAL);
  }

  @Test
  @DisplayName("F04: the analytical start is explained by its strengths, each naming its fact")
  void f04_pharmaReference_reasonsNameTheFacts() {
    RankedModule analytical = STANDARD.recommend(PHARMA).first();

    assertThat(analytical.reasons().get(0))
        .isEqualTo("Ranked 1 of 2 with 3.71 of 5, 1.54 ahead of Sales force automation.");
    assertThat(analytical.reasons().get(1))
        .startsWith("For: making the later CRM steps succeed rated 5 of 5, weight 3.")
        .contains("(F04)", "(F03)");
    assertThat(analytical.reasons())
        .anyMatch(reason -> reason.startsWith("For: low legacy-system and settled-habit risk rated 5"))
        .anyMatch(reason -> reason.startsWith("For: return on investment reached easily rated 4")
            && reason.contains("Even in pharma"))
        .noneMatch(reason -> reason.startsWith("Against:"));
    assertThat(analytical.contribution(AWAITED_BY_USERS).basis()).contains("(F07)");
    assertThat(analytical.contribution(CUSTOMER_CULTURE_SHIFT).basis()).contains("(F01)");
  }

  @Test
  @DisplayName("F03: SFA ranks last for the obsolete system, past failures and settled habits of its legacy")
  void f03_pharmaReference_sfaHeldBackByItsLegacy() {
    RankedModule sfa = STANDARD.recommend(PHARMA).ranked(CrmModule.SFA).orElseThrow();

    assertThat(sfa.rank()).isEqualTo(2);
    assertThat(sfa.contribution(LOW_LEGACY_RISK).rating()).isZero();
    assertThat(sfa.reasons())
        .containsSubsequence(
            "Ranked 2 of 2 with 2.18 of 5, 1.54 behind Analytical CRM.",
            "For: return on investment reached easily rated 4 of 5, weight 1. The method counts"
                + " return on investment reached easily among the strengths of Sales force automation"
                + " (F02, F03). Its gains look evident, though the method warns they are less certain"
                + " than they seem (F03).",
            "Against: low legacy-system and settled-habit risk rated 0 of 5, weight 2. The legacy"
                + " system 'In-house sales force system' brings 3 of the 3 risk factors the method"
                + " names against starting with Sales force automation: an obsolete system in place,"
                + " past failures, settled habits (F03).");
    assertThat(sfa.contribution(FEW_HOMOGENEOUS_PEOPLE).rating()).isEqualTo(1.5);
    assertThat(sfa.contribution(FEW_HOMOGENEOUS_PEOPLE).basis()).contains("medical", "(F04, F25)");
  }

  @Test
  @DisplayName("F01-F04: the reference recommendation renders as plain text, the same in every locale")
  void f04_pharmaReference_rendersAsText() {
    String text = STANDARD.recommend(PHARMA).render();
    System.out.println(text);

    assertThat(text)
        .startsWith("Recommended start module: Analytical CRM\n"
            + "Weights: carrying the shift to a customer culture 3, making the later CRM steps"
            + " succeed 3, being awaited by its users 3, ease of implementation 1, few and homogeneous"
            + " people involved 1, return on investment reached easily 1, low legacy-system and"
            + " settled-habit risk 2\n"
            + "1. Analytical CRM: 3.71 of 5\n"
            + "   - Ranked 1 of 2 with 3.71 of 5, 1.54 ahead of Sales force automation.\n")
        .contains("\n2. Sales force automation: 2.18 of 5\n")
        .doesNotContain("Note:")
        .endsWith("\n");
  }

  // ---- What changes the ranking ----

  @Test
  @DisplayName("F03: without the legacy system SFA loses nothing on legacy risk, and analytical CRM still leads (F04)")
  void f03_removingTheLegacy_raisesSfaButAnalyticalStillLeads() {
    StartModuleRecommendation recommendation = STANDARD.recommend(withoutLegacy(PHARMA));
    RankedModule sfa = recommendation.ranked(CrmModule.SFA).orElseThrow();

    assertThat(sfa.contribution(LOW_LEGACY_RISK).rating()).isEqualTo(5);
    assertThat(sfa.contribution(LOW_LEGACY_RISK).basis()).startsWith("No legacy system is recorded");
    assertThat(sfa.score()).isCloseTo(40.5 / 14, within(1e-12));
    assertThat(recommendation.first().score()).isCloseTo(52.0 / 14, within(1e-12));
    assertThat(recommendation.recommended()).isEqualTo(CrmModule.ANALYTICAL);
  }

  @Test
  @DisplayName("F03: between SFA and a contact center, the legacy system decides which goes first")
  void f03_legacyRisk_decidesBetweenSfaAndContactCenter() {
    ProjectContext twoModules = withModules(PHARMA, CrmModule.SFA, CrmModule.CONTACT_CENTER);
    ProjectContext habitsOnly =
        ProjectContext.builder()
            .from(twoModules)
            .legacySystem(LegacySystem.builder().name("Old field tool").settledHabits(true).build())
            .build();

    assertThat(order(STANDARD.recommend(twoModules)))
        .containsExactly(CrmModule.CONTACT_CENTER, CrmModule.SFA);
    assertThat(order(STANDARD.recommend(habitsOnly)))
        .containsExactly(CrmModule.CONTACT_CENTER, CrmModule.SFA);
    assertThat(STANDARD.recommend(habitsOnly).ranked(CrmModule.SFA).orElseThrow()
            .contribution(LOW_LEGACY_RISK).rating())
        .isCloseTo(10.0 / 3, within(1e-12));
    assertThat(order(STANDARD.recommend(withoutLegacy(twoModules))))
        .containsExactly(CrmModule.SFA, CrmModule.CONTACT_CENTER);
  }

  @Test
  @DisplayName("F02: once the audit shows users waiting for SFA, it goes first where no legacy weighs on it")
  void f02_usersAwaitingSfa_changeTheRanking_unlessTheLegacyWeighs() {
    String audit = "The audit's interviews found the representatives asking for a new SFA (F07).";
    List<CandidateAssessment> withLegacy = new ArrayList<>();
    List<CandidateAssessment> noLegacy = new ArrayList<>();
    for (CandidateAssessment derived : STANDARD.assess(PHARMA)) {
      withLegacy.add(awaited(derived, audit));
    }
    for (CandidateAssessment derived : STANDARD.assess(withoutLegacy(PHARMA))) {
      noLegacy.add(awaited(derived, audit));
    }

    assertThat(STANDARD.rank(withLegacy).recommended()).isEqualTo(CrmModule.ANALYTICAL);
    assertThat(STANDARD.rank(noLegacy).recommended()).isEqualTo(CrmModule.SFA);
    assertThat(STANDARD.rank(noLegacy).first().reasons())
        .anyMatch(reason -> reason.startsWith("For: being awaited by its users rated 5") && reason.endsWith(audit));
  }

  private static CandidateAssessment awaited(CandidateAssessment candidate, String audit) {
    if (candidate.module() != CrmModule.SFA) {
      return candidate;
    }
    return candidate
        .with(AWAITED_BY_USERS, 5, audit)
        .with(CUSTOMER_CULTURE_SHIFT, 5, "Management wants the field force to lead the change.");
  }

  @Test
  @DisplayName("F03: a module without risks of its own makes converts for a risky SFA")
  void f03_lessSensitiveModule_makesConvertsForSfa() {
    ProjectContext sfaAndMarketing = withModules(PHARMA, CrmModule.SFA, CrmModule.EMA);

    RankedModule ema = STANDARD.recommend(sfaAndMarketing).first();
    RankedModule emaWithoutLegacy =
        STANDARD.recommend(withoutLegacy(sfaAndMarketing)).ranked(CrmModule.EMA).orElseThrow();

    assertThat(ema.module()).isEqualTo(CrmModule.EMA);
    assertThat(ema.contribution(ENABLES_LATER_STEPS).rating()).isEqualTo(3.5);
    assertThat(ema.contribution(ENABLES_LATER_STEPS).basis()).contains("makes converts", "(F03)");
    assertThat(emaWithoutLegacy.contribution(ENABLES_LATER_STEPS).rating()).isEqualTo(2.5);
  }

  @Test
  @DisplayName("F04: analytical CRM wins reluctant groups over only where SFA or a contact center follows")
  void f04_analyticalBonus_dependsOnTheModulesInScope() {
    ProjectContext withEma = withoutLegacy(withModules(PHARMA, CrmModule.ANALYTICAL, CrmModule.EMA));
    ProjectContext withContactCenter =
        withoutLegacy(withModules(PHARMA, CrmModule.ANALYTICAL, CrmModule.CONTACT_CENTER));

    assertThat(STANDARD.recommend(withEma).ranked(CrmModule.ANALYTICAL).orElseThrow()
            .contribution(ENABLES_LATER_STEPS).rating())
        .isEqualTo(4);
    assertThat(STANDARD.recommend(withContactCenter).ranked(CrmModule.ANALYTICAL).orElseThrow()
            .contribution(ENABLES_LATER_STEPS).basis())
        .contains("reluctant about Contact center", "(F04)");
  }

  @Test
  @DisplayName("F04: outside pharma, SFA's people and analytical CRM's return are rated without the pharma notes")
  void f04_industry_changesRatingsAndBases() {
    ProjectContext retail = ProjectContext.builder().from(PHARMA).industry(Industry.RETAIL).build();

    StartModuleRecommendation recommendation = STANDARD.recommend(retail);

    assertThat(recommendation.ranked(CrmModule.SFA).orElseThrow()
            .contribution(FEW_HOMOGENEOUS_PEOPLE).rating())
        .isEqualTo(2.5);
    assertThat(recommendation.first().contribution(RETURN_ON_INVESTMENT).basis())
        .doesNotContain("pharma");
    assertThat(recommendation.ranked(CrmModule.SFA).orElseThrow().score())
        .isCloseTo(31.5 / 14, within(1e-12));
  }

  @Test
  @DisplayName("F01: only the modules in scope are candidates, in a fixed order")
  void f01_assess_ratesTheModulesInScope() {
    ProjectContext all = withModules(PHARMA, CrmModule.values());

    assertThat(STANDARD.assess(all)).extracting(CandidateAssessment::module)
        .containsExactly(CrmModule.values());
    assertThat(STANDARD.assess(PHARMA)).extracting(CandidateAssessment::module)
        .containsExactly(CrmModule.SFA, CrmModule.ANALYTICAL);
    StartModuleRecommendation alone = STANDARD.recommend(withModules(PHARMA, CrmModule.WEB_AND_E_CRM));
    assertThat(alone.first().reasons().get(0)).isEqualTo("The only candidate in scope, with 2.86 of 5.");
  }

  // ---- Weights ----

  @Test
  @DisplayName("F02: the default weights put each primary criterion above return on investment")
  void f02_defaultWeights_respectF02() {
    CriterionWeights defaults = CriterionWeights.defaults();

    assertThat(defaults.respectsF02()).isTrue();
    for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
      if (criterion.isPrimary()) {
        assertThat(defaults.weight(criterion))
            .isEqualTo(CriterionWeights.PRIMARY_WEIGHT)
            .isGreaterThan(defaults.weight(RETURN_ON_INVESTMENT))
            .isGreaterThan(defaults.weight(LOW_LEGACY_RISK));
      }
    }
    assertThat(defaults.weight(LOW_LEGACY_RISK)).isEqualTo(2)
        .isGreaterThan(defaults.weight(EASE_OF_IMPLEMENTATION));
    assertThat(defaults.weights().keySet()).containsExactly(StartModuleCriterion.values());
  }

  @Test
  @DisplayName("F02: a module strong on the three primary criteria beats one strong on everything else")
  void f02_primaryCriteria_outweighTheOthers() {
    CandidateAssessment primary = uniform(CrmModule.EMA, 0)
        .with(CUSTOMER_CULTURE_SHIFT, 5, "Carries the change.")
        .with(ENABLES_LATER_STEPS, 5, "Prepares the next lots.")
        .with(AWAITED_BY_USERS, 5, "Users ask for it.");
    CandidateAssessment rest = uniform(CrmModule.SFA, 5)
        .with(CUSTOMER_CULTURE_SHIFT, 0, "Changes nothing.")
        .with(ENABLES_LATER_STEPS, 0, "Prepares nothing.")
        .with(AWAITED_BY_USERS, 0, "Nobody asks for it.");

    assertThat(STANDARD.rank(List.of(rest, primary)).recommended()).isEqualTo(CrmModule.EMA);
  }

  @Test
  @DisplayName("F02: a vendor may weigh return on investment above the primary criteria; the recommendation says so")
  void f02_vendorWeightsBreakingF02_areAcceptedAndFlagged() {
    CriterionWeights roiFirst = CriterionWeights.defaults().with(RETURN_ON_INVESTMENT, 10);

    StartModuleRecommendation recommendation = StartModuleRecommender.of(roiFirst).recommend(PHARMA);

    assertThat(roiFirst.respectsF02()).isFalse();
    assertThat(CriterionWeights.defaults().with(RETURN_ON_INVESTMENT, 3).respectsF02()).isFalse();
    assertThat(recommendation.weights()).isEqualTo(roiFirst);
    assertThat(recommendation.render()).contains("Note: these weights let return on investment count");
    assertThat(StartModuleRecommender.of(roiFirst).weights()).isSameAs(roiFirst);
  }

  @Test
  void reRankingTheAssessments_withOtherWeights_keepsTheRatings() {
    StartModuleRecommendation recommendation = STANDARD.recommend(PHARMA);
    CriterionWeights onlyLegacy = new CriterionWeights(
        java.util.Map.of(
            CUSTOMER_CULTURE_SHIFT, 0.0, ENABLES_LATER_STEPS, 0.0, AWAITED_BY_USERS, 0.0,
            EASE_OF_IMPLEMENTATION, 0.0, FEW_HOMOGENEOUS_PEOPLE, 0.0, RETURN_ON_INVESTMENT, 0.0,
            LOW_LEGACY_RISK, 1.0));

    StartModuleRecommendation again = StartModuleRecommender.of(onlyLegacy).rank(recommendation.assessments());

    assertThat(again.assessments()).containsExactlyElementsOf(recommendation.assessments());
    assertThat(again.first().score()).isEqualTo(5);
    assertThat(again.first().reasons()).hasSize(2);
    assertThat(STANDARD.rank(recommendation.assessments())).isEqualTo(recommendation);
  }

  // ---- Ties ----

  @Test
  @DisplayName("F02: equal scores go to the module that does more on the primary criteria")
  void f02_tie_brokenByThePrimaryCriteria() {
    // SFA: 5 on one primary criterion (weight 3) and 0 elsewhere; WEB: 5 on the three secondary
    // criteria of weight 1: both weigh 15 points in all.
    CandidateAssessment sfa = uniform(CrmModule.SFA, 0).with(AWAITED_BY_USERS, 5, "Awaited.");
    CandidateAssessment web = uniform(CrmModule.WEB_AND_E_CRM, 0)
        .with(EASE_OF_IMPLEMENTATION, 5, "Easy.")
        .with(FEW_HOMOGENEOUS_PEOPLE, 5, "Few.")
        .with(RETURN_ON_INVESTMENT, 5, "Pays.");

    StartModuleRecommendation recommendation = STANDARD.rank(List.of(web, sfa));

    assertThat(order(recommendation)).containsExactly(CrmModule.SFA, CrmModule.WEB_AND_E_CRM);
    assertThat(recommendation.tiedFirst()).containsExactly(CrmModule.SFA, CrmModule.WEB_AND_E_CRM);
    assertThat(recommendation.first().reasons().get(0))
        .isEqualTo("Ranked 1 of 2 with 1.07 of 5, tied with Web and e-CRM and placed first for"
            + " doing more on the primary criteria (F02).");
    assertThat(recommendation.ranking().get(1).reasons().get(0))
        .isEqualTo("Ranked 2 of 2 with 1.07 of 5, tied with Sales force automation, which goes"
            + " first for doing more on the primary criteria (F02).");
  }

  @Test
  void tie_inEverything_goesByTheModulesDeclarationOrder() {
    List<CandidateAssessment> candidates = new ArrayList<>();
    for (CrmModule module : List.of(CrmModule.ANALYTICAL, CrmModule.CONTACT_CENTER, CrmModule.EMA)) {
      candidates.add(uniform(module, 3));
    }

    StartModuleRecommendation recommendation = STANDARD.rank(candidates);

    assertThat(order(recommendation))
        .containsExactly(CrmModule.EMA, CrmModule.CONTACT_CENTER, CrmModule.ANALYTICAL);
    assertThat(recommendation.ranking().get(2).reasons().get(0))
        .isEqualTo("Ranked 3 of 3 with 3 of 5, tied with Contact center, which goes first in the"
            + " fixed order of the modules.");
    assertThat(recommendation.tiedFirst()).hasSize(3);
  }

  @Test
  void scoresThatDifferByLessThanTheirRounding_areNotTied() {
    CandidateAssessment higher = uniform(CrmModule.ANALYTICAL, 3);
    CandidateAssessment lower =
        withModule(higher, CrmModule.EMA).with(RETURN_ON_INVESTMENT, Math.nextDown(3.0), "A hair less.");

    StartModuleRecommendation recommendation = STANDARD.rank(List.of(lower, higher));

    assertThat(order(recommendation)).containsExactly(CrmModule.ANALYTICAL, CrmModule.EMA);
    assertThat(recommendation.tiedFirst()).containsExactly(CrmModule.ANALYTICAL);
    assertThat(recommendation.ranking().get(1).reasons().get(0))
        .isEqualTo("Ranked 2 of 2 with 3 of 5, just behind Analytical CRM.");
  }

  private static CandidateAssessment withModule(CandidateAssessment candidate, CrmModule module) {
    return new CandidateAssessment(module, candidate.ratings());
  }

  // ---- Refusals ----

  @Test
  void rank_refusesNoCandidateAndARepeatedModule() {
    assertThatThrownBy(() -> STANDARD.rank(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must hold at least one module, but was empty");
    assertThatThrownBy(() -> STANDARD.rank(List.of(uniform(CrmModule.SFA, 1), uniform(CrmModule.SFA, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must not repeat a module, but SFA appears twice");
    assertThatThrownBy(() -> STANDARD.recommend(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StartModuleRecommender.of(null)).isInstanceOf(NullPointerException.class);
  }
}
