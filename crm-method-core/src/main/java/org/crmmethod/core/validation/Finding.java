package org.crmmethod.core.validation;

import java.util.List;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan: which rule, how serious, which facts of the method it rests
 * on, what is wrong, and where.
 */
@Value.Immutable
public abstract class Finding {

  /**
   * The id of the rule that reported the finding.
   *
   * @return the rule id, e.g. {@code CRM-F17-TRAINING-AFTER-PRE-ACCEPTANCE}
   */
  public abstract String ruleId();

  /**
   * How serious the finding is, after any change of severity made when the validator was built.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The facts of the method the rule enforces.
   *
   * @return the fact ids, empty for a purely structural rule
   */
  public abstract Set<MethodFact> facts();

  /**
   * What is wrong, naming the offending element and what was expected.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Where the offending element sits in the plan, e.g. {@code lots[LOT-2].training.activity}; see
   * {@link PlanPath} for the grammar.
   *
   * @return the path, empty for the plan as a whole
   */
  public abstract String path();

  /**
   * Suggestions for fixing the plan.
   *
   * @return the hints, possibly none
   */
  public abstract List<String> hints();

  /**
   * Starts building a finding.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /**
   * Renders the finding on one line, with its hints on the lines after it.
   *
   * @return e.g. {@code ERROR CRM-F17-TRAINING-ON-REAL-DATA [F17] at lots[LOT-1].training: ...}
   */
  public String render() {
    StringBuilder line = new StringBuilder();
    line.append(severity()).append(' ').append(ruleId());
    if (!facts().isEmpty()) {
      line.append(' ').append(facts().stream().sorted().map(Enum::name).toList());
    }
    line.append(" at ").append(path().isEmpty() ? "<plan>" : path()).append(": ").append(message());
    for (String hint : hints()) {
      line.append(System.lineSeparator()).append("    hint: ").append(hint);
    }
    return line.toString();
  }

  @Value.Check
  void check() {
    Invariants.of("Finding").text("ruleId", ruleId()).text("message", message()).texts("hints", hints());
  }
}
