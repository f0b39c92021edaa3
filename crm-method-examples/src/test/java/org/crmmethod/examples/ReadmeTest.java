package org.crmmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.PlanAssertions;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.crmmethod.examples.scenarios.PharmaceuticalScenario;
import org.crmmethod.json.CrmJson;
import org.crmmethod.json.CrmJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README and docs/FACTS.md honest: their code compiles and their facts are all there. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static List<String> javaBlocks() throws IOException {
    Matcher matcher = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private static List<String> codeLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  @Test
  void quickStart_isTheQuickStartExample() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/org/crmmethod/examples/QuickStart.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(0)));
  }

  @Test
  void builderSnippet_compilesAndBuilds() throws IOException {
    // The same code as the README's second snippet.
    Activity training = Activity.builder()
        .id("L1-TRAIN")
        .name("Train users on real data")
        .kind(ActivityKind.TRAINING)
        .estimate(ThreePointEstimate.of(5, 8, 12))        // working days
        .addDependencies(Dependency.on("L1-PRE"))
        .build();
    assertThat(training.dependencies()).containsExactly(Dependency.on("L1-PRE"));
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(1)));
  }

  @Test
  void validationSnippets_compileAndRun() throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    Method method = StagedMethod.definition();
    ProjectPlan brokenPlan = ProjectPlan.builder().from(plan).championsTeam(Optional.empty()).build(); // no champions (F27)
    long seed = 7;
    // The same code as the README's validation snippets, in their order.
    ValidationReport report = Validator.standard().validate(plan, StagedMethod.definition());
    if (!report.isValid()) {
      System.out.println(report.render());
    }
    for (Finding finding : report.byFact(MethodFact.F17)) {
      System.out.println(finding.path() + ": " + finding.message());
    }
    Validator validator = Validator.builder()
        .addBuiltInRules()
        .addProvidedRules()                                   // ServiceLoader: RuleProvider
        .disable(BuiltInRules.PRINTED_USER_GUIDE)
        .severity(BuiltInRules.CREDIBLE_DURATION, Severity.ERROR)
        .settings(ValidationSettings.builder().minimumRealUseWeeks(6).build())
        .build();
    PlanAssertions.assertValid(plan, method);
    PlanAssertions.assertFinding(brokenPlan, method, BuiltInRules.CHAMPIONS_TEAM);
    ProjectPlan random = PlanGenerator.builder().lots(3).build().generate(new SplittableRandom(seed));

    assertThat(report.isValid()).isTrue();
    assertThat(validator.severity(BuiltInRules.CREDIBLE_DURATION)).isEqualTo(Severity.ERROR);
    assertThat(random.lots()).hasSize(3);
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    List<String> blocks = javaBlocks();
    assertThat(codeLines(source)).containsSubsequence(codeLines(blocks.get(2)));
    assertThat(codeLines(source)).containsSubsequence(codeLines(blocks.get(3)));
    assertThat(codeLines(source)).containsSubsequence(codeLines(blocks.get(4)));
  }

  @Test
  void scheduleSnippet_compilesAndRuns() throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    // The same code as the README's scheduling snippet.
    Schedule schedule = Scheduler.standard().schedule(plan);
    System.out.println(schedule.startDate() + " to " + schedule.finishDate()
        + ", " + schedule.durationWorkingDays() + " working days");
    for (ScheduledActivity activity : schedule.criticalPath()) {
      System.out.println(activity.id() + " " + activity.earlyStartDate() + " - " + activity.earlyFinishDate());
    }

    Forecast forecast = MonteCarloSimulator.standard().forecast(plan);     // 10,000 seeded iterations
    System.out.printf("P50 %.0f, P80 %.0f working days%n", forecast.p50(), forecast.p80());
    Credibility promise = Credibility.of(plan, plan.context().startDate().plusDays(90), MonteCarloSimulator.standard());
    System.out.println("90 days: " + promise.monteCarloProbability());

    assertThat(schedule.finishDate()).isAfter(plan.context().startDate().plusMonths(10));
    assertThat(promise.monteCarloProbability()).isLessThan(0.01);
    assertThat(codeLines(Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"))))
        .containsSubsequence(codeLines(javaBlocks().get(6)));
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(5)));
  }

  @Test
  void jsonSnippet_compilesAndRuns(@TempDir Path directory) throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    ProjectPlan[] read = new ProjectPlan[1];
    // The same code as the README's JSON snippet, writing under a temporary directory.
    CrmJson json = CrmJson.standard();
    json.write(plan, directory.resolve(Path.of("plan.json")));
    try {
      ProjectPlan again = json.read(directory.resolve(Path.of("plan.json")), ProjectPlan.class);
      read[0] = again;
    } catch (CrmJsonException bad) {
      System.out.println(bad.problem() + " at " + bad.pointer() + ", line " + bad.line() + ": " + bad.detail());
    }

    assertThat(read[0]).isEqualTo(plan);
    List<String> snippet =
        codeLines(javaBlocks().get(7)).stream()
            .map(line -> line.replace("Path.of(\"plan.json\")", "directory.resolve(Path.of(\"plan.json\"))"))
            .toList();
    assertThat(codeLines(Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"))))
        .containsSubsequence(snippet);
  }

  @Test
  void startModuleSnippet_compilesAndRuns() throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    // The same code as the README's start-module snippet.
    StartModuleRecommendation advice = StartModuleRecommender.standard().recommend(plan.context());
    System.out.println(advice.render());              // analytical CRM 3.71 of 5, then SFA 2.18 (F04)

    List<CandidateAssessment> rated = new ArrayList<>(advice.assessments());
    rated.replaceAll(c -> c.module() != CrmModule.SFA ? c         // what the audit learnt (F07)
        : c.with(StartModuleCriterion.AWAITED_BY_USERS, 5, "The representatives ask for it."));
    CriterionWeights weights = CriterionWeights.defaults().with(StartModuleCriterion.RETURN_ON_INVESTMENT, 2);
    StartModuleRecommendation ours = StartModuleRecommender.of(weights).rank(rated);

    assertThat(advice.recommended()).isEqualTo(CrmModule.ANALYTICAL);
    assertThat(ours.recommended()).isEqualTo(CrmModule.ANALYTICAL);
    assertThat(ours.ranked(CrmModule.SFA).orElseThrow().score())
        .isGreaterThan(advice.ranked(CrmModule.SFA).orElseThrow().score());
    assertThat(weights.respectsF02()).isTrue();
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(8)));
  }

  @Test
  void readinessSnippet_compilesAndRuns() throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    // The same code as the README's readiness snippet.
    ReadinessReport readiness = ReadinessScorer.standard().score(ReadinessCatalogue.questionnaire(), plan.readiness().orElseThrow());
    System.out.println("Overall " + readiness.overall().status() + ", " + Math.round(readiness.overall().percent()) + "%");
    readiness.groups().forEach((group, score) -> System.out.println(group + " " + score.status() + " " + score.points() + "/" + score.possible()));
    for (ReadinessBlocker blocker : readiness.blockersOf(ActivityKind.DATA_MIGRATION)) {
      System.out.println(blocker.question() + " holds back data migration, due " + blocker.dueOn().orElse(null));
    }

    assertThat(readiness.blockersOf(ActivityKind.DATA_MIGRATION)).isNotEmpty();
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(9)));
  }

  @Test
  void fitGapSnippet_compilesAndRuns() throws IOException {
    ProjectPlan plan = PharmaReferencePlan.plan();
    // The same code as the README's fit-gap snippet (F08).
    FitGapAnalysis analysis = plan.fitGap().orElseThrow();
    FitGapReport report = FitGapAnalyser.standard().analyse(analysis);
    System.out.println(report.degreeOfFit().describe());
    System.out.println("All closable gaps: " + report.totalCost() + ", gap plan: " + report.plannedCost()
        + ", budget: " + report.budget());
    GapClosurePlan best = GapClosureOptimiser.standard().recommend(analysis, Money.of("150000", "EUR"));
    System.out.println("Close " + best.gapsToClose() + " for " + best.cost() + "; must-haves left open: " + best.openMustHaves());

    assertThat(report.overBudget()).isTrue();
    assertThat(best.openMustHaves()).isEmpty();
    assertThat(codeLines(Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"))))
        .containsSubsequence(codeLines(javaBlocks().get(10)));
  }

  @Test
  void quickStart_excerptIsWhatThePharmaceuticalScenarioPrints() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## Scenarios"));
    Matcher text = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(quickStart);
    assertThat(text.find()).isTrue();
    List<String> excerpt = text.group(1).lines().filter(line -> !line.equals("...")).toList();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PharmaceuticalScenario.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(excerpt).hasSizeGreaterThan(5);
    assertThat(buffer.toString(StandardCharsets.UTF_8).lines().toList()).containsSubsequence(excerpt);
    assertThat(quickStart).contains(
        "mvn -q -pl crm-method-examples -am compile exec:java -Dexec.mainClass=org.crmmethod.examples.scenarios.PharmaceuticalScenario");
  }

  @Test
  void scenarios_eachListedWithItsCommandAndMain() throws IOException, ReflectiveOperationException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String scenarios = readme.substring(readme.indexOf("## Scenarios"), readme.indexOf("## Check a plan against the method"));
    for (String scenario : List.of("PharmaceuticalScenario", "LotRolloutScenario", "VendorPromiseScenario", "VendorExtensionScenario")) {
      String name = "org.crmmethod.examples.scenarios." + scenario;
      assertThat(scenarios).contains("| `" + scenario + "` |",
          "mvn -q -pl crm-method-examples -am compile exec:java -Dexec.mainClass=" + name + "\n");
      assertThat(Class.forName(name).getMethod("main", String[].class)).isNotNull();
      assertThat(Class.forName(name).getMethod("run", PrintStream.class)).isNotNull();
    }
  }

  @Test
  void readme_showsTheTwoCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("mvn -q -pl crm-method-examples -am compile exec:java", "mvn -B -ntp verify");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("set -euo pipefail", "mvn -B -ntp verify");
  }

  @Test
  void factsTable_coversEveryFact() throws IOException {
    String facts = Files.readString(ROOT.resolve("docs/FACTS.md"));
    for (MethodFact fact : MethodFact.values()) {
      assertThat(facts).contains("| " + fact.name() + " |");
    }
  }
}
