package org.crmmethod.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.plan.Money;

/**
 * How numbers, amounts and months read in the report: always in {@link Locale#ROOT}, so that a
 * coordinate is {@code 12.5} and never {@code 12,5} whatever the default locale of the machine that
 * writes the page, and the same plan gives the same page everywhere.
 */
final class Figures {

  private Figures() {}

  /**
   * Writes an SVG coordinate or length: at most two decimals, a point as the decimal separator, no
   * trailing zeros, no grouping.
   *
   * @param value the value, finite
   * @return the value as SVG reads it, e.g. {@code 12.5}, {@code 3}, {@code -0.25}
   * @throws IllegalArgumentException when the value is NaN or infinite
   */
  static String coordinate(double value) {
    checkArgument(Double.isFinite(value), "a coordinate must be finite but was %s", value);
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * Writes a share as a percentage with one decimal.
   *
   * @param share the share, from 0 to 1
   * @return e.g. {@code 37.4%}
   */
  static String share(double share) {
    return percent(100 * share);
  }

  /**
   * Writes a percentage with one decimal.
   *
   * @param percent the percentage, from 0 to 100
   * @return e.g. {@code 37.4%}
   */
  static String percent(double percent) {
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  /**
   * Writes a number of working days with one decimal.
   *
   * @param workingDays the working days
   * @return e.g. {@code 246.5}
   */
  static String workingDays(double workingDays) {
    return String.format(Locale.ROOT, "%.1f", workingDays);
  }

  /**
   * Writes a count with its thousands grouped.
   *
   * @param count the count
   * @return e.g. {@code 10,000}
   */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /**
   * Writes an amount of money with its thousands grouped and its currency code; cents only when
   * there are some.
   *
   * @param money the amount
   * @return e.g. {@code 220,000 EUR} or {@code 1,250.50 EUR}
   */
  static String money(Money money) {
    BigDecimal amount = money.amount();
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    String figure = whole
        ? String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact())
        : String.format(Locale.ROOT, "%,.2f", amount);
    return figure + " " + money.currency().getCurrencyCode();
  }

  /**
   * Writes a constant's name as words: {@code DATA_MIGRATION} reads {@code Data migration}; short
   * names such as {@code IT} or {@code SFA} are acronyms and stay as they are, and the PERT
   * distribution keeps its acronym.
   *
   * @param constant the constant
   * @return its name as words
   */
  static String words(Enum<?> constant) {
    if (constant == DurationDistribution.PERT_BETA) {
      return "PERT-beta";
    }
    String name = constant.name();
    if (name.length() <= 3) {
      return name;
    }
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * Writes a month's short English name.
   *
   * @param month the month
   * @return e.g. {@code Jan}
   */
  static String monthName(Month month) {
    String name = month.name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
  }

  /**
   * Writes a month and its year.
   *
   * @param date a day of the month
   * @return e.g. {@code Jan 2027}
   */
  static String monthOfYear(LocalDate date) {
    return monthName(date.getMonth()) + " " + date.getYear();
  }
}
