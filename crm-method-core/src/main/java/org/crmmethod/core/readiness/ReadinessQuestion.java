package org.crmmethod.core.readiness;

import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** One question a company answers before building its CRM (F29-F32). */
@Value.Immutable
public abstract class ReadinessQuestion {

  /**
   * The question's identifier, unique within a questionnaire (e.g. {@code DATA-08}).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The group the question belongs to.
   *
   * @return the group
   */
  public abstract ReadinessGroup group();

  /**
   * The question, as asked.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * The kinds of activity that must not start while the question is unsettled, e.g. data
   * migration while personal-data compliance is open (F30).
   *
   * @return the blocked activity kinds
   */
  public abstract Set<ActivityKind> blocks();

  /**
   * The method facts this question encodes.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Starts building a question.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessQuestion} values. */
  public static final class Builder extends ImmutableReadinessQuestion.Builder {}

  @Value.Check
  void check() {
    Invariants.of("ReadinessQuestion").id("id", id()).text("text", text());
  }
}
