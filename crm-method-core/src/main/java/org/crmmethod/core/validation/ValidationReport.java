package org.crmmethod.core.validation;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.crmmethod.core.method.MethodFact;
import org.immutables.value.Value;

/**
 * What a validation found in a plan: the findings in a fixed order, with counts, filters and a
 * plain-text rendering.
 *
 * <p>Findings are sorted by severity (errors first), then path, rule id and message, so that the
 * same plan always gives the same report.
 */
@Value.Immutable
public abstract class ValidationReport {
  /** The order of findings in every report. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::path)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  /**
   * The id of the plan validated.
   *
   * @return the plan id
   */
  public abstract String planId();

  /**
   * The id of the method the plan was checked against.
   *
   * @return the method id
   */
  public abstract String methodId();

  /**
   * The ids of the rules that ran, in the order they ran.
   *
   * @return the rule ids
   */
  public abstract List<String> rulesRun();

  /**
   * The findings, sorted by {@link #ORDER}.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Creates a report, sorting the findings.
   *
   * @param planId the id of the plan validated
   * @param methodId the id of the method
   * @param rulesRun the ids of the rules that ran
   * @param findings the findings, in any order
   * @return the report
   */
  public static ValidationReport of(
      String planId, String methodId, List<String> rulesRun, List<Finding> findings) {
    return ImmutableValidationReport.builder()
        .planId(planId)
        .methodId(methodId)
        .rulesRun(rulesRun)
        .findings(findings.stream().sorted(ORDER).toList())
        .build();
  }

  /**
   * Tells whether the plan is valid: no finding is an error.
   *
   * @return true when there is no {@link Severity#ERROR} finding
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return the number of findings of that severity
   */
  public int count(Severity severity) {
    return (int) findings().stream().filter(finding -> finding.severity() == severity).count();
  }

  /**
   * Counts the findings of every severity.
   *
   * @return the counts, with every severity present (zero where there is none)
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts;
  }

  /**
   * Returns the findings of a severity.
   *
   * @param severity the severity
   * @return those findings, in report order
   */
  public List<Finding> findings(Severity severity) {
    return filter(finding -> finding.severity() == severity);
  }

  /**
   * Returns the findings of a rule.
   *
   * @param ruleId the rule id
   * @return those findings, in report order
   */
  public List<Finding> byRule(String ruleId) {
    return filter(finding -> finding.ruleId().equals(ruleId));
  }

  /**
   * Returns the findings of rules that enforce a fact.
   *
   * @param fact the fact
   * @return those findings, in report order
   */
  public List<Finding> byFact(MethodFact fact) {
    return filter(finding -> finding.facts().contains(fact));
  }

  /**
   * Returns the findings at a path or below it: {@code lots[LOT-1]} selects the findings about that
   * lot and everything in it.
   *
   * @param path the path; the empty path selects every finding
   * @return those findings, in report order
   */
  public List<Finding> under(String path) {
    return filter(
        finding ->
            path.isEmpty()
                || finding.path().equals(path)
                || finding.path().startsWith(path + ".")
                || finding.path().startsWith(path + "["));
  }

  /**
   * Returns the findings that satisfy a condition.
   *
   * @param condition the condition
   * @return those findings, in report order
   */
  public List<Finding> filter(Predicate<? super Finding> condition) {
    return findings().stream().filter(condition).toList();
  }

  /**
   * Renders the report as plain text: a summary line, then one finding a line with its hints.
   *
   * @return the text
   */
  public String render() {
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append("Plan '")
        .append(planId())
        .append("' against method '")
        .append(methodId())
        .append("': ")
        .append(isValid() ? "valid" : "NOT valid")
        .append(" (")
        .append(count(Severity.ERROR))
        .append(" error(s), ")
        .append(count(Severity.WARNING))
        .append(" warning(s), ")
        .append(count(Severity.INFO))
        .append(" info; ")
        .append(rulesRun().size())
        .append(" rules run)");
    for (Finding finding : findings()) {
      text.append(newline).append("  ").append(finding.render());
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationReport} values. */
  public static final class Builder extends ImmutableValidationReport.Builder {}
}
