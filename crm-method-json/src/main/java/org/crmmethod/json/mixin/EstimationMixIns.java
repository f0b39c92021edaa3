package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.plan.ThreePointEstimate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule.SetupContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The wire format of estimates made before a detailed plan exists: {@code
 * org.crmmethod.core.estimation}.
 *
 * <ul>
 *   <li>A {@link TimelineSkeleton} is written by its record components. Its {@code phases} is an
 *       object from phase id to three-point estimate whose members keep the method's order of the
 *       phases (the phases run one after the other in that order), unlike other maps of the format,
 *       which are written by key. Its total and length in months are derived and not written.
 *   <li>A {@link WhatIf} is written by its record components, both skeletons and both forecasts
 *       nested; the differences of percentiles are derived and not written.
 * </ul>
 *
 * <p>Both are documents: each starts with {@code schemaVersion}, a skeleton also where it is nested
 * in a what-if, as the what-if's forecasts do.
 */
final class EstimationMixIns {
  private EstimationMixIns() {}

  static void register(SetupContext context) {
    context.setMixIn(TimelineSkeleton.class, TimelineSkeletonMixIn.class);
    context.setMixIn(WhatIf.class, WhatIfMixIn.class);
  }

  @VersionedDocument
  @JsonPropertyOrder({"methodId", "phases", "rulesApplied"})
  abstract static class TimelineSkeletonMixIn extends RecordMixIn {
    @JsonProperty("methodId")
    abstract String methodId();

    @JsonProperty("phases")
    @JsonSerialize(using = InOrderWriter.class)
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract Map<String, ThreePointEstimate> phases();

    @JsonProperty("rulesApplied")
    @JsonSetter(contentNulls = Nulls.FAIL)
    abstract List<String> rulesApplied();
  }

  @VersionedDocument
  @JsonPropertyOrder({"change", "before", "after", "beforeForecast", "afterForecast"})
  abstract static class WhatIfMixIn extends RecordMixIn {
    @JsonProperty("change")
    abstract String change();

    @JsonProperty("before")
    abstract TimelineSkeleton before();

    @JsonProperty("after")
    abstract TimelineSkeleton after();

    @JsonProperty("beforeForecast")
    abstract Forecast beforeForecast();

    @JsonProperty("afterForecast")
    abstract Forecast afterForecast();
  }

  /**
   * Writes a map with string keys as an object whose members follow the map's own iteration order.
   * The mapper otherwise writes map entries sorted by key, and a property-level format cannot turn
   * that off; a skeleton's phases must stay in the method's order.
   */
  static final class InOrderWriter extends StdSerializer<Map<String, ?>> {
    InOrderWriter() {
      super(Map.class);
    }

    @Override
    public void serialize(
        Map<String, ?> map, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject(map, map.size());
      for (Map.Entry<String, ?> entry : map.entrySet()) {
        generator.writeName(entry.getKey());
        context.writeValue(generator, entry.getValue());
      }
      generator.writeEndObject();
    }
  }
}
