package org.crmmethod.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import picocli.CommandLine.Option;

/**
 * The method a plan is checked against: the built-in method the plan names, or one read from
 * {@code --method-file}. Mixed into the commands that check a plan against its method.
 */
final class MethodChoice {
  /** The methods of the catalogue, which plans name by id. */
  static final List<Method> BUILT_IN_METHODS =
      List.of(StagedMethod.definition(), LotRollout.classic(), LotRollout.differentiating());

  @Option(
      names = "--method-file",
      paramLabel = "FILE",
      description = "A method document to check the plan against, for a plan whose method is not "
          + "built in (built in: " + StagedMethod.ID + ", " + LotRollout.CLASSIC_ID + ", "
          + LotRollout.DIFFERENTIATING_ID + ").")
  Optional<Path> methodFile = Optional.empty();

  /**
   * Returns the method a plan follows: the method file's when given, otherwise the built-in method
   * whose id the plan names.
   *
   * @param plan the plan
   * @param planFile the plan's file, for the message
   * @return the method
   * @throws PlannerException exit code 2 when the method file cannot be read, or when the plan
   *     names no built-in method and no method file is given
   */
  Method method(ProjectPlan plan, Path planFile) {
    if (methodFile.isPresent()) {
      return Documents.read(methodFile.get(), Method.class);
    }
    return BUILT_IN_METHODS.stream()
        .filter(method -> method.id().equals(plan.method()))
        .findFirst()
        .orElseThrow(
            () ->
                PlannerException.badInput(
                    planFile
                        + ": the plan follows the method '"
                        + plan.method()
                        + "', which is not built in (built in: "
                        + BUILT_IN_METHODS.stream().map(Method::id).collect(Collectors.joining(", "))
                        + "); give its definition with --method-file FILE"));
  }
}
