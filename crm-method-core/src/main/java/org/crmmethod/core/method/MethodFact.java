package org.crmmethod.core.method;

import java.util.Locale;

/**
 * The numbered facts of the CRM implementation method (F01 to F33) that the library encodes as data
 * or as rules.
 *
 * <p>Every catalogue value and every rule names the facts it encodes, so a reader can trace any
 * behaviour back to the method. The summaries are the library's own short restatements.
 */
public enum MethodFact {
  F01(FactSection.WHERE_TO_START, "The global view of strategic needs comes first; priorities follow from it."),
  F02(FactSection.WHERE_TO_START, "The start module is the one that best carries the customer culture, the later steps and user demand, not the highest ROI."),
  F03(FactSection.WHERE_TO_START, "SFA looks like the obvious start but meets obsolete legacy systems, past failures and settled habits."),
  F04(FactSection.WHERE_TO_START, "Analytical CRM is a rarely chosen but often better start: easier, fewer and more homogeneous people, ROI easily reached, persuasive results."),
  F05(FactSection.WHERE_TO_START, "Once the start is decided, the project runs in stages."),
  F06(FactSection.STAGED_METHOD, "Phase 1 (about 3 months): a strategic objective approved by general management, a market analysis, a budget."),
  F07(FactSection.STAGED_METHOD, "Phase 2 (1 to 2 months or more): change management and audit with executives and representative users, one-to-one and in groups; yields the project charter and technical architecture."),
  F08(FactSection.STAGED_METHOD, "Phase 3 (2 to 3 months): teams of 6 to 12 write the requirements specification with its gap analysis, interface specifications and data-migration scope."),
  F09(FactSection.STAGED_METHOD, "Phase 3 loops back to the phase 2 groups; a reopened decision must be reported to general management."),
  F10(FactSection.STAGED_METHOD, "Phase 4 (3 to 5 months): deployment with improvements and tests, user training and KPIs."),
  F11(FactSection.STAGED_METHOD, "A CRM implementation takes about 12 months; 90 days covers at most the physical deployment of a pre-configured package."),
  F12(FactSection.LOT_ROLLOUT, "CRM functions are much alike everywhere, but the project is a chance to rethink organisation and sales strategy."),
  F13(FactSection.LOT_ROLLOUT, "A classic project is mostly training and change management; a differentiating one starts with a target-organisation study and functional specifications, then priorities and lots."),
  F14(FactSection.LOT_ROLLOUT, "Within a lot, configuration, specific development, tests, data migration and user presentations run in parallel."),
  F15(FactSection.LOT_ROLLOUT, "Important information exchanged in and around meetings is recorded in project minutes."),
  F16(FactSection.LOT_ROLLOUT, "Rolling out a lot starts with a global pre-acceptance test by key users."),
  F17(FactSection.LOT_ROLLOUT, "Users are trained only after the functions are validated, on real data, with a printed guide."),
  F18(FactSection.LOT_ROLLOUT, "Cut-over loads the latest data quickly through an automated import that reports on migration quality."),
  F19(FactSection.LOT_ROLLOUT, "Support is increased and highly reactive right after go-live."),
  F20(FactSection.LOT_ROLLOUT, "Final acceptance is signed after a few weeks of real use."),
  F21(FactSection.ORGANISATION, "Organisation is the neglected part: lasting buy-in across the hierarchy and measuring the new processes are the hard work."),
  F22(FactSection.ORGANISATION, "The organisation expects shared customer information and memory, measured and better information and sales processes, and lower costs."),
  F23(FactSection.ORGANISATION, "Departments each see part of the customer; the aim is a complete, coherent, current 360-degree view."),
  F24(FactSection.ORGANISATION, "Every department is a seller; in pharma the customer-facing ones include sales, finance, logistics, marketing and market research."),
  F25(FactSection.ORGANISATION, "Pharma serves many customer segments whose priorities and service set-ups differ by company."),
  F26(FactSection.ORGANISATION, "First set the CRM's own objectives: quality as the customer sees it, and which information flows back through which channel."),
  F27(FactSection.ORGANISATION, "An informal, multidisciplinary champions team keeps the customer culture alive long after deployment."),
  F28(FactSection.READINESS, "A CRM project starts with strategy and ends with IT."),
  F29(FactSection.READINESS, "Strategy questions: strategy, customers and their wants, acquisition versus conversion versus retention, service, workflow."),
  F30(FactSection.READINESS, "Data questions: which data, who holds it, digital and structured, kept current, lifecycle, personal-data law, after-sales."),
  F31(FactSection.READINESS, "Organisation questions: structure, processes, teams and roles, means, training, information, adoption."),
  F32(FactSection.READINESS, "IT questions: load, software and infrastructure, investments and induced costs, data warehouse, training, hotline."),
  F33(FactSection.READINESS, "Executives and all key managers take part: the project cuts across the whole company.");

  private final FactSection section;
  private final String summary;

  MethodFact(FactSection section, String summary) {
    this.section = section;
    this.summary = summary;
  }

  /**
   * Returns the part of the method this fact belongs to.
   *
   * @return the section
   */
  public FactSection section() {
    return section;
  }

  /**
   * Returns a one-sentence restatement of the fact.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns the fact with the given id, accepting any case ({@code "F07"}, {@code "f07"}).
   *
   * @param id the fact id
   * @return the fact
   * @throws IllegalArgumentException naming the id when no fact has it
   */
  public static MethodFact byId(String id) {
    String normalised = id.trim().toUpperCase(Locale.ROOT);
    for (MethodFact fact : values()) {
      if (fact.name().equals(normalised)) {
        return fact;
      }
    }
    throw new IllegalArgumentException(
        "No method fact has id '" + id + "'; ids run from F01 to F" + values().length);
  }
}
