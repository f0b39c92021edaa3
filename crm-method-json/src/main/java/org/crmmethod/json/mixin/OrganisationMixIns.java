package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CrmObjective;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerSegmentKind;
import org.crmmethod.core.organisation.CustomerServiceSetup;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.ImmutableChampionsTeam;
import org.crmmethod.core.organisation.ImmutableCrmObjective;
import org.crmmethod.core.organisation.ImmutableCustomerSegment;
import org.crmmethod.core.organisation.ImmutableDepartment;
import org.crmmethod.core.organisation.ImmutableStakeholder;
import org.crmmethod.core.organisation.ImmutableTeam;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The wire format of the company's organisation: {@code org.crmmethod.core.organisation}.
 *
 * <p>Every value is a JSON object whose property names are the model's accessor names, in the
 * order the model declares them; enums are written by name, dates as ISO-8601 days, absent
 * optional values are left out and collections are always written. Derived answers ({@code
 * Team.size()}, {@code Team.headcount(role)}, {@code ChampionsTeam.isMultidisciplinary()}) are not
 * written.
 *
 * <p>{@link Team#composition()} is a JSON object from role id to headcount, e.g. {@code
 * {"project-manager": 1, "key-user": 4}}, written with its keys in sorted order so that equal teams
 * give equal text.
 */
