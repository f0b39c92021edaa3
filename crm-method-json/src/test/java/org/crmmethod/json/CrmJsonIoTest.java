package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade reads and writes the same document through every kind of source and target. */
class CrmJsonIoTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final String TEXT = JSON.write(PLAN);

  @TempDir Path directory;

  @Test
  void path_roundTrip() {
    Path file = directory.resolve("plan.json");
    JSON.write(PLAN, file);

    assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(TEXT);
    assertThat(JSON.read(file, ProjectPlan.class)).isEqualTo(PLAN);
  }

  @Test
  void streams_roundTrip_andAreLeftOpen() {
    AtomicBoolean outputClosed = new AtomicBoolean();
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            outputClosed.set(true);
          }
        };
    JSON.write(PLAN, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
    assertThat(outputClosed).isFalse();

    AtomicBoolean inputClosed = new AtomicBoolean();
    InputStream input =
        new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          public void close() {
            inputClosed.set(true);
          }
        };
    assertThat(JSON.read(input, ProjectPlan.class)).isEqualTo(PLAN);
    assertThat(inputClosed).isFalse();
  }

  @Test
  void readersAndWriters_roundTrip_andAreLeftOpen() {
    StringWriter writer = new StringWriter();
    JSON.write(PLAN, writer);
    assertThat(writer).hasToString(TEXT);

    AtomicBoolean closed = new AtomicBoolean();
    Reader reader =
        new FilterReader(new StringReader(writer.toString())) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    assertThat(JSON.read(reader, ProjectPlan.class)).isEqualTo(PLAN);
    assertThat(closed).isFalse();
  }

  @Test
  void compactOutput_isOneLine_andReadsTheSame() {
    String compact = CrmJson.builder().indent(false).build().write(PLAN);

    assertThat(compact).doesNotContain("\n").startsWith("{\"schemaVersion\":1,");
    assertThat(JSON.read(compact, ProjectPlan.class)).isEqualTo(PLAN);
  }

  @Test
  void missingFile_isAnInputOutputProblem() {
    Path missing = directory.resolve("absent.json");
    CrmJsonException failure =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.read(missing, ProjectPlan.class));

    assertThat(failure.problem()).isEqualTo(Problem.INPUT_OUTPUT);
    assertThat(failure.getMessage()).contains("absent.json");
  }

  @Test
  void unwritableTarget_isAnInputOutputProblem() throws Exception {
    Path asDirectory = Files.createDirectory(directory.resolve("taken"));
    CrmJsonException failure =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.write(PLAN, asDirectory));

    assertThat(failure.problem()).isEqualTo(Problem.INPUT_OUTPUT);
  }

  @Test
  void nullArguments_areNamed() {
    assertThatThrownBy(() -> JSON.read((String) null, ProjectPlan.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> JSON.read(TEXT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> JSON.write(null)).hasMessage("value");
    assertThatThrownBy(() -> CrmJson.builder().limits(null)).hasMessage("limits");
  }

  @Test
  void readLimits_refuseNonPositiveBounds() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadLimits.maxDepth must be at least 1, but was 0");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxTokens(-1))
        .hasMessage("ReadLimits.maxTokens must be at least 1, but was -1");
    assertThat(ReadLimits.defaults().withMaxStringLength(5).maxStringLength()).isEqualTo(5);
    assertThat(ReadLimits.defaults().withMaxNumberLength(7).maxNumberLength()).isEqualTo(7);
  }
}
