package org.crmmethod.examples.scenarios;

import static org.crmmethod.core.method.MethodFact.F12;
import static org.crmmethod.core.method.MethodFact.F13;
import static org.crmmethod.core.method.MethodFact.F14;
import static org.crmmethod.core.method.MethodFact.F15;
import static org.crmmethod.core.method.MethodFact.F16;
import static org.crmmethod.core.method.MethodFact.F17;
import static org.crmmethod.core.method.MethodFact.F18;
import static org.crmmethod.core.method.MethodFact.F19;
import static org.crmmethod.core.method.MethodFact.F20;
import static org.crmmethod.examples.scenarios.ScenarioText.days;
import static org.crmmethod.examples.scenarios.ScenarioText.finishDate;
import static org.crmmethod.examples.scenarios.ScenarioText.money;
import static org.crmmethod.examples.scenarios.ScenarioText.months;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.estimation.SkeletonEstimator;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.crmmethod.examples.TextTable;

/**
 * A mid-size company's rollout in lots (F12-F20), planned in the classic and in the
 * differentiating form of the catalogue's {@link LotRollout} (F13), and compared side by side:
 * methods, lots, validation, schedules, forecasts and what differs.
 *
 * <pre>
 * mvn -q -pl crm-method-examples -am compile exec:java \
 *     -Dexec.mainClass=org.crmmethod.examples.scenarios.LotRolloutScenario
 * </pre>
 */
public final class LotRolloutScenario {
  /** The number of Monte Carlo iterations of each forecast. */
  static final int ITERATIONS = 2_000;
  /** The seed of both forecasts: the same draw, so the difference is not noise. */
  static final long SEED = 2027;

  private static final Set<ActivityKind> PEOPLE_WORK =
      EnumSet.of(ActivityKind.TRAINING, ActivityKind.CHANGE_MANAGEMENT, ActivityKind.USER_PRESENTATIONS);
  private static final Set<ActivityKind> BUILD_WORK =
      EnumSet.of(ActivityKind.CONFIGURATION, ActivityKind.SPECIFIC_DEVELOPMENT, ActivityKind.TESTS);

  private LotRolloutScenario() {}

  /**
   * Prints the scenario to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    ScenarioText text = ScenarioText.to(out);
    Form classic = new Form("Classic", LotRollout.classic(), MidSizeCompany.classic());
    Form differentiating = new Form("Differentiating", LotRollout.differentiating(), MidSizeCompany.differentiating());
    List<Form> forms = List.of(classic, differentiating);

    ProjectPlan any = classic.plan();
    text.title("A mid-size company's rollout in lots, classic and differentiating");
    text.line("%s, a manufacturer of hydraulic pumps and valves, brings in a CRM package for its customer", MidSizeCompany.COMPANY);
    text.line("service (contact center) and then its sales force. Start %s, budget %s, legacy: %s.",
        any.context().startDate(), money(any.context().budget()), any.context().legacySystem().orElseThrow().name());
    text.line("The same project is planned twice, once in each form of the lot-based rollout, and compared.");

    methodsSection(text, forms);
    lotsSection(text, forms);
    validationSection(text, forms);
    scheduleSection(text, forms);
    forecastSection(text, forms);
    differencesSection(text, classic, differentiating);
  }

  /** One form of the project: its method, its plan and what is computed from them. */
  private record Form(String name, Method method, ProjectPlan plan, Schedule schedule, Forecast forecast) {
    Form(String name, Method method, ProjectPlan plan) {
      this(name, method, plan, Scheduler.standard().schedule(plan),
          MonteCarloSimulator.builder().iterations(ITERATIONS).seed(SEED).build().forecast(plan));
    }

    LotTemplate lotTemplate() {
      return method.lotTemplate().orElseThrow();
    }
  }

  // ---- 1. Methods ----

  private static void methodsSection(ScenarioText text, List<Form> forms) {
    text.section(1, "Two forms of the same project", F12, F13);
    for (Form form : forms) {
      text.line("%s (%s): %s", form.name(), form.method().id(), form.method().phases().stream()
          .map(p -> p.id() + " " + p.typicalDuration().describe()).collect(Collectors.joining(" > ")));
      text.line("    %s", form.method().description());
      text.line("    with an outside consultant: %s (F12)", form.plan().context().externalConsultant() ? "yes" : "no");
    }
    text.line("How a lot runs in each form (the catalogue's lot templates):");
    TextTable templates = TextTable.withHeaders("Lot template", forms.get(0).name(), forms.get(1).name());
    row(templates, forms, "Parallel workstreams", f -> kinds(f.lotTemplate().parallelWorkstreams()));
    row(templates, forms, "Optional workstreams", f -> kinds(f.lotTemplate().optionalWorkstreams()));
    row(templates, forms, "Workstream duration", f -> f.lotTemplate().workstreamDuration().describe());
    for (LotStepTemplate step : forms.get(0).lotTemplate().steps()) {
      row(templates, forms, "Step " + step.kind().name(), f -> f.lotTemplate().steps().stream()
          .filter(s -> s.kind() == step.kind()).findFirst().map(s -> s.typicalDuration().describe()).orElse("-"));
    }
    row(templates, forms, "Real use before acceptance", f -> f.lotTemplate().minimumRealUseWeeks() + " weeks");
    text.table(templates);
  }

