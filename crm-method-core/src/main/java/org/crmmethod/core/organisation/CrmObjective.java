package org.crmmethod.core.organisation;

import java.time.LocalDate;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * One objective of the company's own CRM, stated as the customer will see it and with the
 * information that must flow back (F22, F26).
 */
@Value.Immutable
public abstract class CrmObjective {

  /**
   * The objective's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The objective.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * The organisation's expectations the objective serves (F22).
   *
   * @return the expectations
   */
  public abstract Set<CrmExpectation> expectations();

  /**
   * The quality the customer should perceive when the objective is met (F26).
   *
   * @return the customer-perceived quality, not blank
   */
  public abstract String customerPerceivedQuality();

  /**
   * The information that must flow back from customers and the field (F26).
   *
   * @return the information, not blank
   */
  public abstract String informationToFeedBack();

  /**
   * The channel through which that information flows back (F26).
   *
   * @return the channel, not blank
   */
  public abstract String feedbackChannel();

  /**
   * The day the objective was set.
   *
   * @return the date
   */
  public abstract LocalDate setOn();

  /**
   * Starts building a CRM objective.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CrmObjective} values. */
  public static final class Builder extends ImmutableCrmObjective.Builder {}

  @Value.Check
  void check() {
    Invariants.of("CrmObjective")
        .id("id", id())
        .text("statement", statement())
        .text("customerPerceivedQuality", customerPerceivedQuality())
        .text("informationToFeedBack", informationToFeedBack())
        .text("feedbackChannel", feedbackChannel());
  }
}
