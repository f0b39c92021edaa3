package org.crmmethod.examples.cli;

import org.crmmethod.core.forecast.MonteCarloSimulator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The Monte Carlo options of the commands that forecast: how many iterations, and the seed. */
final class SimulationOptions {

  @Option(
      names = {"-n", "--iterations"},
      paramLabel = "N",
      defaultValue = "" + MonteCarloSimulator.DEFAULT_ITERATIONS,
      description = "Iterations to simulate, at least 1 (default: ${DEFAULT-VALUE}).")
  int iterations = MonteCarloSimulator.DEFAULT_ITERATIONS;

  @Option(
      names = {"-s", "--seed"},
      paramLabel = "S",
      defaultValue = "" + MonteCarloSimulator.DEFAULT_SEED,
      description =
          "The seed every iteration's random numbers derive from; the same seed gives the same"
              + " forecast (default: ${DEFAULT-VALUE}).")
  long seed = MonteCarloSimulator.DEFAULT_SEED;

  /**
   * Refuses an iteration count below 1 as a usage error of the command.
   *
   * @param spec the command being run
   * @return the iteration count
   */
  int iterations(CommandSpec spec) {
    if (iterations < 1) {
      throw new ParameterException(
          spec.commandLine(), "--iterations must be at least 1, but was " + iterations);
    }
    return iterations;
  }
}
