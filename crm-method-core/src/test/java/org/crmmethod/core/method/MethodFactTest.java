package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MethodFactTest {

  @Test
  void values_runFromF01ToF33() {
    assertThat(MethodFact.values()).hasSize(33);
    for (int i = 0; i < 33; i++) {
      assertThat(MethodFact.values()[i].name()).isEqualTo(String.format(Locale.ROOT, "F%02d", i + 1));
      assertThat(MethodFact.values()[i].summary()).isNotBlank();
    }
  }

  @Test
  void section_groupsTheFactsAsTheMethodDoes() {
    Map<FactSection, Long> perSection =
        Arrays.stream(MethodFact.values()).collect(Collectors.groupingBy(MethodFact::section, Collectors.counting()));
    assertThat(perSection)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                FactSection.WHERE_TO_START, 5L,
                FactSection.STAGED_METHOD, 6L,
                FactSection.LOT_ROLLOUT, 9L,
                FactSection.ORGANISATION, 7L,
                FactSection.READINESS, 6L));
  }

  @Test
  void byId_ignoresCaseAndSpaces() {
    assertThat(MethodFact.byId("f07")).isEqualTo(MethodFact.F07);
    assertThat(MethodFact.byId(" F33 ")).isEqualTo(MethodFact.F33);
  }

  @Test
  void byId_unknownId() {
    assertThatThrownBy(() -> MethodFact.byId("F34"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No method fact has id 'F34'; ids run from F01 to F33");
  }

  @Test
  void activityKind_everyKindButOtherNamesAFact() {
    for (ActivityKind kind : ActivityKind.values()) {
      assertThat(kind.facts().isEmpty()).as("%s has no fact", kind).isEqualTo(kind == ActivityKind.OTHER);
    }
  }

  @Test
  void activityKind_workstreamKindsMapBothWays() {
    Set<WorkstreamKind> reached =
        Arrays.stream(ActivityKind.values())
            .flatMap(kind -> kind.workstream().stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkstreamKind.class)));
    assertThat(reached).containsExactlyInAnyOrder(WorkstreamKind.values());
    assertThat(ActivityKind.TRAINING.workstream()).contains(WorkstreamKind.TRAINING);
    assertThat(ActivityKind.PRE_ACCEPTANCE.workstream()).isEmpty();
  }

  @Test
  void activityKind_lotStepsAreTheFiveRolloutSteps() {
    assertThat(Arrays.stream(ActivityKind.values()).filter(ActivityKind::isLotStep))
        .containsExactly(
            ActivityKind.PRE_ACCEPTANCE,
            ActivityKind.TRAINING,
            ActivityKind.CUT_OVER,
            ActivityKind.HYPERCARE,
            ActivityKind.FINAL_ACCEPTANCE);
    assertThat(Arrays.stream(ActivityKind.values()).filter(ActivityKind::isItWork))
        .containsExactly(
            ActivityKind.CONFIGURATION,
            ActivityKind.SPECIFIC_DEVELOPMENT,
            ActivityKind.TESTS,
            ActivityKind.DATA_MIGRATION,
            ActivityKind.CUT_OVER);
  }

  @Test
  void durationUnit_workingDaysPerUnit() {
    assertThat(DurationUnit.WORKING_DAYS.toWorkingDays(3)).isEqualTo(3);
    assertThat(DurationUnit.WEEKS.toWorkingDays(2)).isEqualTo(10);
    assertThat(DurationUnit.MONTHS.toWorkingDays(12)).isEqualTo(252);
  }
}
