package org.crmmethod.examples.scenarios;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.examples.TextTable;

/**
 * What the scenarios share to print their text: titles, section headings that name the facts a
 * section shows, and numbers, amounts and dates written the same way in every locale.
 */
final class ScenarioText {
  /** Spans long enough for any finish date a scenario prints, from the plan's start. */
  private static final int CALENDAR_YEARS = 6;

  private final PrintStream out;

  private ScenarioText(PrintStream out) {
    this.out = out;
  }

  static ScenarioText to(PrintStream out) {
    return new ScenarioText(out);
  }

  PrintStream out() {
    return out;
  }

  /** Prints the scenario's title, underlined with equals signs. */
  void title(String title) {
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  /** Prints a numbered section heading with the facts the section shows, underlined. */
  void section(int number, String title, MethodFact... facts) {
    String heading = number + ". " + title + "  " + facts(facts);
    out.println();
    out.println(heading);
    out.println("-".repeat(heading.length()));
  }

  /**
   * Prints a numbered section heading that shows many facts, as ranges of consecutive ones (e.g.
   * {@code [F01-F03, F05]}), underlined.
   */
  void section(int number, String title, Collection<MethodFact> facts) {
    List<MethodFact> sorted = facts.stream().sorted().distinct().toList();
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1).ordinal() == sorted.get(j).ordinal() + 1) {
        j++;
      }
      ranges.add(j == i ? sorted.get(i).name() : sorted.get(i).name() + "-" + sorted.get(j).name());
      i = j;
    }
    String heading = number + ". " + title + "  [" + String.join(", ", ranges) + "]";
    out.println();
    out.println(heading);
    out.println("-".repeat(heading.length()));
  }

  /** Prints a line built with {@link String#format} in the root locale. */
  void line(String format, Object... arguments) {
    out.println(String.format(Locale.ROOT, format, arguments));
  }

  void line() {
    out.println();
  }

  /** Prints a rendered table. */
  void table(TextTable table) {
    out.print(table.render());
  }

  /** Prints a bullet. */
  void bullet(String format, Object... arguments) {
    out.println("  - " + String.format(Locale.ROOT, format, arguments));
  }

  /** The facts as a bracketed list, e.g. {@code [F01, F02]}. */
  static String facts(MethodFact... facts) {
    return Arrays.stream(facts).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A number of working days with one decimal at most, e.g. {@code 235} or {@code 245.9}. */
  static String days(double workingDays) {
    double rounded = Math.round(workingDays * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Working days as months of 21 working days, one decimal. */
  static String months(double workingDays) {
    return String.format(Locale.ROOT, "%.1f", workingDays / DurationUnit.MONTHS.workingDays());
  }

  /** A share from 0 to 1 as a percentage, with the given number of decimals. */
  static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * share);
  }

  /** An amount rounded to the unit with thousands separators, e.g. {@code 1,200,000 EUR}. */
  static String money(Money money) {
    return String.format(
            Locale.ROOT, "%,d", money.amount().setScale(0, RoundingMode.HALF_UP).longValueExact())
        + " "
        + money.currency().getCurrencyCode();
  }

  /** The text with its first letter in lower case, to run on inside a sentence. */
  static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /** A figure with two decimals, e.g. a score. */
  static String figure(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * The working days of the plan's calendar from its start date up to and including a date, as
   * {@link org.crmmethod.core.forecast.Credibility} counts them.
   */
  static int workingDaysThrough(ProjectPlan plan, LocalDate date) {
    LocalDate start = plan.context().startDate();
    return calendar(plan).prepare(start, date).workingDaysBefore(date.plusDays(1));
  }

  /**
   * The last working day a duration reaches from the plan's start, on the plan's calendar: what a
   * schedule calls the finish date of work that ends after that many working days.
   */
  static LocalDate finishDate(ProjectPlan plan, double workingDays) {
    LocalDate start = plan.context().startDate();
    PreparedCalendar span = calendar(plan).prepare(start, start.plusYears(CALENDAR_YEARS));
    int last = (int) Math.ceil(workingDays - 1e-9) - 1;
    return span.workingDay(Math.max(0, last));
  }

  private static WorkingCalendar calendar(ProjectPlan plan) {
    String id = plan.context().calendar();
    return Calendars.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown calendar " + id));
  }
}
