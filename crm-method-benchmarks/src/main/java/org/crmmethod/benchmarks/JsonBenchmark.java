package org.crmmethod.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.json.CrmJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes plan documents: the reference plan and a generated plan of about 10,000
 * activities. Reading into the model (every invariant checked) is compared with Jackson's own
 * {@code readTree} of the same bytes, the floor of any reading: the issue asks for reading at no
 * less than half of {@code readTree}'s throughput. Documents are compact UTF-8 bytes, prepared once
 * per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class JsonBenchmark {
  /** Which plan: {@code reference}, or a number of activities for a generated plan. */
  @Param({"reference", "10000"})
  public String plan;

  private final CrmJson json = CrmJson.builder().indent(false).build();
  private final ObjectMapper trees = CrmJson.mapperBuilder().build();
  private ProjectPlan subject;
  private byte[] document;

  /** Builds the plan and its document. */
  @Setup(Level.Trial)
  public void setUp() {
    subject =
        plan.equals("reference")
            ? PharmaReferencePlan.plan()
            : PlanGenerator.withActivities(Integer.parseInt(plan)).generate(new SplittableRandom(42));
    document = json.write(subject).getBytes(StandardCharsets.UTF_8);
    if (!json.read(new String(document, StandardCharsets.UTF_8), ProjectPlan.class)
        .equals(subject)) {
      throw new IllegalStateException("the benchmark document does not read back as its plan");
    }
  }

  /**
   * Reads the document into a plan, building every value through its checked builder.
   *
   * @return the plan
   */
  @Benchmark
  public ProjectPlan read() {
    return json.read(new ByteArrayInputStream(document), ProjectPlan.class);
  }

  /**
   * Reads the same bytes into Jackson's tree model: the floor.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode readTree() {
    return trees.readTree(document);
  }

  /**
   * Writes the plan as a compact document.
   *
   * @return the document
   */
  @Benchmark
  public String write() {
    return json.write(subject);
  }
}
