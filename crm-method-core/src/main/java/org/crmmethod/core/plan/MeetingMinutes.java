package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The written trace of what was exchanged and decided at a meeting (F15). */
@Value.Immutable
public abstract class MeetingMinutes {

  /**
   * The id of the stakeholder who wrote the minutes.
   *
   * @return a stakeholder id of the same plan
   */
  public abstract String author();

  /**
   * The day the minutes were issued.
   *
   * @return the date
   */
  public abstract LocalDate issuedOn();

  /**
   * The points recorded.
   *
   * @return the points, at least one
   */
  public abstract List<String> points();

  /**
   * The ids of the project decisions the minutes record.
   *
   * @return decision ids of the same plan
   */
  public abstract Set<String> decisions();

  /**
   * Starts building minutes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MeetingMinutes} values. */
  public static final class Builder extends ImmutableMeetingMinutes.Builder {}

  @Value.Check
  void check() {
    Invariants.of("MeetingMinutes")
        .id("author", author())
        .nonEmpty("points", points())
        .texts("points", points())
        .ids("decisions", decisions());
  }
}
