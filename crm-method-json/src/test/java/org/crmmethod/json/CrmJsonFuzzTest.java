package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Arbitrary bytes given to the reader yield a value or a {@link CrmJsonException}: never another
 * exception, a hang or an exhausted memory.
 *
 * <p>The first byte of an input chooses the type to read, the rest is the document. Without
 * {@code JAZZER_FUZZ} the committed inputs under {@code CrmJsonFuzzTestInputs/} run as regression
 * tests; {@code JAZZER_FUZZ=1 mvn -pl crm-method-json -am test -Dtest=CrmJsonFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} fuzzes (see
 * docs/WIRE-FORMAT.md).
 */
class CrmJsonFuzzTest {
  private static final List<Class<?>> TYPES =
      List.of(ProjectPlan.class, Method.class, Activity.class);

  private static final CrmJson JSON = CrmJson.standard();

  @FuzzTest(maxDuration = "10m")
  void readerReturnsAValueOrCrmJsonException(byte[] data) {
    if (data.length == 0) {
      return;
    }
    Class<?> type = TYPES.get(Byte.toUnsignedInt(data[0]) % TYPES.size());
    byte[] document = Arrays.copyOfRange(data, 1, data.length);
    try {
      Object value = JSON.read(new ByteArrayInputStream(document), type);
      assertThat(value).isInstanceOf(type);
    } catch (CrmJsonException refused) {
      assertThat(refused.problem()).isNotNull();
      assertThat(refused.detail()).isNotBlank();
      assertThat(refused.pointer()).isNotNull();
    }
  }
}
