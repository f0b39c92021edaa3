package org.crmmethod.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** A meeting of the project, held or planned, with its minutes once written (F15). */
@Value.Immutable
public abstract class Meeting {

  /**
   * The meeting's identifier, unique within the plan.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What kind of meeting it is.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * The day of the meeting.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The ids of the stakeholders who attend.
   *
   * @return stakeholder ids of the same plan
   */
  public abstract Set<String> attendees();

  /**
   * The minutes of the meeting, once written.
   *
   * @return the minutes, issued no earlier than the meeting, or empty
   */
  public abstract Optional<MeetingMinutes> minutes();

  /**
   * Starts building a meeting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Meeting} values. */
  public static final class Builder extends ImmutableMeeting.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Meeting")
        .id("id", id())
        .ids("attendees", attendees())
        .require(
            minutes().map(minutes -> !minutes.issuedOn().isBefore(date())).orElse(true),
            "minutes.issuedOn",
            minutes().map(MeetingMinutes::issuedOn).orElse(null),
            "must not be before the meeting (" + date() + ")");
  }
}