  // ---- 2. Lots ----

  private static void lotsSection(ScenarioText text, List<Form> forms) {
    text.section(2, "The lots", F14, F16, F17, F18, F19, F20);
    TextTable lots = TextTable.withHeaders("Form", "Lot", "Module", "Configured only", "Parallel workstreams");
    for (Form form : forms) {
      for (Lot lot : form.plan().lots()) {
        lots.addRow(form.name(), lot.id(), lot.modules().stream().map(CrmModule::label).collect(Collectors.joining(", ")),
            lot.configuredOnly() ? "yes" : "no",
            lot.workstreams().stream().map(a -> a.kind().name()).collect(Collectors.joining(", ")));
      }
    }
    text.table(lots);
    text.line("Inside a lot the workstreams run side by side; specific development only where the package is not");
    text.line("configured only (F14). Then every lot of both forms runs the same steps:");
    Lot lot = forms.get(0).plan().lots().get(0);
    text.bullet("pre-acceptance: a global test by key users (%s) before anyone else sees the lot (F16)",
        String.join(", ", lot.preAcceptance().orElseThrow().keyUsers()));
    text.bullet("training once the functions are validated, on real data: %s, with a printed user guide: %s (F17)",
        yes(lot.training().orElseThrow().onRealData()), yes(lot.training().orElseThrow().printedUserGuide()));
    text.bullet("cut-over in %s working days at most, loading %s by an automated import with an import report (F18)",
        days(lot.cutOver().orElseThrow().activity().estimate().pessimistic()),
        lot.cutOver().orElseThrow().extractedData().stream().map(ScenarioText::lowerFirst).collect(Collectors.joining(", ")));
    text.bullet("increased support right after go-live, answering within %d hours (F19)",
        lot.hypercare().orElseThrow().responseTimeHours().orElseThrow());
    Activity acceptance = lot.finalAcceptance().orElseThrow().activity();
    Dependency realUse = acceptance.dependencies().stream().filter(d -> d.lagDays() > 0).findFirst().orElseThrow();
    text.bullet("final acceptance signed %s working days after the cut-over, once the lot is in real use (F20)",
        days(realUse.lagDays()));
  }

  // ---- 3. Validation ----

  private static void validationSection(ScenarioText text, List<Form> forms) {
    text.section(3, "Validation", F13, F14, F15, F16, F17, F18, F19, F20);
    List<ValidationReport> reports = new ArrayList<>();
    for (Form form : forms) {
      ValidationReport report = Validator.standard().validate(form.plan(), form.method());
      reports.add(report);
      text.line("%s: %s", form.name(), report.render().lines().findFirst().orElseThrow());
      report.findings().forEach(finding -> text.bullet("%s", finding.render()));
    }
    text.line("The rules on the lot-based rollout, and what they found in each form:");
    TextTable rules = TextTable.withHeaders("Rule", "Facts", forms.get(0).name(), forms.get(1).name());
    for (Rule rule : Validator.standard().rules()) {
      if (rule.facts().stream().anyMatch(f -> f.compareTo(F13) >= 0 && f.compareTo(F20) <= 0)) {
        rules.addRow(rule.id(), rule.facts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")),
            outcome(reports.get(0), rule.id()), outcome(reports.get(1), rule.id()));
      }
    }
    text.table(rules);

    text.line("What these rules guard, on purpose-broken copies of the plans:");
    ProjectPlan classic = forms.get(0).plan();
    Lot developing = forms.get(1).plan().lots().get(0);
    Activity development = developing.workstreams().stream()
        .filter(a -> a.kind() == ActivityKind.SPECIFIC_DEVELOPMENT).findFirst().orElseThrow();
    Lot firstClassicLot = classic.lots().get(0);
    Lot withDevelopment = Lot.builder().from(firstClassicLot).addWorkstreams(development).build();
    ProjectPlan classicWithDevelopment = ProjectPlan.builder().from(classic)
        .lots(List.of(withDevelopment, classic.lots().get(1))).build();
    text.line("  The classic plan with the differentiating lot's development %s added to %s:", development.id(), firstClassicLot.id());
    findings(text, Validator.standard().validate(classicWithDevelopment, forms.get(0).method()),
        BuiltInRules.CLASSIC_IS_PEOPLE_WORK, BuiltInRules.LOT_WORKSTREAMS);

    ProjectPlan differentiating = forms.get(1).plan();
    String studyGate = differentiating.phases().get(0).activities().stream()
        .filter(a -> a.kind() == ActivityKind.GATE_REVIEW).findFirst().orElseThrow().id();
    Lot early = rewire(developing, studyGate);
    ProjectPlan buildingEarly = ProjectPlan.builder().from(differentiating)
        .lots(List.of(early, differentiating.lots().get(1))).build();
    text.line("  The differentiating plan with %s starting right after the study gate %s:", developing.id(), studyGate);
    findings(text, Validator.standard().validate(buildingEarly, forms.get(1).method()),
        BuiltInRules.DIFFERENTIATING_STARTS_WITH_STUDY);
  }

