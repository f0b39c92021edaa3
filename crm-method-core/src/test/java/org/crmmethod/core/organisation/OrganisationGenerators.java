package org.crmmethod.core.organisation;

import static org.crmmethod.core.CoreGenerators.dates;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.listsOf;
import static org.crmmethod.core.CoreGenerators.optionals;
import static org.crmmethod.core.CoreGenerators.setsOf;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid organisation values (departments, stakeholders, teams,
 * champions, customer segments, CRM objectives) and of the parts they are built from.
 */
public final class OrganisationGenerators {

  private OrganisationGenerators() {}

  // --- Department ---

  /** The parts of a {@link Department}. */
  public record DepartmentParts(
      String id,
      String name,
      BusinessFunction function,
      boolean customerFacing,
      List<String> customerDuties)
      implements Parts<Department> {
    @Override
    public Department build() {
      return Department.builder()
          .id(id)
          .name(name)
          .function(function)
          .customerFacing(customerFacing)
          .customerDuties(customerDuties)
          .build();
    }
  }

  /**
   * Parts of departments; only customer-facing ones have customer duties.
   *
   * @return the generator
   */
  public static Gen<DepartmentParts> departmentParts() {
    return in -> {
      boolean customerFacing = Generate.booleans().generate(in);
      return new DepartmentParts(
          ids().generate(in),
          texts().generate(in),
          Generate.enumValues(BusinessFunction.class).generate(in),
          customerFacing,
          customerFacing ? listsOf(texts(), 0, 3).generate(in) : new ArrayList<>());
    };
  }

  /**
   * Departments.
   *
   * @return the generator
   */
  public static Gen<Department> departments() {
    return departmentParts().map(DepartmentParts::build);
  }

  // --- Stakeholder ---

  /** The parts of a {@link Stakeholder}. */
  public record StakeholderParts(
      String id, String name, Optional<String> department, Set<String> roles, boolean external)
      implements Parts<Stakeholder> {
    @Override
    public Stakeholder build() {
      return Stakeholder.builder()
          .id(id)
          .name(name)
          .department(department)
          .roles(roles)
          .external(external)
          .build();
    }
  }

  /**
   * Parts of stakeholders.
   *
   * @return the generator
   */
  public static Gen<StakeholderParts> stakeholderParts() {
    return in ->
        new StakeholderParts(
            ids().generate(in),
            texts().generate(in),
            optionals(ids()).generate(in),
            setsOf(ids(), 0, 3).generate(in),
            Generate.booleans().generate(in));
  }

  /**
   * Stakeholders.
   *
   * @return the generator
   */
  public static Gen<Stakeholder> stakeholders() {
    return stakeholderParts().map(StakeholderParts::build);
  }

  // --- Team ---

  /** The parts of a {@link Team}. */
  public record TeamParts(
      String id,
      String name,
      TeamPurpose purpose,
      Map<String, Integer> composition,
      Set<String> members,
      Set<String> departments)
      implements Parts<Team> {
    @Override
    public Team build() {
      return Team.builder()
          .id(id)
          .name(name)
          .purpose(purpose)
          .composition(composition)
          .members(members)
          .departments(departments)
          .build();
    }
  }

  /**
   * Parts of teams: 1 to 4 roles of 1 to 12 people each, and no more named members than that.
   *
   * @return the generator
   */
  public static Gen<TeamParts> teamParts() {
    return in -> {
      Map<String, Integer> composition = new HashMap<>();
      for (String role : setsOf(ids(), 1, 4).generate(in)) {
        composition.put(role, Generate.range(1, 12).generate(in));
      }
      int size = composition.values().stream().mapToInt(Integer::intValue).sum();
      Set<String> members = new HashSet<>();
      int wanted = Generate.range(0, size).generate(in);
      for (int i = 0; i < wanted; i++) {
        members.add(ids().generate(in));
      }
      return new TeamParts(
          ids().generate(in),
          texts().generate(in),
          Generate.enumValues(TeamPurpose.class).generate(in),
          composition,
          members,
          setsOf(ids(), 0, 3).generate(in));
    };
  }

