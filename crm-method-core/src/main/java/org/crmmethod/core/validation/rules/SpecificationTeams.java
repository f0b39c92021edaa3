package org.crmmethod.core.validation.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The teams the method asks of a phase exist and follow its norms (F08): the specification is
 * written by teams of 6 to 12 people that include designers and prospective users.
 */
final class SpecificationTeams extends BuiltInRule {
  SpecificationTeams() {
    super(BuiltInRules.SPECIFICATION_TEAMS, Severity.ERROR, "Specification teams hold 6 to 12 people including prospective users", MethodFact.F08);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (PhaseTemplate template : context.method().phases()) {
      if (template.teamNorms().isEmpty() || context.phaseFollowing(template.id()).isEmpty()) {
        continue;
      }
      Phase phase = context.phaseFollowing(template.id()).get();
      for (TeamNorm norm : template.teamNorms()) {
        List<Team> teams = context.plan().teams().stream().filter(team -> team.purpose() == norm.purpose()).toList();
        if (teams.isEmpty()) {
          findings.report(
              "teams",
              "Phase '" + phase.id() + "' needs " + norm.purpose() + " teams of " + norm.minimumSize() + " to "
                  + norm.maximumSize() + " people, but the plan has none",
              "Add a team of purpose " + norm.purpose() + " with roles " + new TreeSet<>(norm.requiredRoles()) + ".");
        }
        for (Team team : teams) {
          check(findings, norm, team);
        }
      }
    }
  }

  private static void check(FindingSink findings, TeamNorm norm, Team team) {
    String path = PlanPath.team(team.id()) + ".composition";
    if (!norm.allows(team.size())) {
      findings.report(
          path,
          "Team '" + team.id() + "' counts " + team.size() + " people; a " + norm.purpose() + " team holds "
              + norm.minimumSize() + " to " + norm.maximumSize(),
          team.size() > norm.maximumSize() ? "Split the team." : "Bring in more designers, users or related departments.");
    }
    Set<String> missing = new TreeSet<>(norm.requiredRoles());
    missing.removeAll(team.composition().keySet());
    if (!missing.isEmpty()) {
      findings.report(
          path,
          "Team '" + team.id() + "' has no " + missing + "; a " + norm.purpose() + " team must include them",
          "Add people in the roles " + missing + " to the team.");
    }
  }
}
