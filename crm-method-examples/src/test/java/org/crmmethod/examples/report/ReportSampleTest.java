package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.junit.jupiter.api.Test;

/**
 * Writes the reference plan's report where a person can open it: {@code
 * crm-method-examples/target/report-sample.html}, with its Mermaid chart beside it.
 */
class ReportSampleTest {
  /** A target a little before the P50 of the reference plan, so that the sample shows one. */
  static final LocalDate SAMPLE_TARGET = LocalDate.of(2027, 12, 15);

  @Test
  void writeSample_referencePlan() throws IOException {
    PlanReport report = PlanReport.of(
        PharmaReferencePlan.plan(), StagedMethod.definition(), 10_000, 1, Optional.of(SAMPLE_TARGET));
    Path html = Path.of("target", "report-sample.html");
    Path mermaid = Path.of("target", "report-sample.mmd");
    Files.createDirectories(html.getParent());
    Files.writeString(html, report.html());
    Files.writeString(mermaid, report.mermaidGantt());

    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains(PharmaReferencePlan.plan().name());
    assertThat(Files.readString(mermaid)).startsWith("gantt\n");
  }
}
