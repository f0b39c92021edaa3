package org.crmmethod.json;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.readiness.ReadinessAnswer;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScorer;

/** Readiness values of the reference plan in which every attribute is present, for the wire-format tests. */
final class ReadinessSamples {
  private ReadinessSamples() {}

  /** The reference plan's assessment: custom questions, answers of every status. */
  static ReadinessAssessment assessment() {
    return PharmaReferencePlan.plan().readiness().orElseThrow();
  }

  /** The report of the reference assessment: four groups and a dozen blockers. */
  static ReadinessReport report() {
    return ReadinessScorer.standard().score(ReadinessCatalogue.questionnaire(), assessment());
  }

  /** An answer with evidence, an answer date and a due date. */
  static ReadinessAnswer fullAnswer() {
    return assessment().answer(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE).orElseThrow();
  }

  /** A blocker with an owner and a due date. */
  static ReadinessBlocker fullBlocker() {
    return report().blockers().stream()
        .filter(blocker -> blocker.question().equals(ReadinessCatalogue.PERSONAL_DATA_COMPLIANCE))
        .findFirst()
        .orElseThrow();
  }
}
