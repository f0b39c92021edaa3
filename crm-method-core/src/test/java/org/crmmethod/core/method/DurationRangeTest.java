package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.crmmethod.core.InvalidModelException;
import org.junit.jupiter.api.Test;

class DurationRangeTest {

  @Test
  void of_maximumBelowMinimum() {
    assertThatThrownBy(() -> DurationRange.of(3, 2, DurationUnit.MONTHS))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("DurationRange.maximum must not be below minimum (3.0), but was 2.0");
  }

  @Test
  void describe_readsLikeTheMethod() {
    assertThat(DurationRange.of(1, 2, DurationUnit.MONTHS).describe()).isEqualTo("1 to 2 months");
    assertThat(DurationRange.about(1, DurationUnit.WORKING_DAYS).describe()).isEqualTo("1 working day");
    assertThat(DurationRange.of(0.5, 1.5, DurationUnit.WEEKS).describe()).isEqualTo("0.5 to 1.5 weeks");
  }

  @Test
  void workingDays_scaleWithTheUnit() {
    qt().forAll(doubles().between(0, 1000), doubles().between(0, 1000))
        .checkAssert((minimum, width) -> {
          DurationRange range = DurationRange.of(minimum, minimum + width, DurationUnit.MONTHS);
          assertThat(range.minimumWorkingDays()).isEqualTo(minimum * 21);
          assertThat(range.maximumWorkingDays()).isEqualTo((minimum + width) * 21);
          assertThat(range.contains(range.minimumWorkingDays())).isTrue();
          assertThat(range.contains(range.maximumWorkingDays())).isTrue();
          assertThat(range.contains(range.maximumWorkingDays() + 1)).isFalse();
        });
  }
}
