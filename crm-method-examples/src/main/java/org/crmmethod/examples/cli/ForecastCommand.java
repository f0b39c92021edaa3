package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.examples.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code forecast}: the plan's duration by Monte Carlo simulation, and with {@code --target} how
 * credible a finish date is (F11).
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Forecasts a plan's duration; how credible a date is.",
    description = {
      "Forecasts a plan's duration by Monte Carlo simulation of its dependency network: "
          + "percentiles in working days and as dates, and the activities that drive the finish.",
      "With --target, also the chance of finishing by that date, by simulation and by PERT (F11).",
      "The same seed always gives the same forecast. --format json writes the Forecast result "
          + "document, or with --target the Credibility document (which holds the forecast)."
    })
final class ForecastCommand implements Callable<Integer> {
  /** How many finish drivers the text output lists. */
  static final int DRIVERS_SHOWN = 5;

  /** The percentiles the text output lists, from 0 to 100. */
  static final List<Integer> PERCENTILES = List.of(10, 50, 80, 90);

  @Spec CommandSpec spec;
  @Mixin PlanInput input;
  @Mixin OutputFormat.Choice output;

  @Mixin SimulationOptions simulation;

  @Option(
      names = "--distribution",
      paramLabel = "D",
      defaultValue = "pert-beta",
      description = "How estimates are read: pert-beta or triangular (default: ${DEFAULT-VALUE}).")
  DurationDistribution distribution = MonteCarloSimulator.DEFAULT_DISTRIBUTION;

  @Option(
      names = "--target",
      paramLabel = "DATE",
      description = "A target finish date (yyyy-mm-dd) whose credibility to assess.")
  Optional<LocalDate> target = Optional.empty();

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a ticker with the elapsed time on standard error while the simulation "
          + "runs, and its time when done (default: only on an interactive console).")
  Optional<Boolean> progress = Optional.empty();

  @Override
  public Integer call() {
    int iterations = simulation.iterations(spec);
    ProjectPlan plan = input.plan();
    if (target.isPresent() && !target.get().isAfter(plan.context().startDate())) {
      throw new ParameterException(
          spec.commandLine(),
          "--target must be after the plan's start date (" + plan.context().startDate() + "), but was "
              + target.get());
    }
    MonteCarloSimulator simulator =
        MonteCarloSimulator.builder()
            .iterations(iterations)
            .seed(simulation.seed)
            .distribution(distribution)
            .build();
    boolean showProgress = progress.orElse(System.console() != null);
    PrintWriter err = spec.commandLine().getErr();
    Optional<Credibility> credibility;
    Forecast forecast;
    Duration took;
    String task = String.format(Locale.ROOT, "forecasting %d iterations", iterations);
    try (ProgressTicker ticker =
        showProgress
            ? ProgressTicker.start(err, task, Duration.ofMillis(300), Duration.ofMillis(100))
            : null) {
      long started = System.nanoTime();
      credibility =
          Engines.run(input.planFile, () -> target.map(date -> Credibility.of(plan, date, simulator)));
      forecast =
          credibility.isPresent()
              ? credibility.get().forecast()
              : Engines.run(input.planFile, () -> simulator.forecast(plan));
      took = Duration.ofNanos(System.nanoTime() - started);
    }
    if (showProgress) {
      err.printf(
          Locale.ROOT, "%s: %d iterations in %.1f s%n", input.planFile, iterations, ProgressTicker.seconds(took));
      err.flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.print(Documents.document(credibility.isPresent() ? credibility.get() : forecast));
    } else {
      printText(out, plan, forecast, credibility);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void printText(PrintWriter out, ProjectPlan plan, Forecast forecast, Optional<Credibility> credibility) {
    out.printf(
        "%s: %d iterations, seed %d, %s durations, from %s%n%n",
        plan.name(),
        forecast.iterations(),
        forecast.seed(),
        EnumNames.name(forecast.distribution()),
        plan.context().startDate());
    TextTable percentiles = TextTable.withHeaders("Chance", "Working days", "Finish by");
    for (int p : PERCENTILES) {
      double days = forecast.percentile(p);
      percentiles.addRow("P" + p, Figures.days(days), Figures.finishDate(plan, days));
    }
    out.print(percentiles.render());
    out.printf(
        "Mean %s working days, standard deviation %s, from %s to %s.%n%n",
        Figures.days(forecast.mean()),
        Figures.days(forecast.standardDeviation()),
        Figures.days(forecast.minimum()),
        Figures.days(forecast.maximum()));
    out.println("What drives the finish (correlation of the activity's duration with the finish)");
    TextTable drivers = TextTable.withHeaders("Activity", "Name", "Correlation", "Critical in");
    for (FinishDriver driver : forecast.sensitivity().stream().limit(DRIVERS_SHOWN).toList()) {
      drivers.addRow(
          driver.activityId(),
          plan.activity(driver.activityId()).map(a -> a.name()).orElse("-"),
          Figures.decimal(driver.correlation()),
          Figures.percent(driver.criticalityIndex()));
    }
    out.print(drivers.render());
    credibility.ifPresent(
        c ->
            out.printf(
                "%nTarget %s: %d working days available; chance of finishing by then %s by "
                    + "simulation, %s by PERT.%n",
                c.target(),
                c.workingDaysAvailable(),
                Figures.percent(c.monteCarloProbability()),
                Figures.percent(c.pertProbability())));
  }
}
