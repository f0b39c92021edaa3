package org.crmmethod.core.catalogue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.ChampionDuty;
import org.crmmethod.core.organisation.CrmExpectation;
import org.crmmethod.core.organisation.CustomerSegment;
import org.crmmethod.core.organisation.CustomerSegmentKind;
import org.crmmethod.core.organisation.CustomerServiceSetup;
import org.crmmethod.core.organisation.CustomerViewQuality;
import org.crmmethod.core.organisation.Department;

/**
 * The organisation catalogue (F21-F27): whose buy-in a CRM needs, what the organisation expects of
 * it, the 360-degree view, pharma's customer-facing departments and customer segments, and the
 * champions team's duties.
 */
public final class OrganisationCatalogue {

  private static final List<BusinessFunction> BUY_IN_FUNCTIONS =
      List.of(
          BusinessFunction.OPERATIONS,
          BusinessFunction.MARKETING,
          BusinessFunction.SALES,
          BusinessFunction.MARKET_RESEARCH,
          BusinessFunction.GENERAL_MANAGEMENT);

  private static final List<Department> PHARMA_CUSTOMER_FACING_DEPARTMENTS =
      List.of(
          department("SALES", "Sales", BusinessFunction.SALES, "Field visits to prescribers and pharmacists", "Key accounts and tenders"),
          department("FINANCE", "Finance", BusinessFunction.FINANCE, "Hospital markets", "Risk management", "Invoicing", "Collection"),
          department("LOGISTICS", "Logistics", BusinessFunction.LOGISTICS, "Order taking and delivery", "Relations with wholesalers and distributors"),
          department("MARKETING", "Marketing", BusinessFunction.MARKETING, "Campaigns and product information", "Relations with experts and the professional press"),
          department("MARKET_RESEARCH", "Market research", BusinessFunction.MARKET_RESEARCH, "Customer and market studies", "Prescription and sales data analysis"));

  private static final List<CustomerSegment> PHARMA_SEGMENTS =
      List.of(
          segment(CustomerSegmentKind.PRESCRIBING_PHYSICIANS, "Prescribing physicians", 1, "SALES", "MARKETING"),
          segment(CustomerSegmentKind.PHARMACISTS, "Pharmacists", 2, "SALES", "LOGISTICS"),
          segment(CustomerSegmentKind.HOSPITALS, "Hospitals", 3, "SALES", "FINANCE", "LOGISTICS"),
          segment(CustomerSegmentKind.WHOLESALERS, "Wholesalers", 4, "LOGISTICS", "FINANCE"),
          segment(CustomerSegmentKind.DISTRIBUTORS, "Distributors", 5, "LOGISTICS", "FINANCE"),
          segment(CustomerSegmentKind.EXPERTS, "Experts and opinion leaders", 6, "MARKETING"),
          segment(CustomerSegmentKind.REGULATORS, "Regulators and health authorities", 7, "MARKET_RESEARCH"),
          segment(CustomerSegmentKind.PATIENTS, "Some patients", 8, "MARKETING"),
          segment(CustomerSegmentKind.PROFESSIONAL_PRESS, "Professional press", 9, "MARKETING"));

  private OrganisationCatalogue() {}

  private static Department department(
      String id, String name, BusinessFunction function, String... customerDuties) {
    return Department.builder()
        .id(id)
        .name(name)
        .function(function)
        .customerFacing(true)
        .addCustomerDuties(customerDuties)
        .build();
  }

  private static CustomerSegment segment(
      CustomerSegmentKind kind, String name, int priority, String... servedBy) {
    return CustomerSegment.builder()
        .id(kind.name())
        .name(name)
        .kind(kind)
        .priority(priority)
        .addServedBy(servedBy)
        .build();
  }

  /**
   * Returns the business functions whose lasting buy-in the project must win, across the hierarchy
   * (F21).
   *
   * @return operations, marketing, sales, market research and general management
   */
  public static List<BusinessFunction> buyInFunctions() {
    return BUY_IN_FUNCTIONS;
  }

  /**
   * Returns what an organisation expects of its CRM, in its three areas (F22).
   *
   * @return every expectation, ordered by area
   */
  public static List<CrmExpectation> expectations() {
    return List.of(CrmExpectation.values());
  }

  /**
   * Returns the qualities of the 360-degree customer view the CRM aims at (F23).
   *
   * @return complete, coherent and current
   */
  public static Set<CustomerViewQuality> customerViewQualities() {
    return Collections.unmodifiableSet(EnumSet.allOf(CustomerViewQuality.class));
  }

  /**
   * Returns the customer-facing departments of a pharmaceutical laboratory, each with what it does
   * for customers (F24). There is no single customer department: each of these is a seller.
   *
   * @return sales, finance, logistics, marketing and market research
   */
  public static List<Department> pharmaCustomerFacingDepartments() {
    return PHARMA_CUSTOMER_FACING_DEPARTMENTS;
  }

  /**
   * Returns the customer segments of a pharmaceutical laboratory (F25), with the departments of
   * {@link #pharmaCustomerFacingDepartments()} that serve them. Segments and priorities differ from
   * one company to another: the priorities here are only a starting order.
   *
   * @return the nine pharmaceutical segments
   */
  public static List<CustomerSegment> pharmaSegments() {
    return PHARMA_SEGMENTS;
  }

  /**
   * Returns the ways service to a segment can be organised (F25).
   *
   * @return the service set-ups
   */
  public static List<CustomerServiceSetup> serviceSetups() {
    return List.of(CustomerServiceSetup.values());
  }

  /**
   * Returns the duties of the champions team (F27).
   *
   * @return the seven duties
   */
  public static Set<ChampionDuty> championDuties() {
    return Collections.unmodifiableSet(EnumSet.allOf(ChampionDuty.class));
  }
}
