package org.crmmethod.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.crmmethod.examples.scenarios.PharmaceuticalScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line planner, {@code crm-planner}: {@code new}, {@code validate}, {@code schedule},
 * {@code forecast}, {@code gap} and {@code report}, each on a plan document.
 *
 * <p>With no arguments it runs the pharmaceutical scenario (the reference plan end to end) and
 * prints a hint on the commands, so that the README's first command, {@code mvn -q -pl crm-method-examples -am compile
 * exec:java}, shows something useful. Arguments go through {@code -Dexec.args="validate plan.json"}
 * there, or straight to {@code java -jar crm-planner.jar}.
 *
 * <p>Exit codes: 0 all went well; 1 the plan is not sound (an ERROR finding from {@code validate},
 * or an engine refused the plan); 2 bad input or usage; 3 an internal error (a bug).
 */
@Command(
    name = "crm-planner",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    description = {
      "Plans a CRM project by the crm-method: makes a starting plan, checks it against its method, "
          + "schedules and forecasts it, weighs its requirements against the package and the "
          + "budget, and reports on it.",
      "With no command, runs the pharmaceutical scenario (the reference plan end to end)."
    },
    subcommands = {
      NewPlanCommand.class,
      ValidateCommand.class,
      ScheduleCommand.class,
      ForecastCommand.class,
      GapCommand.class,
      ReportCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nA new user's workflow:%n",
    footer = {
      "  crm-planner new --method staged --industry pharma --out plan.json",
      "  (edit plan.json)",
      "  crm-planner validate plan.json",
      "  crm-planner report plan.json --out report.html",
      "Every command takes --help and --format text|json."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all went well",
      "1:the plan is not sound: validate found an ERROR, or an engine refused the plan",
      "2:bad input or usage: unknown command or option, bad value, unreadable or invalid file",
      "3:internal error of the planner (a bug)"
    })
public final class CrmPlanner implements Callable<Integer> {
  /** The line printed after the scenario, on how to use the planner. */
  static final String HINT =
      "This is crm-planner. Commands: new, validate, schedule, forecast, gap, report; "
          + "see --help (through Maven: -Dexec.args=\"--help\").";

  @Spec CommandSpec spec;

  /**
   * Runs the planner and exits with its exit code.
   *
   * <p>When all went well, {@code main} returns instead of calling {@link System#exit}, so that
   * {@code exec:java}, which runs it inside Maven's JVM, ends normally; otherwise it calls {@code
   * System.exit} with the code, which ends Maven too, with that code (see the README).
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    if (exitCode != ExitCodes.OK) {
      System.exit(exitCode);
    }
  }

  /**
   * Builds the planner's command line, writing to standard output and error; tests redirect them
   * with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @return the command line, ready to {@link CommandLine#execute}
   */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CrmPlanner());
    EnumNames.registerAll(commandLine);
    commandLine.setParameterExceptionHandler(CrmPlanner::usageError);
    commandLine.setExecutionExceptionHandler(CrmPlanner::failure);
    return commandLine;
  }

  @Override
  public Integer call() {
    ByteArrayOutputStream scenario = new ByteArrayOutputStream();
    PharmaceuticalScenario.run(new PrintStream(scenario, true, StandardCharsets.UTF_8));
    PrintWriter out = spec.commandLine().getOut();
    out.print(scenario.toString(StandardCharsets.UTF_8));
    out.println(HINT);
    out.flush();
    return ExitCodes.OK;
  }

  /** Reports a usage error briefly: the message, suggestions, and where to find help. */
  private static int usageError(ParameterException bad, String[] args) {
    CommandLine command = bad.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + bad.getMessage());
    UnmatchedArgumentException.printSuggestions(bad, err);
    err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** Reports a command's failure: a planner exception briefly, anything else as a bug. */
  private static int failure(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (failure instanceof PlannerException known) {
      err.println(known.getMessage());
      err.flush();
      return known.exitCode();
    }
    err.println(command.getCommandSpec().qualifiedName() + ": internal error, please report it:");
    failure.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
