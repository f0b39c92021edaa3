package org.crmmethod.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.crmmethod.examples.vendor.HypercareResponseRule;
import org.crmmethod.examples.vendor.KpiOwnerRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runs the four scenarios of {@code org.crmmethod.examples.scenarios} and checks the key lines of
 * what they print, so that they cannot rot.
 */
class ScenariosTest {

  static String capture(Consumer<PrintStream> scenario) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      scenario.accept(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  static String captureMain(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The line that starts with the given text, or a failure naming it. */
  static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with '" + start + "' in:\n" + text));
  }

  /** The cells of a table row: the text between runs of two or more spaces. */
  static List<String> cells(String row) {
    return List.of(row.strip().split(" {2,}"));
  }

  /** The facts named in the section headings: the bracketed lists, ranges expanded. */
  static Set<MethodFact> factsInHeadings(String text) {
    Set<MethodFact> facts = EnumSet.noneOf(MethodFact.class);
    Matcher heading = Pattern.compile("(?m)^\\d+\\. .*\\[(.*)]$").matcher(text);
    while (heading.find()) {
      for (String part : heading.group(1).split(", ")) {
        String[] range = part.split("-");
        MethodFact from = MethodFact.valueOf(range[0]);
        MethodFact to = MethodFact.valueOf(range[range.length - 1]);
        facts.addAll(EnumSet.range(from, to));
      }
    }
    return facts;
  }

  @Nested
  class Pharmaceutical {
    private final String out = capture(PharmaceuticalScenario::run);

    @Test
    void headsItsSectionsWithFactsF01ToF11AndF21ToF33() {
      assertThat(out).startsWith("A pharmaceutical laboratory, end to end with the staged method\n");
      assertThat(factsInHeadings(out))
          .containsAll(EnumSet.range(MethodFact.F01, MethodFact.F11))
          .containsAll(EnumSet.range(MethodFact.F21, MethodFact.F33));
      assertThat(out).contains(
          "1. The staged plan from the catalogue  [F05, F06, F07, F08, F09, F10]",
          "3. Readiness before IT  [F28, F29, F30, F31, F32, F33]",
          "4. Requirements against the package and the budget  [F08]",
          "5. Where to start  [F01, F02, F03, F04]",
          "8. Monte Carlo forecast of the finish  [F11]");
    }

    @Test
    void showsThePlanItsOrganisationAndReadiness() {
      assertThat(out).contains("Laboratoires Alpine Santé", "budget 1,200,000 EUR");
      assertThat(cells(line(out, "4  Phase 4: deployment"))).containsExactly(
          "4", "Phase 4: deployment", "3 to 5 months", "22", "Deployment closed", "General management");
      assertThat(out).contains("may loop back to AUDIT; a reopened decision is reported to General management (F09)");
      assertThat(out).contains("Champions team (F27): 5 members from 5 departments, with all 7 duties");
      assertThat(out).contains("overall RED, 41 of 99 points (41%)");
      assertThat(cells(line(out, "DATA-08 "))).containsExactly("DATA-08", "IN_PROGRESS", "DPO", "2027-06-28", "DATA_MIGRATION, CUT_OVER");
    }

    @Test
    void weighsTheGapsAgainstTheBudget() {
      assertThat(out).contains(
          "Fitting the package costs 60,000 EUR; the gap plan adds 119,000 EUR, 179,000 EUR in all against a budget of 220,000 EUR (within budget).",
          "Must-haves left uncovered by the plan: none.",
          "Within 150,000 EUR the optimiser closes [R-KOL, R-SAMPLES, R-TENDERS] for 89,000 EUR");
    }

    @Test
    void recommendsAnalyticalCrmFirstWithReasons() {
      assertThat(out).contains("Recommended start module: Analytical CRM, ranked first with 3.71 of 5. Its reasons:");
      assertThat(cells(line(out, "Score (weighted mean, of 5)"))).containsExactly("Score (weighted mean, of 5)", "3.71", "2.18");
      assertThat(out).contains("  - Ranked 1 of 2 with 3.71 of 5, 1.54 ahead of Sales force automation.");
      assertThat(out).contains("Then Sales force automation with 2.18 of 5:", "  - Against: low legacy-system and settled-habit risk rated 0 of 5");
      assertThat(out).contains("The plan follows the advice: its first lot, LOT-1, rolls out Analytical CRM.");
    }

    @Test
    void findsNoErrorOnTheReferencePlan() {
      assertThat(out).contains("Plan 'pharma-reference' against method 'crm-staged': valid (0 error(s), 0 warning(s), 0 info;");
      assertThat(cells(line(out, "ERROR "))).containsExactly("ERROR", "0");
      assertThat(out).doesNotContain("  - ERROR ");
    }

    @Test
    void schedulesAndForecastsAboutTwelveMonths() {
      ProjectPlan plan = PharmaReferencePlan.plan();
      assertThat(out).contains("Starts 2027-01-04, finishes 2027-12-06: 235 working days, about 11.2 months.");
      Forecast forecast = MonteCarloSimulator.builder()
          .iterations(PharmaceuticalScenario.ITERATIONS).seed(PharmaceuticalScenario.SEED).build().forecast(plan);
      LocalDate p80 = ScenarioText.finishDate(plan, forecast.p80());
      List<String> row = cells(line(out, "P80 "));
      assertThat(row.get(0)).isEqualTo("P80");
      assertThat(row.get(1)).isEqualTo(ScenarioText.days(forecast.p80()));
      assertThat(row.get(3)).isEqualTo(p80.toString());
      assertThat(Double.parseDouble(row.get(2))).isBetween(11.0, 13.0);
      assertThat(out).contains("and P80 " + p80 + ": about");
      assertThat(line(out, "A vendor's 90 days")).contains("would be met in 0.0% of the iterations");
    }

    @Test
    void printsTheSameTextInEveryLocaleAndRun() {
      Locale original = Locale.getDefault();
      try {
        Locale.setDefault(Locale.GERMANY);
        assertThat(capture(PharmaceuticalScenario::run)).isEqualTo(out);
      } finally {
        Locale.setDefault(original);
      }
      assertThat(captureMain(PharmaceuticalScenario::main)).isEqualTo(out);
    }
  }

  @Nested
  class LotRolloutForms {
    private final String out = capture(LotRolloutScenario::run);

    @Test
    void bothHandBuiltPlansFollowTheirMethodWithoutAnyFinding() {
      ValidationReport classic = Validator.standard().validate(MidSizeCompany.classic(), LotRollout.classic());
      ValidationReport differentiating = Validator.standard().validate(MidSizeCompany.differentiating(), LotRollout.differentiating());
      assertThat(classic.findings()).isEmpty();
      assertThat(differentiating.findings()).isEmpty();
      assertThat(out).contains(
          "Classic: Plan 'vernier-classic' against method 'crm-lots-classic': valid (0 error(s), 0 warning(s)",
          "Differentiating: Plan 'vernier-differentiating' against method 'crm-lots-differentiating': valid (0 error(s), 0 warning(s)");
      assertThat(cells(line(out, "CRM-F20-ACCEPTANCE-AFTER-REAL-USE"))).containsExactly(
          "CRM-F20-ACCEPTANCE-AFTER-REAL-USE", "F20", "passed", "passed");
    }

    @Test
    void classicLotsAreConfiguredOnlyAndTheDifferentiatingFirstLotDevelops() {
      assertThat(MidSizeCompany.classic().lots()).allMatch(Lot::configuredOnly);
      assertThat(MidSizeCompany.differentiating().lots()).extracting(Lot::configuredOnly).containsExactly(false, true);
      assertThat(cells(line(out, "Classic          LOT-1"))).containsExactly(
          "Classic", "LOT-1", "Contact center", "yes", "CONFIGURATION, CHANGE_MANAGEMENT, USER_PRESENTATIONS, DATA_MIGRATION");
      assertThat(cells(line(out, "Differentiating  LOT-1"))).containsExactly(
          "Differentiating", "LOT-1", "Contact center", "no", "CONFIGURATION, SPECIFIC_DEVELOPMENT, TESTS, DATA_MIGRATION, USER_PRESENTATIONS");
      assertThat(cells(line(out, "Configured-only lots (F14)"))).containsExactly("Configured-only lots (F14)", "LOT-1, LOT-2", "LOT-2");
      assertThat(cells(line(out, "Specific development (F14)"))).containsExactly("Specific development (F14)", "none", "60 person-days");
    }

    @Test
    void showsWhatTheRulesGuard() {
      assertThat(out).contains(
          "    WARNING CRM-F13-CLASSIC-IS-PEOPLE-WORK: The project is CLASSIC, using the package as it comes, yet plans specific development 'L1-DEV'",
          "    ERROR CRM-F14-LOT-WORKSTREAMS: Lot 'LOT-1' only configures the package, yet plans specific development 'L1-DEV'",
          "    ERROR CRM-F13-DIFFERENTIATING-STARTS-WITH-STUDY: Activity 'L1-CONF' (CONFIGURATION) starts on working day");
    }

    @Test
    void schedulesBothFormsAndTheDifferentiatingOneTakesLonger() {
      List<String> days = cells(line(out, "Working days "));
      assertThat(Double.parseDouble(days.get(2))).isGreaterThan(Double.parseDouble(days.get(1)));
      List<String> p50 = cells(line(out, "P50 working days"));
      List<String> p80 = cells(line(out, "P80 working days"));
      double classic = Double.parseDouble(p50.get(1));
      double differentiating = Double.parseDouble(p50.get(2));
      assertThat(differentiating).isGreaterThan(classic + 21);
      assertThat(Double.parseDouble(p80.get(2))).isGreaterThan(Double.parseDouble(p80.get(1)));
      Matcher longer = Pattern.compile("^At P50 the differentiating form takes ([0-9.]+) working days \\(([0-9.]+) months\\) longer than the classic one")
          .matcher(line(out, "At P50 the differentiating form takes "));
      assertThat(longer.find()).isTrue();
      assertThat(Double.parseDouble(longer.group(1))).isCloseTo(differentiating - classic, org.assertj.core.data.Offset.offset(0.11));
      assertThat(cells(line(out, "Total, months")).subList(1, 3))
          .satisfies(months -> assertThat(Double.parseDouble(months.get(1))).isGreaterThan(Double.parseDouble(months.get(0))));
      assertThat(out).contains("The classic form puts more effort into people (119 person-days) than into building (48)");
    }
  }

  @Nested
  class VendorPromise {
    private final String out = capture(VendorPromiseScenario::run);

    @Test
    void theValidatorSaysNinetyDaysIsOnlyAPhysicalDeployment() {
      assertThat(out).contains(
          "  - ERROR CRM-F11-NINETY-DAYS-IS-DEPLOYMENT-ONLY [F11] at context.targetFinish: The target finish 2027-04-04 leaves 90 calendar days");
      assertThat(cells(line(out, "90 days (2027-04-04)"))).containsExactly(
          "90 days (2027-04-04)", "90", "ERROR " + BuiltInRules.NINETY_DAYS_IS_DEPLOYMENT_ONLY);
      assertThat(cells(line(out, "6 months ("))).endsWith("WARNING " + BuiltInRules.CREDIBLE_DURATION);
      assertThat(cells(line(out, "12 months ("))).endsWith("none");
      assertThat(out).contains("  - scope PHYSICAL_DEPLOYMENT_ONLY, target 2027-04-04: 0 F11 finding(s)");
    }

    @Test
    void theDateHasLessThanOnePercentChance() {
      ProjectPlan reference = PharmaReferencePlan.plan();
      Credibility promise = Credibility.of(reference, LocalDate.of(2027, 4, 4),
          MonteCarloSimulator.builder().iterations(VendorPromiseScenario.ITERATIONS).seed(VendorPromiseScenario.SEED).build());
      assertThat(promise.monteCarloProbability()).isLessThan(0.01);
      assertThat(promise.pertProbability()).isLessThan(0.01);
      List<String> row = cells(line(out, "2027-04-04 (the promise)"));
      assertThat(row.get(1)).isEqualTo(String.valueOf(promise.workingDaysAvailable()));
      assertThat(Double.parseDouble(row.get(2).replace("%", ""))).isLessThan(1);
      assertThat(Double.parseDouble(row.get(3).replace("%", ""))).isLessThan(1);
      Matcher chance = Pattern.compile("Chance to finish by 2027-04-04: ([0-9.]+)% by Monte Carlo .*, ([0-9.]+)% by PERT").matcher(out);
      assertThat(chance.find()).isTrue();
      assertThat(Double.parseDouble(chance.group(1))).isLessThan(1);
      assertThat(Double.parseDouble(chance.group(2))).isLessThan(1);
    }

    @Test
    void aPlanSqueezedIntoNinetyDaysBreaksTheMethod() {
      assertThat(line(out, "Plan 'pharma-reference-90-days' against method 'crm-staged': NOT valid")).isNotNull();
      assertThat(cells(line(out, "CRM-F11-NINETY-DAYS-IS-DEPLOYMENT-ONLY  "))).startsWith(
          "CRM-F11-NINETY-DAYS-IS-DEPLOYMENT-ONLY", "ERROR", "F11");
      assertThat(line(out, "CRM-F20-ACCEPTANCE-AFTER-REAL-USE")).contains("ERROR");
      assertThat(out).contains("  - CRM-F11-NINETY-DAYS-IS-DEPLOYMENT-ONLY at phases: The plan's activities take");
    }
  }

  @Nested
  class VendorExtension {
    private final String out = capture(VendorExtensionScenario::run);

    @Test
    void buildsASlimmedStagedMethod() {
      assertThat(VendorExtensionScenario.method().id()).isEqualTo(VendorExtensionScenario.METHOD_ID);
      assertThat(VendorExtensionScenario.method().phases()).hasSize(4);
      assertThat(cells(line(out, "Deployment "))).containsExactly("Deployment", "3 to 5 months", "2 to 4 months", "DEPLOYMENT_CLOSED");
      assertThat(cells(line(out, "In all "))).containsExactly("In all", "9 to 13 months", "7.5 to 12 months");
    }

    @Test
    void addsTheVendorsRulesThroughTheServiceAndDirectly() {
      assertThat(cells(line(out, KpiOwnerRule.ID))).containsExactly(
          KpiOwnerRule.ID, "AcmeRuleProvider (service)", "F10", "ERROR", "Every KPI has an owner");
      assertThat(cells(line(out, HypercareResponseRule.ID + " "))).containsExactly(
          HypercareResponseRule.ID, "addRule", "F19", "WARNING", "Support after go-live answers within 4 hours");
      int builtIn = BuiltInRules.all().size();
      assertThat(out).contains((builtIn + 2) + " rules in all: the " + builtIn + " built-in ones and the vendor's 2.");
      assertThat(out).contains("  - WARNING ACME-F19-HYPERCARE-RESPONSE at lots[LOT-1].hypercare.responseTimeHours: Lot 'LOT-1' answers users within 6 hours");
      assertThat(out).contains("  - ERROR ACME-F10-KPI-OWNER at kpis[KPI-COVERAGE].owner: KPI 'KPI-COVERAGE' has no owner to answer for it");
    }

    @Test
    void estimatesWithTheVendorsCoefficients() {
      assertThat(VendorExtensionScenario.estimator().rules()).hasSize(5);
      assertThat(cells(line(out, VendorExtensionScenario.TEMPLATES_RULE))).startsWith(VendorExtensionScenario.TEMPLATES_RULE, "F10");
      List<String> months = cells(line(out, "Most likely, months"));
      assertThat(Double.parseDouble(months.get(2))).isLessThan(Double.parseDouble(months.get(1)));
      assertThat(line(out, "What if the customer split its rollout into 2 lots?")).contains("P50 +");
    }

    @Test
    void ranksTheStartModuleWithTheVendorsWeights() {
      CriterionWeights acme = VendorExtensionScenario.weights();
      assertThat(acme.respectsF02()).isTrue();
      assertThat(cells(line(out, "Respects F02"))).containsExactly("Respects F02 (ROI below each primary criterion)", "true", "true", "false");
      assertThat(line(out, "Acme  ")).contains("1. Enterprise marketing automation");
      assertThat(line(out, "Defaults  ")).contains("1. Sales force automation");
      assertThat(out).contains("With ROI first: Note: these weights let return on investment count as much as a primary criterion");
      assertThat(out).contains(
          "  - with the default weights, CRM-F02-START-MODULE-RECOMMENDED: 0 finding(s)",
          "  - with Acme's weights: 1 finding(s)",
          "  - with Acme's weights and a rationale recorded for the choice: 0 finding(s)");
    }
  }

  @Test
  void everyMainPrintsItsScenario() {
    List<String> titles = new ArrayList<>();
    titles.add(captureMain(LotRolloutScenario::main).lines().findFirst().orElseThrow());
    titles.add(captureMain(VendorPromiseScenario::main).lines().findFirst().orElseThrow());
    titles.add(captureMain(VendorExtensionScenario::main).lines().findFirst().orElseThrow());
    assertThat(titles).containsExactly(
        "A mid-size company's rollout in lots, classic and differentiating",
        "\"Your CRM live in 90 days\": a vendor's promise against the method",
        "A tool vendor's extensions: its method, rules, estimates and weights");
  }
}