  /**
   * Teams.
   *
   * @return the generator
   */
  public static Gen<Team> teams() {
    return teamParts().map(TeamParts::build);
  }

  // --- ChampionsTeam ---

  /** The parts of a {@link ChampionsTeam}. */
  public record ChampionsTeamParts(
      Set<String> members,
      Set<String> departments,
      Set<ChampionDuty> duties,
      Optional<LocalDate> disbandsOn)
      implements Parts<ChampionsTeam> {
    @Override
    public ChampionsTeam build() {
      return ChampionsTeam.builder()
          .members(members)
          .departments(departments)
          .duties(duties)
          .disbandsOn(disbandsOn)
          .build();
    }
  }

  /**
   * Parts of champions teams.
   *
   * @return the generator
   */
  public static Gen<ChampionsTeamParts> championsTeamParts() {
    return in ->
        new ChampionsTeamParts(
            setsOf(ids(), 1, 5).generate(in),
            setsOf(ids(), 0, 4).generate(in),
            subsetsOf(ChampionDuty.class).generate(in),
            optionals(dates()).generate(in));
  }

  /**
   * Champions teams.
   *
   * @return the generator
   */
  public static Gen<ChampionsTeam> championsTeams() {
    return championsTeamParts().map(ChampionsTeamParts::build);
  }

  // --- CustomerSegment ---

  /** The parts of a {@link CustomerSegment}. */
  public record CustomerSegmentParts(
      String id,
      String name,
      CustomerSegmentKind kind,
      int priority,
      Set<String> servedBy,
      Optional<CustomerServiceSetup> setup)
      implements Parts<CustomerSegment> {
    @Override
    public CustomerSegment build() {
      return CustomerSegment.builder()
          .id(id)
          .name(name)
          .kind(kind)
          .priority(priority)
          .servedBy(servedBy)
          .setup(setup)
          .build();
    }
  }

  /**
   * Parts of customer segments.
   *
   * @return the generator
   */
  public static Gen<CustomerSegmentParts> customerSegmentParts() {
    return in ->
        new CustomerSegmentParts(
            ids().generate(in),
            texts().generate(in),
            Generate.enumValues(CustomerSegmentKind.class).generate(in),
            Generate.range(1, 10).generate(in),
            setsOf(ids(), 0, 3).generate(in),
            optionals(Generate.enumValues(CustomerServiceSetup.class)).generate(in));
  }

  /**
   * Customer segments.
   *
   * @return the generator
   */
  public static Gen<CustomerSegment> customerSegments() {
    return customerSegmentParts().map(CustomerSegmentParts::build);
  }

  // --- CrmObjective ---

  /** The parts of a {@link CrmObjective}. */
  public record CrmObjectiveParts(
      String id,
      String statement,
      Set<CrmExpectation> expectations,
      String customerPerceivedQuality,
      String informationToFeedBack,
      String feedbackChannel,
      LocalDate setOn)
      implements Parts<CrmObjective> {
    @Override
    public CrmObjective build() {
      return CrmObjective.builder()
          .id(id)
          .statement(statement)
          .expectations(expectations)
          .customerPerceivedQuality(customerPerceivedQuality)
          .informationToFeedBack(informationToFeedBack)
          .feedbackChannel(feedbackChannel)
          .setOn(setOn)
          .build();
    }
  }

  /**
   * Parts of CRM objectives.
   *
   * @return the generator
   */
  public static Gen<CrmObjectiveParts> crmObjectiveParts() {
    return in ->
        new CrmObjectiveParts(
            ids().generate(in),
            texts().generate(in),
            subsetsOf(CrmExpectation.class).generate(in),
            texts().generate(in),
            texts().generate(in),
            texts().generate(in),
            dates().generate(in));
  }

  /**
   * CRM objectives.
   *
   * @return the generator
   */
  public static Gen<CrmObjective> crmObjectives() {
    return crmObjectiveParts().map(CrmObjectiveParts::build);
  }
}
