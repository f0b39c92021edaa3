package org.crmmethod.core.calendar;

import java.time.LocalDate;

/** The date of Easter Sunday, from which movable holidays such as Easter Monday are counted. */
public final class Easter {

  /** The first year of the Gregorian calendar, whose Easter rule this class computes. */
  public static final int FIRST_YEAR = 1583;

  /** The last year computed: four-digit years, as in the published tables of the algorithm. */
  public static final int LAST_YEAR = 9999;

  private Easter() {}

  /**
   * Returns the date of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian
   * algorithm (Meeus, Jones, Butcher). The result always falls between March 22 and April 25.
   *
   * @param year the year, from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   * @return Easter Sunday of that year
   * @throws IllegalArgumentException when the year is outside that range
   */
  public static LocalDate sunday(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Easter is computed for the Gregorian years "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR
              + ", but the year was "
              + year);
    }
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int leapCenturies = century / 4;
    int centuryRemainder = century % 4;
    int lunarCorrection = (century + 8) / 25;
    int moonCorrection = (century - lunarCorrection + 1) / 3;
    int epact = (19 * golden + century - leapCenturies - moonCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int yearRemainder = yearOfCentury % 4;
    int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
    int correction = (golden + 11 * epact + 22 * weekday) / 451;
    int monthAndDay = epact + weekday - 7 * correction + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }
}
