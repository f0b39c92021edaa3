package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void coordinate_pointDecimalsAtMostTwo() {
    assertThat(Figures.coordinate(12.345)).isEqualTo("12.35");
    assertThat(Figures.coordinate(3.0)).isEqualTo("3");
    assertThat(Figures.coordinate(1200)).isEqualTo("1200");
    assertThat(Figures.coordinate(-0.25)).isEqualTo("-0.25");
    assertThat(Figures.coordinate(-0.001)).isEqualTo("0");
    assertThat(Figures.coordinate(1e-12)).isEqualTo("0");
  }

  @Test
  void coordinate_sameUnderALocaleWithCommaDecimals() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Figures.coordinate(1234.5)).isEqualTo("1234.5");
      assertThat(Figures.share(0.4567)).isEqualTo("45.7%");
      assertThat(Figures.workingDays(246.04)).isEqualTo("246.0");
      assertThat(Figures.count(10_000)).isEqualTo("10,000");
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void coordinate_notFinite() {
    assertThatThrownBy(() -> Figures.coordinate(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void money_centsOnlyWhenThereAreSome() {
    assertThat(Figures.money(Money.of("220000", "EUR"))).isEqualTo("220,000 EUR");
    assertThat(Figures.money(Money.of("60000.00", "EUR"))).isEqualTo("60,000 EUR");
    assertThat(Figures.money(Money.of("1250.5", "USD"))).isEqualTo("1,250.50 USD");
  }

  @Test
  void words_constantsAsWordsAcronymsKept() {
    assertThat(Figures.words(ActivityKind.DATA_MIGRATION)).isEqualTo("Data migration");
    assertThat(Figures.words(ReadinessGroup.IT)).isEqualTo("IT");
    assertThat(Figures.words(ReadinessGroup.STRATEGY)).isEqualTo("Strategy");
    assertThat(Figures.words(DurationDistribution.PERT_BETA)).isEqualTo("PERT-beta");
  }

  @Test
  void monthNames_inEnglishWhateverTheLocale() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Figures.monthName(Month.JANUARY)).isEqualTo("Jan");
      assertThat(Figures.monthOfYear(LocalDate.of(2027, 9, 14))).isEqualTo("Sep 2027");
    } finally {
      Locale.setDefault(original);
    }
  }
}