final class OrganisationMixIns {
  private OrganisationMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(Department.class, DepartmentMixIn.class);
    context.setMixIn(ImmutableDepartment.Builder.class, DepartmentBuilderMixIn.class);
    context.setMixIn(Stakeholder.class, StakeholderMixIn.class);
    context.setMixIn(ImmutableStakeholder.Builder.class, StakeholderBuilderMixIn.class);
    context.setMixIn(Team.class, TeamMixIn.class);
    context.setMixIn(ImmutableTeam.Builder.class, TeamBuilderMixIn.class);
    context.setMixIn(ChampionsTeam.class, ChampionsTeamMixIn.class);
    context.setMixIn(ImmutableChampionsTeam.Builder.class, ChampionsTeamBuilderMixIn.class);
    context.setMixIn(CustomerSegment.class, CustomerSegmentMixIn.class);
    context.setMixIn(ImmutableCustomerSegment.Builder.class, CustomerSegmentBuilderMixIn.class);
    context.setMixIn(CrmObjective.class, CrmObjectiveMixIn.class);
    context.setMixIn(ImmutableCrmObjective.Builder.class, CrmObjectiveBuilderMixIn.class);
  }

  @JsonPropertyOrder({"id", "name", "function", "customerFacing", "customerDuties"})
  @JsonDeserialize(builder = Department.Builder.class)
  abstract static class DepartmentMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("function")
    abstract BusinessFunction function();

    @JsonProperty("customerFacing")
    abstract boolean customerFacing();

    @JsonProperty("customerDuties")
    abstract List<String> customerDuties();
  }

  abstract static class DepartmentBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("function")
    abstract Object function(BusinessFunction value);

    @JsonProperty("customerFacing")
    abstract Object customerFacing(boolean value);

    @JsonProperty("customerDuties")
    abstract Object customerDuties(Iterable<String> value);
  }

  @JsonPropertyOrder({"id", "name", "department", "roles", "external"})
  @JsonDeserialize(builder = Stakeholder.Builder.class)
  abstract static class StakeholderMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("department")
    abstract Optional<String> department();

    @JsonProperty("roles")
    abstract Set<String> roles();

    @JsonProperty("external")
    abstract boolean external();
  }

  abstract static class StakeholderBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("department")
    abstract Object department(Optional<String> value);

    @JsonProperty("roles")
    abstract Object roles(Iterable<String> value);

    @JsonProperty("external")
    abstract Object external(boolean value);
  }

  @JsonPropertyOrder({"id", "name", "purpose", "composition", "members", "departments"})
  @JsonDeserialize(builder = Team.Builder.class)
  abstract static class TeamMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("purpose")
    abstract TeamPurpose purpose();

    /** Sorted by role id whatever the mapper's settings, so equal teams write alike. */
    @JsonProperty("composition")
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    abstract Map<String, Integer> composition();

    @JsonProperty("members")
    abstract Set<String> members();

    @JsonProperty("departments")
    abstract Set<String> departments();
  }

  abstract static class TeamBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("purpose")
    abstract Object purpose(TeamPurpose value);

    @JsonProperty("composition")
    abstract Object composition(Map<String, ? extends Integer> value);

    @JsonProperty("members")
    abstract Object members(Iterable<String> value);

    @JsonProperty("departments")
    abstract Object departments(Iterable<String> value);
  }

  @JsonPropertyOrder({"members", "departments", "duties", "disbandsOn"})
  @JsonDeserialize(builder = ChampionsTeam.Builder.class)
  abstract static class ChampionsTeamMixIn extends ValueMixIn {
    @JsonProperty("members")
    abstract Set<String> members();

    @JsonProperty("departments")
    abstract Set<String> departments();

    @JsonProperty("duties")
    abstract Set<ChampionDuty> duties();

    @JsonProperty("disbandsOn")
    abstract Optional<LocalDate> disbandsOn();
  }

  abstract static class ChampionsTeamBuilderMixIn extends BuilderMixIn {
    @JsonProperty("members")
    abstract Object members(Iterable<String> value);

    @JsonProperty("departments")
    abstract Object departments(Iterable<String> value);

    @JsonProperty("duties")
    abstract Object duties(Iterable<ChampionDuty> value);

    @JsonProperty("disbandsOn")
    abstract Object disbandsOn(Optional<? extends LocalDate> value);
  }

  @JsonPropertyOrder({"id", "name", "kind", "priority", "servedBy", "setup"})
  @JsonDeserialize(builder = CustomerSegment.Builder.class)
  abstract static class CustomerSegmentMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract CustomerSegmentKind kind();

    @JsonProperty("priority")
    abstract int priority();

    @JsonProperty("servedBy")
    abstract Set<String> servedBy();

    @JsonProperty("setup")
    abstract Optional<CustomerServiceSetup> setup();
  }

  abstract static class CustomerSegmentBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("kind")
    abstract Object kind(CustomerSegmentKind value);

    @JsonProperty("priority")
    abstract Object priority(int value);

    @JsonProperty("servedBy")
    abstract Object servedBy(Iterable<String> value);

    @JsonProperty("setup")
    abstract Object setup(Optional<? extends CustomerServiceSetup> value);
  }

  @JsonPropertyOrder({
    "id",
    "statement",
    "expectations",
    "customerPerceivedQuality",
    "informationToFeedBack",
    "feedbackChannel",
    "setOn"
  })
  @JsonDeserialize(builder = CrmObjective.Builder.class)
  abstract static class CrmObjectiveMixIn extends ValueMixIn {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("statement")
    abstract String statement();

    @JsonProperty("expectations")
    abstract Set<CrmExpectation> expectations();

    @JsonProperty("customerPerceivedQuality")
    abstract String customerPerceivedQuality();

    @JsonProperty("informationToFeedBack")
    abstract String informationToFeedBack();

    @JsonProperty("feedbackChannel")
    abstract String feedbackChannel();

    @JsonProperty("setOn")
    abstract LocalDate setOn();
  }

  abstract static class CrmObjectiveBuilderMixIn extends BuilderMixIn {
    @JsonProperty("id")
    abstract Object id(String value);

    @JsonProperty("statement")
    abstract Object statement(String value);

    @JsonProperty("expectations")
    abstract Object expectations(Iterable<CrmExpectation> value);

    @JsonProperty("customerPerceivedQuality")
    abstract Object customerPerceivedQuality(String value);

    @JsonProperty("informationToFeedBack")
    abstract Object informationToFeedBack(String value);

    @JsonProperty("feedbackChannel")
    abstract Object feedbackChannel(String value);

    @JsonProperty("setOn")
    abstract Object setOn(LocalDate value);
  }
}
