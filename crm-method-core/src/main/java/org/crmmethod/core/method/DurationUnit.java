package org.crmmethod.core.method;

/**
 * The units the method states durations in, each with a fixed length in working days so that
 * ranges can be compared and summed before any calendar is applied.
 */
public enum DurationUnit {
  /** One working day. */
  WORKING_DAYS(1),
  /** A working week of 5 working days. */
  WEEKS(5),
  /** A month of 21 working days (252 working days a year, divided by 12). */
  MONTHS(21);

  private final int workingDays;

  DurationUnit(int workingDays) {
    this.workingDays = workingDays;
  }

  /**
   * Returns how many working days one unit holds.
   *
   * @return working days per unit
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * Converts an amount of this unit to working days.
   *
   * @param amount the amount, in this unit
   * @return the same duration in working days
   */
  public double toWorkingDays(double amount) {
    return amount * workingDays;
  }
}
