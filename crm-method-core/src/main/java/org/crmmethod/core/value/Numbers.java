package org.crmmethod.core.value;

import java.math.BigDecimal;

/** How the library writes numbers in text meant for people. */
public final class Numbers {
  private Numbers() {}

  /**
   * Writes a number without a needless fraction: {@code 20} rather than {@code 20.0}, {@code
   * 2.5} as it is, never in scientific notation.
   *
   * @param value a finite number
   * @return the plain rendering
   */
  public static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
