package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.ChampionsTeam;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerSegmentKind;
import org.crmmethod.core.organisation.CustomerServiceSetup;
import org.crmmethod.core.organisation.CustomerViewQuality;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.ExpectationArea;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts F21-F27: the organisation around the CRM. */
class OrganisationCatalogueTest {
  private final ProjectPlan plan = PharmaReferencePlan.plan();

  @Test
  @DisplayName("F21: lasting buy-in is needed from operations, marketing, sales, market research and general management, and the new processes are measured")
  void f21_buyInAndMeasurement() {
    assertThat(OrganisationCatalogue.buyInFunctions())
        .containsExactly(
            BusinessFunction.OPERATIONS,
            BusinessFunction.MARKETING,
            BusinessFunction.SALES,
            BusinessFunction.MARKET_RESEARCH,
            BusinessFunction.GENERAL_MANAGEMENT);
    assertThat(ActivityKind.KPI_SETUP.facts()).contains(MethodFact.F21);
    assertThat(plan.kpis()).hasSize(4);
    Set<BusinessFunction> represented = plan.departments().stream().map(Department::function).collect(Collectors.toSet());
    assertThat(represented).containsAll(OrganisationCatalogue.buyInFunctions());
  }

  @Test
  @DisplayName("F22: eight expectations in three areas: shared infrastructure, measurement, cost reduction")
  void f22_expectations() {
    Map<ExpectationArea, Long> perArea =
        OrganisationCatalogue.expectations().stream()
            .collect(Collectors.groupingBy(CrmExpectation::area, Collectors.counting()));
    assertThat(perArea)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ExpectationArea.SHARED_INFRASTRUCTURE, 3L,
                ExpectationArea.MEASUREMENT, 3L,
                ExpectationArea.COST_REDUCTION, 2L));
    assertThat(CrmExpectation.CONTACT_HISTORY.area()).isEqualTo(ExpectationArea.SHARED_INFRASTRUCTURE);
    assertThat(CrmExpectation.AUTOMATED_ADMINISTRATION.area()).isEqualTo(ExpectationArea.COST_REDUCTION);
  }

  @Test
  @DisplayName("F23: the 360-degree view is complete, coherent and current")
  void f23_customerView() {
    assertThat(OrganisationCatalogue.customerViewQualities())
        .containsExactly(CustomerViewQuality.COMPLETE, CustomerViewQuality.COHERENT, CustomerViewQuality.CURRENT);
    assertThat(MethodDeliverables.select(MethodDeliverables.CRM_OBJECTIVES).get(0).facts()).contains(MethodFact.F23);
  }

  @Test
  @DisplayName("F24: pharma's customer-facing departments are sales, finance, logistics, marketing and market research")
  void f24_customerFacingDepartments() {
    Map<String, Department> departments =
        OrganisationCatalogue.pharmaCustomerFacingDepartments().stream()
            .collect(Collectors.toMap(Department::id, Function.identity()));
    assertThat(departments.keySet()).containsExactlyInAnyOrder("SALES", "FINANCE", "LOGISTICS", "MARKETING", "MARKET_RESEARCH");
    assertThat(departments.values()).allSatisfy(department -> assertThat(department.customerFacing()).isTrue());
    assertThat(departments.get("FINANCE").customerDuties())
        .containsExactly("Hospital markets", "Risk management", "Invoicing", "Collection");
    assertThat(plan.departments()).filteredOn(Department::customerFacing).hasSize(5);
  }

  @Test
  @DisplayName("F25: pharma serves nine customer segments; priorities and service set-ups vary")
  void f25_segments() {
    assertThat(OrganisationCatalogue.pharmaSegments())
        .extracting(CustomerSegment::kind)
        .containsExactlyInAnyOrder(
            Arrays.stream(CustomerSegmentKind.values()).filter(kind -> kind != CustomerSegmentKind.OTHER).toArray(CustomerSegmentKind[]::new));
    assertThat(OrganisationCatalogue.pharmaSegments()).extracting(CustomerSegment::priority).doesNotHaveDuplicates();
    Set<String> departments =
        OrganisationCatalogue.pharmaCustomerFacingDepartments().stream().map(Department::id).collect(Collectors.toSet());
    assertThat(OrganisationCatalogue.pharmaSegments())
        .allSatisfy(segment -> assertThat(departments).containsAll(segment.servedBy()));
    assertThat(OrganisationCatalogue.serviceSetups())
        .contains(CustomerServiceSetup.DEDICATED_CONTACT_CENTER, CustomerServiceSetup.PARTNER_FOR_LOGISTICS_AND_RELATIONS);
    assertThat(plan.customerSegments()).isEqualTo(OrganisationCatalogue.pharmaSegments());
  }

  @Test
  @DisplayName("F26: the CRM's own objectives, as the customer sees them and with the information flowing back, come before the specification")
  void f26_objectivesFirst() {
    assertThat(MethodDeliverables.select(MethodDeliverables.CRM_OBJECTIVES).get(0).requiredSections())
        .containsExactly(MethodDeliverables.SECTION_CUSTOMER_PERCEIVED_QUALITY, MethodDeliverables.SECTION_INFORMATION_FEEDBACK);
    assertThat(MethodDeliverables.select(MethodDeliverables.REQUIREMENTS_SPECIFICATION).get(0).prerequisites())
        .containsExactly(MethodDeliverables.CRM_OBJECTIVES);
    assertThat(plan.objectives()).hasSize(2).allSatisfy(objective -> {
      assertThat(objective.expectations()).isNotEmpty();
      assertThat(objective.setOn()).isEqualTo(plan.context().startDate());
    });
    // The plan writes its CRM objectives in the audit phase, before the specification phase.
    Deliverable objectives =
        plan.deliverables().stream().filter(d -> d.type().equals(MethodDeliverables.CRM_OBJECTIVES)).findFirst().orElseThrow();
    assertThat(objectives.phase()).isEqualTo(StagedMethod.AUDIT);
    assertThat(plan.phases()).extracting(Phase::id)
        .containsSubsequence(StagedMethod.AUDIT, StagedMethod.SPECIFICATION);
  }

  @Test
  @DisplayName("F27: a multidisciplinary champions team takes on seven duties and stays on after deployment")
  void f27_championsTeam() {
    assertThat(OrganisationCatalogue.championDuties()).hasSize(7).containsExactly(ChampionDuty.values());
    ChampionsTeam champions = plan.championsTeam().orElseThrow();
    assertThat(champions.isMultidisciplinary()).isTrue();
    assertThat(champions.duties()).isEqualTo(OrganisationCatalogue.championDuties());
    assertThat(champions.disbandsOn()).isEmpty();
    assertThat(champions.members()).allSatisfy(id ->
        assertThat(plan.stakeholders()).anySatisfy(s -> {
          assertThat(s.id()).isEqualTo(id);
          assertThat(s.roles()).contains(MethodRoles.CHAMPION);
        }));
  }
}
