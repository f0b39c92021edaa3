package org.crmmethod.examples.report;

import java.util.List;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;

/**
 * The validation's part of the page: how many findings of each severity, then every finding with
 * its rule, the facts of the method it rests on, the path of the element at fault, its message and
 * its hints, in the validation report's order (most severe first).
 */
final class FindingsSection {

  private FindingsSection() {}

  /**
   * Writes the section.
   *
   * @param page where to write
   * @param report the report
   */
  static void write(Markup page, PlanReport report) {
    ValidationReport validation = report.validation();
    page.open("section", "id", "validation", "class", "part");
    page.element("h2", "Validation");
    page.element("p", "The plan checked against method " + validation.methodId() + " by "
        + validation.rulesRun().size() + " rules: " + validation.count(Severity.ERROR) + " errors, "
        + validation.count(Severity.WARNING) + " warnings, " + validation.count(Severity.INFO) + " info. "
        + (validation.isValid() ? "The plan is valid." : "The plan is not valid."), "class", "lead");
    List<Finding> findings = validation.findings();
    if (findings.isEmpty()) {
      page.element("p", "No findings: the plan follows the method on every rule run.", "class", "none");
      page.close("section");
      return;
    }
    page.open("table", "class", "findings");
    page.open("thead").open("tr");
    page.element("th", "Severity").element("th", "Rule").element("th", "Facts").element("th", "Path")
        .element("th", "Message");
    page.close("tr").close("thead");
    page.open("tbody");
    for (Finding finding : findings) {
      page.open("tr", "data-rule", finding.ruleId(), "data-severity", finding.severity().name());
      page.open("td").element("span", finding.severity().name(), "class", "badge " + finding.severity().name()).close("td");
      page.open("td").element("code", finding.ruleId()).close("td");
      page.open("td");
      List<MethodFact> facts = finding.facts().stream().sorted().toList();
      for (int index = 0; index < facts.size(); index++) {
        page.text(index == 0 ? "" : ", ").element("abbr", facts.get(index).name(), "title", facts.get(index).summary());
      }
      page.close("td");
      page.open("td").element("code", finding.path()).close("td");
      page.open("td").text(finding.message());
      for (String hint : finding.hints()) {
        page.element("span", hint, "class", "hint");
      }
      page.close("td");
      page.close("tr");
    }
    page.close("tbody");
    page.close("table");
    page.close("section");
  }
}
