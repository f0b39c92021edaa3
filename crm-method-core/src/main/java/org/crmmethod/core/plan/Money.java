package org.crmmethod.core.plan;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** An amount of money in one currency, such as a project's budget (F06). */
@Value.Immutable
public abstract class Money {

  /**
   * The amount, exactly as given.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The currency of the amount.
   *
   * @return the ISO 4217 currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Creates an amount.
   *
   * @param amount the amount, not negative
   * @param currency the currency
   * @return the money value
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Creates an amount from its decimal text and an ISO 4217 currency code.
   *
   * @param amount the amount as decimal text, e.g. {@code "450000.00"}
   * @param currencyCode the currency code, e.g. {@code "EUR"}
   * @return the money value
   * @throws InvalidModelException when the amount or the code is malformed
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new InvalidModelException(
          "Money", "amount", "'" + amount + "'", "must be a decimal number");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(
          "Money", "currency", "'" + currencyCode + "'", "must be an ISO 4217 currency code");
    }
    return of(parsed, currency);
  }

  @Value.Check
  void check() {
    Invariants.of("Money").require(amount().signum() >= 0, "amount", amount(), "must not be negative");
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }

  /**
   * Starts building a value attribute by attribute, as a reader of stored documents does; the
   * value's invariants are checked by {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Money} values. */
  public static final class Builder extends ImmutableMoney.Builder {}
}
