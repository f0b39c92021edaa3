package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * An informal, multidisciplinary team of champions keeps the customer culture alive long after
 * deployment (F27): the plan has one, drawn from at least two departments, holding every duty of
 * the method, and not disbanded before the project ends. The project's end is the latest planned
 * phase finish, or else the start date plus the scheduled duration at 7 calendar days for 5
 * working days.
 */
final class ChampionsTeamInPlace extends BuiltInRule {
  ChampionsTeamInPlace() {
    super(BuiltInRules.CHAMPIONS_TEAM, Severity.ERROR, "A multidisciplinary champions team outlives deployment", MethodFact.F27);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    if (plan.championsTeam().isEmpty()) {
      findings.report(
          "championsTeam",
          "The plan has no champions team to keep the customer culture alive after deployment",
          "Form an informal team of champions from several departments.");
      return;
    }
    ChampionsTeam team = plan.championsTeam().get();
    if (!team.isMultidisciplinary()) {
      findings.report("championsTeam.departments", "The champions team draws on " + team.departments().size() + " department(s); it must be multidisciplinary");
    }
    Set<ChampionDuty> missing = EnumSet.allOf(ChampionDuty.class);
    missing.removeAll(team.duties());
    if (!missing.isEmpty()) {
      findings.report("championsTeam.duties", "The champions team does not take on " + missing, "Give the team every duty of the method.");
    }
    Optional<LocalDate> end = projectEnd(context);
    if (team.disbandsOn().isPresent() && end.isPresent() && !team.disbandsOn().get().isAfter(end.get())) {
      findings.report(
          "championsTeam.disbandsOn",
          "The champions team disbands on " + team.disbandsOn().get() + ", no later than the project ends (" + end.get()
              + "); it must live on long after deployment",
          "Leave disbandsOn empty, or set it well after deployment.");
    }
  }

  private static Optional<LocalDate> projectEnd(ValidationContext context) {
    Optional<LocalDate> planned = context.plan().phases().stream().flatMap(p -> p.plannedFinish().stream()).max(LocalDate::compareTo);
    if (planned.isPresent()) {
      return planned;
    }
    if (context.plannedDuration().isEmpty()) {
      return Optional.empty();
    }
    long days = (long) Math.ceil(context.plannedDuration().getAsDouble() * 7 / 5);
    return Optional.of(context.plan().context().startDate().plusDays(days));
  }
}