  // ---- 4. Schedules ----

  private static void scheduleSection(ScenarioText text, List<Form> forms) {
    text.section(4, "Schedules side by side", F13, F14, F20);
    TextTable table = TextTable.withHeaders("Most likely schedule", forms.get(0).name(), forms.get(1).name());
    row(table, forms, "Starts", f -> f.schedule().startDate().toString());
    for (Form form : forms) {
      for (PhaseTemplate phase : form.method().phases()) {
        if (!phase.runsLots()) {
          row(table, forms, phase.name(), f -> f == form ? phaseSpan(f, phase.id()) : "-");
        }
      }
    }
    for (int i = 0; i < forms.get(0).plan().lots().size(); i++) {
      int index = i;
      row(table, forms, forms.get(0).plan().lots().get(i).name() + " goes live",
          f -> f.schedule().activity(f.plan().lots().get(index).cutOver().orElseThrow().activity().id())
              .orElseThrow().earlyFinishDate().toString());
    }
    row(table, forms, "Last final acceptance", f -> f.schedule().finishDate().toString());
    row(table, forms, "Working days", f -> days(f.schedule().durationWorkingDays()));
    row(table, forms, "Months", f -> months(f.schedule().durationWorkingDays()));
    text.table(table);
  }

  // ---- 5. Forecasts ----

  private static void forecastSection(ScenarioText text, List<Form> forms) {
    text.section(5, "Forecasts side by side", F13);
    text.line("Monte Carlo, %,d iterations each, the same seed (%d) for both forms:", ITERATIONS, SEED);
    TextTable table = TextTable.withHeaders("Forecast", forms.get(0).name(), forms.get(1).name());
    for (int p : new int[] {50, 80}) {
      row(table, forms, "P" + p + " working days", f -> days(f.forecast().percentile(p)));
      row(table, forms, "P" + p + " months", f -> months(f.forecast().percentile(p)));
      row(table, forms, "P" + p + " finish", f -> finishDate(f.plan(), f.forecast().percentile(p)).toString());
    }
    text.table(table);
    text.line("Before any detailed plan, the library's estimation rules give a first skeleton from the context:");
    TextTable skeletons = TextTable.withHeaders("Skeleton (most likely)", forms.get(0).name(), forms.get(1).name());
    List<TimelineSkeleton> estimated = forms.stream()
        .map(f -> SkeletonEstimator.standard().estimate(f.plan().context(), f.method(), f.plan().lots().size())).toList();
    for (int i = 0; i < forms.size(); i++) {
      Form form = forms.get(i);
      TimelineSkeleton skeleton = estimated.get(i);
      for (var phase : skeleton.phases().entrySet()) {
        row(skeletons, forms, phase.getKey(), f -> f == form ? days(phase.getValue().mostLikely()) + " d" : "-");
      }
    }
    row(skeletons, forms, "Total, months", f -> months(estimated.get(forms.indexOf(f)).total().mostLikely()));
    text.table(skeletons);
    text.line("The skeleton adds the phases end to end; the plans overlap their lots, so they come out shorter.");
  }

  // ---- 6. Differences ----

