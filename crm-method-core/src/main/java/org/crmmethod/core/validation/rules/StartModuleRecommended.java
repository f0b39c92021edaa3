package org.crmmethod.core.validation.rules;

import java.util.stream.Collectors;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.recommendation.RankedModule;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A plan that records its start module either starts with the module the method's criteria rank
 * first, or says why not (F02-F04).
 *
 * <p>The ranking is the {@link StartModuleRecommender}'s over the plan's context, weighed with
 * {@link org.crmmethod.core.validation.ValidationSettings#startModuleWeights()}. A module tied with
 * the first on score counts as recommended; a rationale recorded on the choice silences the rule,
 * whatever it says, since the deciders may know what the context does not (what users await, the
 * culture sought). A plan with no recorded choice is left alone: nothing has been decided yet.
 */
final class StartModuleRecommended extends BuiltInRule {
  StartModuleRecommended() {
    super(
        BuiltInRules.START_MODULE_RECOMMENDED,
        Severity.WARNING,
        "The start module is the one the method's criteria rank first, or the plan records why not",
        MethodFact.F02,
        MethodFact.F03,
        MethodFact.F04);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    if (plan.startModule().isEmpty() || plan.startModule().get().rationale().isPresent()) {
      return;
    }
    StartModuleChoice choice = plan.startModule().get();
    StartModuleRecommendation recommendation =
        StartModuleRecommender.of(context.settings().startModuleWeights()).recommend(plan.context());
    if (recommendation.tiedFirst().contains(choice.module())) {
      return;
    }
    RankedModule first = recommendation.first();
    String chosen = recommendation.ranked(choice.module())
        .map(ranked -> "ranked " + ranked.rank() + " of " + recommendation.ranking().size()
            + " with " + score(ranked))
        .orElseGet(() -> "not among the modules in scope ("
            + plan.context().modules().stream().sorted().map(CrmModule::name)
                .collect(Collectors.joining(", "))
            + ")");
    findings.report(
        "startModule.module",
        "The plan starts with " + choice.module().label() + ", " + chosen + ", while "
            + first.module().label() + " ranks first with " + score(first)
            + " on the method's start-module criteria; no rationale is recorded for the choice",
        "Record in startModule.rationale why " + choice.module().label() + " goes first, or start"
            + " with " + first.module().label() + "; StartModuleRecommender gives the ranking and"
            + " its reasons.");
  }

  private static String score(RankedModule ranked) {
    return String.format(java.util.Locale.ROOT, "%.2f of 5", ranked.score());
  }
}
