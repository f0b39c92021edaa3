package org.crmmethod.core.organisation;

/** The business functions a department may carry, as the method's organisation facts name them. */
public enum BusinessFunction {
  /** General management, which approves the strategy (F06). */
  GENERAL_MANAGEMENT,
  /** Operations. */
  OPERATIONS,
  /** Sales, including the field sales force. */
  SALES,
  /** Marketing. */
  MARKETING,
  /** Market research. */
  MARKET_RESEARCH,
  /** Finance: in pharma, hospital markets, risk management, invoicing and collection (F24). */
  FINANCE,
  /** Logistics. */
  LOGISTICS,
  /** Customer service and contact center. */
  CUSTOMER_SERVICE,
  /** After-sales service (F30). */
  AFTER_SALES,
  /** Medical affairs. */
  MEDICAL_AFFAIRS,
  /** Regulatory affairs. */
  REGULATORY_AFFAIRS,
  /** Information technology. */
  IT,
  /** Human resources. */
  HUMAN_RESOURCES,
  /** Any other function. */
  OTHER
}