  private static void differencesSection(ScenarioText text, Form classic, Form differentiating) {
    text.section(6, "What differs, and what does not", F12, F13, F14, F16, F17, F18, F19, F20);
    TextTable table = TextTable.withHeaders("", classic.name(), differentiating.name());
    List<Form> forms = List.of(classic, differentiating);
    row(table, forms, "Phases before the lots", f -> String.valueOf(f.method().phases().size() - 1));
    row(table, forms, "Outside consultant (F12)", f -> yes(f.plan().context().externalConsultant()));
    row(table, forms, "Configured-only lots (F14)", f -> f.plan().lots().stream().filter(Lot::configuredOnly)
        .map(Lot::id).collect(Collectors.joining(", ")));
    row(table, forms, "Specific development (F14)", f -> {
      double effort = effort(f.plan(), EnumSet.of(ActivityKind.SPECIFIC_DEVELOPMENT));
      return effort == 0 ? "none" : days(effort) + " person-days";
    });
    row(table, forms, "People work (F13)", f -> days(effort(f.plan(), PEOPLE_WORK)) + " person-days");
    row(table, forms, "Build work", f -> days(effort(f.plan(), BUILD_WORK)) + " person-days");
    row(table, forms, "Training per lot, most likely", f -> days(f.plan().lots().get(0).training().orElseThrow()
        .activity().estimate().mostLikely()) + " working days");
    row(table, forms, "Lot steps (F16-F20)", f -> f.plan().lots().get(0).steps().size() + " steps, the same");
    row(table, forms, "P50", f -> days(f.forecast().p50()) + " working days");
    text.table(table);
    double longer = differentiating.forecast().p50() - classic.forecast().p50();
    text.line("At P50 the %s form takes %s working days (%s months) %s than the %s one%s",
        differentiating.name().toLowerCase(Locale.ROOT), days(Math.abs(longer)), months(Math.abs(longer)),
        longer > 0 ? "longer" : "shorter", classic.name().toLowerCase(Locale.ROOT),
        longer > 0 ? ": the study, the" : ".");
    if (longer > 0) {
      text.line("specifications and the specific development come before and inside its lots (F13, F14).");
    }
    double people = effort(classic.plan(), PEOPLE_WORK);
    double build = effort(classic.plan(), BUILD_WORK);
    text.line("The classic form puts %s effort into people (%s person-days) than into building (%s)%s (F13).",
        people >= build ? "more" : "less", days(people), days(build),
        people >= build ? ", as the method expects of it" : ", which the method does not expect of it");
  }

  // ---- Helpers ----

  private static void row(TextTable table, List<Form> forms, String label, Function<Form, String> value) {
    table.addRow(label, value.apply(forms.get(0)), value.apply(forms.get(1)));
  }

  private static String phaseSpan(Form form, String phaseId) {
    List<String> ids = form.plan().phase(phaseId).orElseThrow().activities().stream().map(Activity::id).toList();
    var work = form.schedule().activities().stream().filter(a -> ids.contains(a.id())).toList();
    double start = work.stream().mapToDouble(a -> a.earlyStart()).min().orElseThrow();
    double finish = work.stream().mapToDouble(a -> a.earlyFinish()).max().orElseThrow();
    return work.stream().map(a -> a.earlyStartDate()).min(Comparator.naturalOrder()).orElseThrow()
        + ", " + days(finish - start) + " d";
  }

  private static String outcome(ValidationReport report, String ruleId) {
    if (!report.rulesRun().contains(ruleId)) {
      return "not run";
    }
    int found = report.byRule(ruleId).size();
    return found == 0 ? "passed" : found + " finding(s)";
  }

  private static void findings(ScenarioText text, ValidationReport report, String... ruleIds) {
    for (String ruleId : ruleIds) {
      for (Finding finding : report.byRule(ruleId)) {
        text.line("    %s %s: %s", finding.severity(), finding.ruleId(), finding.message());
      }
    }
  }

  /** The lot with its start moved: every workstream that waited for the lot plan waits for another activity. */
  private static Lot rewire(Lot lot, String newStart) {
    List<Activity> workstreams = new ArrayList<>();
    for (Activity workstream : lot.workstreams()) {
      List<Dependency> dependencies = workstream.dependencies().stream()
          .map(d -> d.predecessor().endsWith("-GATE") ? Dependency.on(newStart) : d).toList();
      workstreams.add(Activity.builder().from(workstream).dependencies(dependencies).build());
    }
    return Lot.builder().from(lot).workstreams(workstreams).build();
  }

  private static double effort(ProjectPlan plan, Set<ActivityKind> kinds) {
    return plan.activities().stream().filter(a -> kinds.contains(a.kind()))
        .mapToDouble(a -> a.estimate().mostLikely() * a.teamSize()).sum();
  }

  private static String kinds(Set<WorkstreamKind> kinds) {
    return kinds.isEmpty() ? "-" : kinds.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String yes(boolean value) {
    return value ? "yes" : "no";
  }
}
