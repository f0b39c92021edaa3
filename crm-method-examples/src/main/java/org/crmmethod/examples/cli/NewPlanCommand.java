package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code new}: writes a starting plan. For the staged method in the pharmaceutical industry it is
 * the catalogue's {@link PharmaReferencePlan}; for another industry, a plan of the same shape drawn
 * by the {@link PlanGenerator} (valid by the staged method's rules), set in that industry.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Writes a starting plan to edit.",
    description = {
      "Writes a starting plan as a plan document, to edit and check with validate.",
      "staged/pharma is the catalogue's reference plan of a pharmaceutical laboratory; for another "
          + "industry, a plan of the same shape (four phases, two lots, teams, readiness) is drawn "
          + "from --seed. Without --out the plan goes to standard output; with --out, --format text "
          + "prints a summary and --format json prints nothing more."
    })
final class NewPlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "staged",
      description = "The method the plan follows: staged (the only one with a starting plan so far; "
          + "default: ${DEFAULT-VALUE}).")
  StartingMethod method = StartingMethod.STAGED;

  @Option(
      names = "--industry",
      paramLabel = "INDUSTRY",
      defaultValue = "pharma",
      description = "The company's industry: pharma (or pharmaceutical), medical-devices, "
          + "manufacturing, retail, financial-services, telecommunications, services, "
          + "public-sector or other (default: ${DEFAULT-VALUE}).")
  Industry industry = Industry.PHARMACEUTICAL;

  @Option(
      names = "--company",
      paramLabel = "NAME",
      description = "The company's name (default: the reference plan's laboratory for pharma, "
          + "\"" + NewPlanCommand.DEFAULT_COMPANY + "\" otherwise).")
  Optional<String> company = Optional.empty();

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed a plan outside pharma is drawn from (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where to write the plan; refuses to replace a file unless --force is given.")
  Optional<Path> out = Optional.empty();

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Mixin OutputFormat.Choice output;

  static final String DEFAULT_COMPANY = "Your company";

  @Override
  public Integer call() {
    ProjectPlan plan = startingPlan();
    String document = Documents.document(plan);
    PrintWriter stdout = spec.commandLine().getOut();
    if (out.isEmpty()) {
      stdout.print(document);
      stdout.flush();
      return ExitCodes.OK;
    }
    Path file = out.get();
    if (Files.exists(file) && !force) {
      throw PlannerException.badInput(file + ": exists already; give --force to replace it");
    }
    Documents.write(file, document);
    if (!output.json()) {
      stdout.printf(
          "Wrote %s: \"%s\", %s, %s method, %d activities in %d phases and %d lots.%n"
              + "Next: edit it, then run: crm-planner validate %s%n",
          file,
          plan.name(),
          plan.context().company(),
          EnumNames.name(method),
          plan.activities().size(),
          plan.phases().size(),
          plan.lots().size(),
          file);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /**
   * Makes the plan the options ask for.
   *
   * @return the plan
   */
  ProjectPlan startingPlan() {
    try {
      return draw();
    } catch (IllegalArgumentException bad) { // a blank company name, refused by the model
      throw PlannerException.badInput("--company: " + bad.getMessage());
    }
  }

  private ProjectPlan draw() {
    if (industry == Industry.PHARMACEUTICAL) {
      ProjectPlan reference = PharmaReferencePlan.plan();
      return company.map(name -> withContext(reference, industry, name)).orElse(reference);
    }
    ProjectPlan drawn = PlanGenerator.builder().build().generate(new SplittableRandom(seed));
    String name = company.orElse(DEFAULT_COMPANY);
    return ProjectPlan.builder()
        .from(withContext(drawn, industry, name))
        .id(EnumNames.name(industry) + "-crm")
        .name("CRM programme of " + name)
        .build();
  }

  private static ProjectPlan withContext(ProjectPlan plan, Industry industry, String company) {
    ProjectContext context =
        ProjectContext.builder().from(plan.context()).industry(industry).company(company).build();
    return ProjectPlan.builder().from(plan).context(context).build();
  }
}
