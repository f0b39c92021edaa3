package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.examples.report.ReportDocument.hasClass;
import static org.crmmethod.examples.report.ReportPlans.ITERATIONS;
import static org.crmmethod.examples.report.ReportPlans.SEED;
import static org.crmmethod.examples.report.ReportPlans.method;
import static org.crmmethod.examples.report.ReportPlans.reference;
import static org.crmmethod.examples.report.ReportPlans.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads the report's page back as XML and checks what it says against the library's own engines:
 * the activities and critical path of the schedule, the forecast's dates on the plan's calendar, the
 * findings, the readiness statuses and the fit-gap figures.
 */
class PlanReportTest {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Set<String> NUMERIC_ATTRIBUTES =
      Set.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "width", "height", "font-size", "stroke-width");

  // ---- The document ----

  @Test
  void html_isWellFormedXmlWithHeadAndBody() {
    String html = report(reference()).html();

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    ReportDocument page = ReportDocument.parse(html);
    assertThat(page.root().getTagName()).isEqualTo("html");
    assertThat(page.text("/html/head/title")).isEqualTo(reference().name() + " - CRM project report");
    assertThat(page.one("/html/head/meta[@charset]").getAttribute("charset")).isEqualTo("utf-8");
    assertThat(page.all("//section[@class='part']").stream().map(section -> section.getAttribute("id")))
        .containsExactly("schedule", "forecast", "validation", "readiness", "fit-gap");
  }

  @Test
  void html_refersToNothingOutsideItself() {
    String html = PlanReport.of(reference(), method(), ITERATIONS, SEED, Optional.of(LocalDate.of(2027, 12, 15))).html();
    ReportDocument page = ReportDocument.parse(html);

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "<link", "<iframe", "<img", "<object", "<embed", "@import", "url(", "http:", "https:",
            "javascript:");
    assertThat(page.all("//*[@src]")).isEmpty();
    assertThat(page.all("//*[@href]")).isNotEmpty().allSatisfy(link -> assertThat(link.getAttribute("href")).startsWith("#"));
    Set<String> ids = page.all("//*[@id]").stream().map(element -> element.getAttribute("id")).collect(Collectors.toSet());
    assertThat(page.all("//*[@href]")).allSatisfy(link -> assertThat(ids).contains(link.getAttribute("href").substring(1)));
  }

  @Test
  void html_isTheSameForTheSameInputsAndChangesWithTheSeed() {
    String first = report(reference()).html();
    String again = report(reference()).html();
    String otherSeed = PlanReport.of(reference(), method(), ITERATIONS, SEED + 1, Optional.empty()).html();

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void html_doesNotDependOnTheDefaultLocale() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = report(reference()).html();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = report(reference()).html();
      Locale.setDefault(Locale.ROOT);
      String root = report(reference()).html();

      assertThat(german).isEqualTo(root);
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void svg_coordinatesAreNumbersWithPointDecimals() {
    ReportDocument page = ReportDocument.parse(
        PlanReport.of(reference(), method(), ITERATIONS, SEED, Optional.of(LocalDate.of(2027, 12, 15))).html());
    List<Element> drawn = page.all("//svg//*");

    assertThat(page.all("//svg")).hasSize(3);
    assertThat(drawn).hasSizeGreaterThan(500);
    int checked = 0;
    for (Element element : page.all("//svg | //svg//*")) {
      NamedNodeMap attributes = element.getAttributes();
      for (int index = 0; index < attributes.getLength(); index++) {
        Node attribute = attributes.item(index);
        String name = attribute.getNodeName();
        String value = attribute.getNodeValue();
        if (NUMERIC_ATTRIBUTES.contains(name)) {
          assertThat(value).as("%s of <%s>", name, element.getTagName()).matches(NUMBER);
          checked++;
        } else if (name.equals("points") || name.equals("viewBox")) {
          assertThat(value.split(" ")).as("%s of <%s>", name, element.getTagName()).allMatch(token -> NUMBER.matcher(token).matches());
          checked++;
        }
        assertThat(value).as("%s of <%s>", name, element.getTagName()).doesNotContainPattern("\\d,\\d");
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  // ---- The Gantt chart ----

  @Test
  void gantt_showsEveryActivityOfTheReferencePlanWithItsIdAndName() {
    ProjectPlan plan = reference();
    ReportDocument page = ReportDocument.parse(report(plan).html());

    List<Element> rows = page.all("//svg[contains(@class,'gantt')]//g[@data-activity]");
    assertThat(rows.stream().map(row -> row.getAttribute("data-activity")))
        .containsExactlyInAnyOrderElementsOf(plan.activities().stream().map(Activity::id).toList());
    for (Element row : rows) {
      Activity activity = plan.activity(row.getAttribute("data-activity")).orElseThrow();
      List<String> texts = page.all("//g[@data-activity='" + activity.id() + "']/text").stream()
          .map(Element::getTextContent)
          .toList();
      assertThat(texts).contains(activity.id());
      assertThat(texts).anySatisfy(text -> assertThat(activity.name()).startsWith(text.replace("…", "")));
      assertThat(page.text("//g[@data-activity='" + activity.id() + "']/title")).contains(activity.name().replaceAll("\\s+", " "));
    }
  }

  @Test
  void gantt_marksExactlyTheCriticalActivitiesAndDrawsGatesAsDiamonds() {
    ProjectPlan plan = reference();
    Schedule schedule = Scheduler.standard().schedule(plan);
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(schedule.activities()).anyMatch(ScheduledActivity::critical).anyMatch(activity -> !activity.critical());
    for (ScheduledActivity activity : schedule.activities()) {
      Element row = page.one("//svg[contains(@class,'gantt')]//g[@data-activity='" + activity.id() + "']");
      assertThat(hasClass(row, "critical")).as(activity.id()).isEqualTo(activity.critical());
      boolean gate = activity.activity().kind() == ActivityKind.GATE_REVIEW;
      assertThat(hasClass(row, "milestone")).as(activity.id()).isEqualTo(gate);
      String fill = page.one("//g[@data-activity='" + activity.id() + "']/*[@class='bar' or @class='gate']").getAttribute("fill");
      assertThat(fill).as(activity.id()).isEqualTo(activity.critical() ? Palette.CRITICAL : gate ? Palette.MILESTONE : Palette.ACTIVITY);
      assertThat(page.all("//g[@data-activity='" + activity.id() + "']/polygon[@class='gate']")).hasSize(gate ? 1 : 0);
    }
    assertThat(page.text("//svg[contains(@class,'gantt')]/g[@class='legend']")).contains("Critical path", "Gate", "Float");
  }

  @Test
  void gantt_placesBarsInTheOrderOfTheirDates() {
    Schedule schedule = Scheduler.standard().schedule(reference());
    ReportDocument page = ReportDocument.parse(report(reference()).html());
    Map<String, Double> lefts = page.all("//g[@data-activity]/rect[@class='bar']").stream()
        .collect(Collectors.toMap(bar -> ((Element) bar.getParentNode()).getAttribute("data-activity"),
            bar -> Double.parseDouble(bar.getAttribute("x"))));

    assertThat(lefts).hasSize((int) schedule.activities().stream().filter(activity -> activity.duration() > 0).count());
    for (String a : lefts.keySet()) {
      for (String b : lefts.keySet()) {
        LocalDate startA = schedule.activity(a).orElseThrow().earlyStartDate();
        LocalDate startB = schedule.activity(b).orElseThrow().earlyStartDate();
        if (startA.isBefore(startB)) {
          assertThat(lefts.get(a)).as("%s starts before %s", a, b).isLessThan(lefts.get(b));
        }
      }
    }
  }

  @Test
  void gantt_groupsActivitiesByPhaseAndLotAndDrawsTheStatusDate() {
    ProjectPlan plan = reference();
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(page.all("//g[@class='phase']").stream().map(group -> group.getAttribute("data-phase")))
        .containsExactlyElementsOf(plan.phases().stream().map(Phase::id).toList());
    assertThat(page.all("//g[@class='lot']").stream().map(group -> group.getAttribute("data-lot")))
        .containsExactlyElementsOf(plan.lots().stream().map(Lot::id).toList());
    for (Phase phase : plan.phases()) {
      assertThat(page.text("//g[@data-phase='" + phase.id() + "']/text")).isEqualTo(phase.name());
    }
    Element status = page.one("//g[contains(@class,'date-line') and contains(@class,'status')]");
    assertThat(status.getAttribute("data-date")).isEqualTo(plan.statusDate().orElseThrow().toString());
    assertThat(page.all("//g[contains(@class,'date-line') and contains(@class,'target')]")).isEmpty();
  }

  @Test
  void activityTable_listsEveryActivityWithItsDatesAndFloat() {
    Schedule schedule = Scheduler.standard().schedule(reference());
    ReportDocument page = ReportDocument.parse(report(reference()).html());

    for (ScheduledActivity activity : schedule.activities()) {
      Element row = page.one("//table[@class='activities']//tr[@data-activity='" + activity.id() + "']");
      assertThat(row.getTextContent()).contains(activity.earlyStartDate().toString(), activity.earlyFinishDate().toString(),
          activity.lateFinishDate().toString(), Figures.workingDays(activity.totalFloat()));
      assertThat(hasClass(row, "critical")).isEqualTo(activity.critical());
    }
  }

  // ---- The forecast ----

  @Test
  void forecast_showsP50AndP80AsTheForecastsDurationsOnThePlansCalendar() {
    ProjectPlan plan = reference();
    Forecast forecast = MonteCarloSimulator.builder().iterations(ITERATIONS).seed(SEED).build().forecast(plan);
    String p50 = finishOn(plan, forecast.p50()).toString();
    String p80 = finishOn(plan, forecast.p80()).toString();
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(p50).isNotEqualTo(p80);
    assertThat(page.text("//div[@data-figure='p50']/dd")).startsWith(p50).contains(Figures.workingDays(forecast.p50()));
    assertThat(page.text("//div[@data-figure='p80']/dd")).startsWith(p80).contains(Figures.workingDays(forecast.p80()));
    for (String chart : List.of("histogram", "curve")) {
      assertThat(page.one("//svg[contains(@class,'" + chart + "')]//g[contains(@class,'p50')]").getAttribute("data-date")).isEqualTo(p50);
      assertThat(page.one("//svg[contains(@class,'" + chart + "')]//g[contains(@class,'p80')]").getAttribute("data-date")).isEqualTo(p80);
      assertThat(page.text("//svg[contains(@class,'" + chart + "')]//g[contains(@class,'p50')]/text")).contains("P50", p50);
      assertThat(page.text("//svg[contains(@class,'" + chart + "')]//g[contains(@class,'p80')]/text")).contains("P80", p80);
    }
    assertThat(page.text("//table[@class='percentiles']//tr[@data-measure='p50']")).contains(p50);
    assertThat(page.text("//table[@class='percentiles']//tr[@data-measure='p80']")).contains(p80);
  }

  @Test
  void forecast_datesFollowTheSchedulersConvention() {
    // The test's own dating, used above, gives the scheduler's finish for the scheduled duration.
    Schedule schedule = Scheduler.standard().schedule(reference());

    assertThat(finishOn(reference(), schedule.durationWorkingDays())).isEqualTo(schedule.finishDate());
  }

  @Test
  void forecast_histogramCountsEveryIteration() {
    ReportDocument page = ReportDocument.parse(report(reference()).html());
    List<Element> bins = page.all("//svg[contains(@class,'histogram')]//g[@class='bins']/rect");

    assertThat(bins).hasSize(ForecastCharts.bins(ITERATIONS));
    int counted = 0;
    for (Element bin : bins) {
      Matcher count = Pattern.compile(": ([\\d,]+) iterations").matcher(bin.getTextContent());
      assertThat(count.find()).isTrue();
      counted += Integer.parseInt(count.group(1).replace(",", ""));
    }
    assertThat(counted).isEqualTo(ITERATIONS);
  }

  @Test
  void forecast_showsTheTargetWithTheProbabilityCredibilityGives() {
    ProjectPlan plan = reference();
    LocalDate target = LocalDate.of(2027, 12, 15);
    double probability = Credibility.of(plan, target, MonteCarloSimulator.builder().iterations(ITERATIONS).seed(SEED).build())
        .monteCarloProbability();
    ReportDocument page = ReportDocument.parse(PlanReport.of(plan, method(), ITERATIONS, SEED, Optional.of(target)).html());

    assertThat(probability).isBetween(0.05, 0.95);
    assertThat(page.text("//div[@data-figure='target']/dd")).startsWith(target.toString()).contains(Figures.share(probability));
    assertThat(page.text("//tr[@data-measure='target']")).contains(target.toString(), Figures.share(probability));
    assertThat(page.text("//svg[contains(@class,'curve')]//g[contains(@class,'target')]/text"))
        .isEqualTo("Target " + target + ": " + Figures.share(probability));
    assertThat(page.one("//svg[contains(@class,'gantt')]//g[contains(@class,'target')]").getAttribute("data-date"))
        .isEqualTo(target.toString());
  }

  @Test
  void forecast_readsThePlansOwnTargetWhenNoneIsGiven() {
    LocalDate promised = reference().context().startDate().plusDays(90);
    ProjectPlan plan = ProjectPlan.builder().from(reference())
        .context(ProjectContext.builder().from(reference().context()).targetFinish(promised).build())
        .build();
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(page.text("//div[@data-figure='target']/dd")).isEqualTo(promised + " 0.0% likely to finish by then");
    assertThat(page.text("//svg[contains(@class,'curve')]//text[@class='target-note']")).contains("off the chart");
  }

  @Test
  void forecast_aTargetCenturiesAwayIsShownButNotForecast() {
    LocalDate far = LocalDate.of(9999, 12, 31);
    ReportDocument page = ReportDocument.parse(PlanReport.of(reference(), method(), ITERATIONS, SEED, Optional.of(far)).html());

    assertThat(page.text("//div[@data-figure='target']/dd")).isEqualTo(far + " not forecast");
    assertThat(page.all("//tr[@data-measure='target'] | //g[contains(@class,'target')]")).isEmpty();
  }

  // ---- Validation ----

  @Test
  void findings_ofABrokenPlanAppearWithTheirRulesFactsPathsAndMessages() {
    ProjectPlan broken = ReportPlans.withoutChampions();
    ValidationReport validation = Validator.standard().validate(broken, method());
    ReportDocument page = ReportDocument.parse(report(broken).html());

    assertThat(validation.byRule(BuiltInRules.CHAMPIONS_TEAM)).isNotEmpty();
    List<Element> rows = page.all("//table[@class='findings']/tbody/tr");
    assertThat(rows).hasSize(validation.findings().size());
    for (int index = 0; index < rows.size(); index++) {
      Finding finding = validation.findings().get(index);
      Element row = rows.get(index);
      assertThat(row.getAttribute("data-rule")).isEqualTo(finding.ruleId());
      assertThat(row.getAttribute("data-severity")).isEqualTo(finding.severity().name());
      assertThat(row.getTextContent()).contains(finding.ruleId(), finding.severity().name(), finding.path(), finding.message());
      finding.facts().forEach(fact -> assertThat(row.getTextContent()).contains(fact.name()));
    }
    assertThat(page.text("//a[@href='#validation']")).isEqualTo("Validation (" + validation.findings().size() + ")");
  }

  @Test
  void findings_noneForTheReferencePlan() {
    ReportDocument page = ReportDocument.parse(report(reference()).html());

    assertThat(page.text("//section[@id='validation']/p[@class='none']")).startsWith("No findings");
    assertThat(page.all("//table[@class='findings']")).isEmpty();
  }

  @Test
  void unschedulablePlan_saysWhyAndStillShowsItsFindings() {
    PlanReport report = report(ReportPlans.withCycle());
    ReportDocument page = ReportDocument.parse(report.html());

    assertThat(page.text("//section[@id='schedule']/p[@class='problem']")).contains("cycle", "S-OBJ");
    assertThat(page.text("//section[@id='forecast']/p[@class='problem']")).contains("cannot be scheduled");
    assertThat(page.all("//svg")).isEmpty();
    assertThat(page.all("//tr[@data-rule='" + BuiltInRules.NO_DEPENDENCY_CYCLE + "']")).isNotEmpty();
    assertThat(page.text("//div[@data-figure='finish']/dd")).startsWith("none");
  }

  // ---- Readiness ----

  @Test
  void readiness_showsEveryGroupWithItsStatusAndScoreAndTheBlockers() {
    ProjectPlan plan = reference();
    ReadinessReport readiness =
        ReadinessScorer.standard().score(ReadinessCatalogue.questionnaire(), plan.readiness().orElseThrow());
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(readiness.groups()).containsOnlyKeys(ReadinessGroup.values());
    for (Map.Entry<ReadinessGroup, ReadinessScore> group : readiness.groups().entrySet()) {
      Element card = page.one("//div[contains(@class,'rag-card') and @data-group='" + group.getKey().name() + "']");
      ReadinessScore score = group.getValue();
      assertThat(card.getAttribute("data-status")).isEqualTo(score.status().name());
      assertThat(hasClass(card, score.status().name())).isTrue();
      assertThat(card.getTextContent()).contains(Figures.words(group.getKey()), score.status().name(),
          Figures.percent(score.percent()), score.points() + " of " + score.possible() + " points");
    }
    assertThat(page.one("//div[@data-group='overall']").getAttribute("data-status")).isEqualTo(readiness.overall().status().name());
    assertThat(page.text("//div[@data-figure='readiness']/dd")).startsWith(readiness.overall().status().name());
    assertThat(page.all("//table[@class='blockers']/tbody/tr").stream().map(row -> row.getAttribute("data-question")))
        .containsExactlyElementsOf(readiness.blockers().stream().map(ReadinessBlocker::question).toList());
  }

  @Test
  void analyses_absentFromThePlanAreSaidToBeAbsent() {
    ReportDocument page = ReportDocument.parse(report(ReportPlans.withoutAnalyses()).html());

    assertThat(page.text("//section[@id='readiness']/p")).isEqualTo("The plan records no readiness assessment yet.");
    assertThat(page.text("//section[@id='fit-gap']/p")).isEqualTo("The plan holds no fit-gap analysis yet.");
    assertThat(page.all("//div[@data-figure='readiness'] | //div[@data-figure='fit-gap']")).isEmpty();
  }

  // ---- Fit-gap ----

  @Test
  void fitGap_showsCoverageByPriorityAndModuleAndTheBudgetFlags() {
    FitGapReport fitGap = FitGapAnalyser.standard().analyse(reference().fitGap().orElseThrow());
    ReportDocument page = ReportDocument.parse(report(reference()).html());

    assertThat(fitGap.byPriority()).isNotEmpty();
    for (Map.Entry<Priority, Coverage> priority : fitGap.byPriority().entrySet()) {
      Element row = page.one("//table[@data-by='priority']//tr[@data-group='" + priority.getKey().name() + "']");
      assertThat(cells(row)).containsExactly(priority.getKey().label(), String.valueOf(priority.getValue().requirements()),
          String.valueOf(priority.getValue().coveredByPackage()), String.valueOf(priority.getValue().gapsToClose()),
          String.valueOf(priority.getValue().openGaps()), String.valueOf(priority.getValue().unassessed()),
          Figures.share(priority.getValue().packageCoverage()), Figures.share(priority.getValue().plannedCoverage()), "");
    }
    for (Map.Entry<CrmModule, Coverage> module : fitGap.byModule().entrySet()) {
      Element row = page.one("//table[@data-by='module']//tr[@data-group='" + module.getKey().name() + "']");
      assertThat(cells(row).get(0)).isEqualTo(module.getKey().label());
      assertThat(cells(row).get(1)).isEqualTo(String.valueOf(module.getValue().requirements()));
    }
    assertThat(fitGap.overBudget()).isTrue();
    assertThat(fitGap.gapPlanOverBudget()).isFalse();
    assertThat(page.text("//dd[@data-flag='all-gaps']")).contains(Figures.money(fitGap.totalCost()), "over budget");
    assertThat(page.text("//dd[@data-flag='gap-plan']")).contains(Figures.money(fitGap.plannedCost()), "within budget");
  }

  @Test
  void fitGap_showsTheOptimisersRecommendedClosures() {
    GapClosurePlan recommended = GapClosureOptimiser.standard().recommend(reference().fitGap().orElseThrow());
    ReportDocument page = ReportDocument.parse(report(reference()).html());

    assertThat(recommended.gapsToClose()).isNotEmpty();
    assertThat(page.text("//p[@class='recommendation']"))
        .contains(String.join(", ", recommended.gapsToClose()), Figures.money(recommended.cost()),
            Figures.share(recommended.weightedCoverage()));
    Set<String> marked = new HashSet<>();
    for (Element row : page.all("//table[@class='gaps']/tbody/tr")) {
      if (cells(row).get(8).equals("yes")) {
        marked.add(row.getAttribute("data-requirement"));
      }
    }
    assertThat(marked).containsExactlyInAnyOrderElementsOf(recommended.gapsToClose());
  }

  // ---- Escaping ----

  @Test
  void html_escapesNamesWithMarkupCharacters() {
    String name = "Review <b>scope</b> & \"budget\" 'now' </svg>";
    ProjectPlan plan = ProjectPlan.builder().from(ReportPlans.withActivityName("S-BUD", name)).name("Plan <&\"> of ours").build();
    String html = report(plan).html();
    ReportDocument page = ReportDocument.parse(html);

    assertThat(html).doesNotContain("<b>scope").doesNotContain("Plan <&").contains("Review &lt;b&gt;scope&lt;/b&gt; &amp; &quot;budget&quot; &#39;now&#39;");
    assertThat(page.text("/html/head/title")).isEqualTo("Plan <&\"> of ours - CRM project report");
    assertThat(page.text("//h1")).isEqualTo("Plan <&\"> of ours");
    assertThat(page.text("//tr[@data-activity='S-BUD']/td[2]")).isEqualTo(name);
    assertThat(page.text("//g[@data-activity='S-BUD']/title")).contains(name);
  }

  @Test
  void html_replacesCharactersXmlCannotHold() {
    ProjectPlan plan = ReportPlans.withActivityName("S-BUD", "Budget\u0007 with a bell and a lone \uD800 surrogate");
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(page.text("//tr[@data-activity='S-BUD']/td[2]")).isEqualTo("Budget\uFFFD with a bell and a lone \uFFFD surrogate");
  }

  // ---- Header and footer ----

  @Test
  void header_namesThePlanMethodAndDates() {
    ProjectPlan plan = reference();
    Schedule schedule = Scheduler.standard().schedule(plan);
    ReportDocument page = ReportDocument.parse(report(plan).html());

    assertThat(page.text("//header/h1")).isEqualTo(plan.name());
    assertThat(page.text("//header/p[@class='subtitle']"))
        .contains(plan.context().company(), plan.id(), method().name(), method().version(), method().id());
    assertThat(page.text("//div[@data-figure='start']/dd")).startsWith(schedule.startDate().toString());
    assertThat(page.text("//div[@data-figure='finish']/dd")).startsWith(schedule.finishDate().toString());
    assertThat(page.text("//div[@data-figure='status']/dd")).startsWith(plan.statusDate().orElseThrow().toString());
    assertThat(page.text("//div[@data-figure='findings']/dd")).startsWith("0 errors");
  }

  @Test
  void footer_namesTheLibraryVersionSeedAndIterations() {
    ReportDocument page = ReportDocument.parse(PlanReport.of(reference(), method(), 1_234, 99, Optional.empty()).html());
    String footer = page.text("//footer");

    assertThat(LibraryVersion.current()).isNotEqualTo("unknown").matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(footer).contains("crm-method " + LibraryVersion.current(), "1,234 iterations", "seed 99");
    assertThat(page.one("//meta[@name='generator']").getAttribute("content")).isEqualTo("crm-method " + LibraryVersion.current());
  }

  // ---- Other plans ----

  @Test
  void html_ofGeneratedPlansShowsEveryActivity() {
    PlanGenerator generator = PlanGenerator.builder().lots(4).extraActivitiesPerLot(3).build();
    for (long seed = 1; seed <= 5; seed++) {
      ProjectPlan plan = generator.generate(new SplittableRandom(seed));
      PlanReport report = PlanReport.of(plan, generator.method(), 200, seed, Optional.empty());
      ReportDocument page = ReportDocument.parse(report.html());

      assertThat(page.all("//svg[contains(@class,'gantt')]//g[@data-activity]").stream().map(row -> row.getAttribute("data-activity")))
          .as("seed %s", seed)
          .containsExactlyInAnyOrderElementsOf(plan.activities().stream().map(Activity::id).toList());
      assertThat(report.mermaidGantt().lines().filter(line -> line.matches(" {4}[^ ].* :.*"))).hasSize(plan.activities().size());
    }
  }

  @Test
  void html_ofAPlanWithNoWork() {
    ProjectPlan empty = ProjectPlan.builder().from(reference()).phases(List.of()).lots(List.of()).build();
    PlanReport report = report(empty);
    ReportDocument page = ReportDocument.parse(report.html());

    assertThat(page.all("//svg")).hasSize(3);
    assertThat(page.all("//g[@data-activity]")).isEmpty();
    assertThat(page.text("//div[@data-figure='finish']/dd")).startsWith(reference().context().startDate().toString());
    assertThat(report.mermaidGantt().lines()).hasSize(5);
  }

  // ---- Arguments ----

  @Test
  void of_refusesFewerThanOneIteration() {
    assertThatThrownBy(() -> PlanReport.of(reference(), method(), 0, SEED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iterations");
  }

  @Test
  void of_refusesNulls() {
    assertThatThrownBy(() -> PlanReport.of(null, method(), 10, SEED, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PlanReport.of(reference(), null, 10, SEED, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PlanReport.of(reference(), method(), 10, SEED, null)).isInstanceOf(NullPointerException.class);
  }

  // ---- Helpers ----

  /** The day a project of a number of working days ends on: its last working day, as the scheduler dates finishes. */
  private static LocalDate finishOn(ProjectPlan plan, double workingDays) {
    LocalDate start = plan.context().startDate();
    PreparedCalendar calendar = Calendars.byId(plan.context().calendar()).orElseThrow().prepare(start, start.plusYears(3));
    return calendar.workingDay((int) Math.ceil(workingDays - 1e-9) - 1);
  }

  private static List<String> cells(Element row) {
    return ReportDocument.cells(row);
  }
}
