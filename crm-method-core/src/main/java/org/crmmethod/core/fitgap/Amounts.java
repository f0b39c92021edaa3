package org.crmmethod.core.fitgap;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmmethod.core.plan.Money;

/** Sums of money in one currency, as the fit-gap results write them. */
final class Amounts {
  private Amounts() {}

  /**
   * Turns a sum into money, with at least the currency's usual decimals, so that a sum of nothing
   * reads {@code 0.00 EUR} rather than {@code 0 EUR}.
   */
  static Money money(BigDecimal sum, Currency currency) {
    int decimals = Math.max(0, currency.getDefaultFractionDigits());
    return Money.of(sum.scale() >= decimals ? sum : sum.setScale(decimals), currency);
  }

  /** Adds two amounts of the same currency. */
  static Money plus(Money a, Money b) {
    return money(a.amount().add(b.amount()), a.currency());
  }
}
