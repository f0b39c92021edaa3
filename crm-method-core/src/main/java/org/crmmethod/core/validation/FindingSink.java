package org.crmmethod.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;

/**
 * Where a rule reports what it finds. The validator hands each rule its own sink, which stamps
 * every finding with the rule's id, its facts and the severity in force for it.
 */
public final class FindingSink {
  private final String ruleId;
  private final Severity severity;
  private final Set<MethodFact> facts;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Creates a sink for one rule.
   *
   * @param ruleId the rule's id
   * @param severity the severity in force for the rule
   * @param facts the facts the rule enforces
   */
  public FindingSink(String ruleId, Severity severity, Set<MethodFact> facts) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.facts = Set.copyOf(facts);
  }

  /**
   * Reports a finding at the rule's severity.
   *
   * @param path where the offending element sits (see {@link PlanPath}); empty for the whole plan
   * @param message what is wrong, naming the element and what was expected
   * @param hints suggestions for fixing the plan
   */
  public void report(String path, String message, String... hints) {
    findings.add(
        Finding.builder()
            .ruleId(ruleId)
            .severity(severity)
            .facts(facts)
            .path(path)
            .message(message)
            .addHints(hints)
            .build());
  }

  /**
   * Returns what was reported so far.
   *
   * @return the findings, in the order reported
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Returns the severity findings are reported at.
   *
   * @return the severity in force for the rule
   */
  public Severity severity() {
    return severity;
  }

  @Override
  public String toString() {
    return "FindingSink[" + ruleId + ", " + severity + ", " + Arrays.toString(facts.toArray()) + "]";
  }
}
