package org.crmmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;

/** The JSON benchmark measures what it says: its operations return the plan and its document. */
class JsonBenchmarkTest {

  @Test
  void operations_readWriteAndTreeTheSameDocument() {
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.plan = "reference";
    benchmark.setUp();

    ProjectPlan read = benchmark.read();
    assertThat(read).isEqualTo(PharmaReferencePlan.plan());
    String written = benchmark.write();
    assertThat(written).startsWith("{\"schemaVersion\":1,");
    assertThat(benchmark.readTree().get("id").asString()).isEqualTo(read.id());
  }
}
