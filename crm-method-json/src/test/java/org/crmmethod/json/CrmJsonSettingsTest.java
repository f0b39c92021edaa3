package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper factory states the settings the format relies on; no default typing anywhere. */
class CrmJsonSettingsTest {
  private final JsonMapper strict = CrmJson.standard().mapper();
  private final JsonMapper lenient = CrmJson.builder().ignoreUnknownProperties(true).build().mapper();

  @Test
  void readingIsStrict() {
    assertThat(strict.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(lenient.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(strict.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(strict.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
    assertThat(strict.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)).isFalse();
    assertThat(strict.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
    assertThat(strict.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
  }

  @Test
  void writingIsDeterministic() {
    assertThat(strict.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)).isFalse();
    assertThat(strict.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)).isTrue();
    assertThat(strict.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
  }

  @Test
  void noPolymorphicDefaultTyping() {
    assertThat(
            strict
                .deserializationConfig()
                .getDefaultTyper(strict.constructType(ProjectPlan.class)))
        .isNull();
    assertThat(strict.serializationConfig().getDefaultTyper(strict.constructType(Object.class)))
        .isNull();
  }

  @Test
  void limitsReachTheParser() {
    ReadLimits limits = ReadLimits.defaults().withMaxDepth(7).withMaxTokens(1234);
    JsonMapper limited = CrmJson.mapperBuilder(limits, false).build();

    assertThat(limited.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(7);
    assertThat(limited.tokenStreamFactory().streamReadConstraints().getMaxTokenCount())
        .isEqualTo(1234);
    assertThat(limited.tokenStreamFactory().streamReadConstraints().getMaxDocumentLength())
        .isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_CHARS);
  }
}
