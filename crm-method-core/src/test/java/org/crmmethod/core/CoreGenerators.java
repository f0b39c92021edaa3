package org.crmmethod.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the plain parts every model value is made of: identifiers, texts,
 * dates, and the mutable collections handed to builders. Each generator yields valid input only.
 */
public final class CoreGenerators {

  private static final String ID_FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
  private static final Gen<Character> ID_FIRST_CHARACTERS = pick(ID_FIRST);
  private static final Gen<Character> ID_REST_CHARACTERS = pick(ID_REST);

  /** Words of texts, with the Turkish dotted and dotless i to tease locale bugs. */
  private static final Gen<String> WORDS =
      Generate.pick(
          List.of(
              "Key users İstanbul ılık TITLE title é Straße data KPI % — 10 «ok» a (F08) ID pré-recette"
                  .split(" ")));

  private static final Gen<String> SEPARATORS = Generate.pick(List.of(" ", " ", " ", ", ", "\t"));
  private static final Gen<String> ENDINGS = Generate.pick(List.of("", "", "", ".", " "));

  private CoreGenerators() {}

  /**
   * Identifiers that {@code Invariants.id} accepts: mostly short, sometimes up to the longest
   * allowed (64 characters).
   *
   * @return the generator
   */
  public static Gen<String> ids() {
    Gen<Integer> lengths =
        Generate.frequency(Pair.of(9, Generate.range(1, 8)), Pair.of(1, Generate.range(9, 64)));
    return in -> {
      int length = lengths.generate(in);
      StringBuilder id = new StringBuilder(length);
      id.append(ID_FIRST_CHARACTERS.generate(in));
      for (int i = 1; i < length; i++) {
        id.append(ID_REST_CHARACTERS.generate(in));
      }
      return id.toString();
    };
  }

  /**
   * Texts that are not blank: one to four words, among them words with the Turkish dotted and
   * dotless i, accents and punctuation, and sometimes a tab or a trailing space.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    Gen<Integer> counts = Generate.range(1, 4);
    return in -> {
      StringBuilder text = new StringBuilder(WORDS.generate(in));
      for (int i = counts.generate(in); i > 1; i--) {
        text.append(SEPARATORS.generate(in)).append(WORDS.generate(in));
      }
      return text.append(ENDINGS.generate(in)).toString();
    };
  }

  /**
   * Days between 2000 and about 2049.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Generate.range(0, 18_000).map(days -> EPOCH.plusDays(days));
  }

  /**
   * Days on or after a given day, at most about three years later.
   *
   * @param first the earliest day
   * @return the generator
   */
  public static Gen<LocalDate> datesFrom(LocalDate first) {
    return Generate.range(0, 1_000).map(days -> first.plusDays(days));
  }

  /**
   * Non-negative amounts with 0 to 4 decimals, as a budget or a target is written.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> amounts() {
    Gen<Long> unscaled = Generate.longRange(0, 10_000_000_000L);
    Gen<Integer> scales = Generate.range(0, 4);
    return in -> BigDecimal.valueOf(unscaled.generate(in), scales.generate(in));
  }

  /**
   * Lists of elements in a fresh {@code ArrayList}.
   *
   * @param elements the element generator
   * @param minimum the smallest size
   * @param maximum the largest size
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> elements, int minimum, int maximum) {
    Gen<Integer> sizes = Generate.range(minimum, maximum);
    return in -> {
      int size = sizes.generate(in);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(elements.generate(in));
      }
      return list;
    };
  }

  /**
   * Sets of elements in a fresh {@code HashSet}; duplicates drawn collapse, so a set may be smaller
   * than the number of draws, but never empty when {@code minimum >= 1}.
   *
   * @param elements the element generator
   * @param minimum the smallest number of draws
   * @param maximum the largest number of draws
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<Set<T>> setsOf(Gen<T> elements, int minimum, int maximum) {
    return listsOf(elements, minimum, maximum).map(list -> new HashSet<>(list));
  }

  /**
   * Subsets of an enum's constants, from empty to about six constants, in a fresh {@code HashSet}.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<Set<E>> subsetsOf(Class<E> type) {
    return subsetsOf(type, 0);
  }

  /**
   * Subsets of an enum's constants with at least {@code minimum} and about six constants at most,
   * in a fresh {@code HashSet}.
   *
   * @param type the enum
   * @param minimum the smallest size
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<Set<E>> subsetsOf(Class<E> type, int minimum) {
    List<E> constants = List.copyOf(EnumSet.allOf(type));
    Gen<E> any = Generate.pick(constants);
    // A few draws rather than a coin per constant: enums such as MethodFact have 33 constants.
    Gen<Integer> draws = Generate.range(minimum, Math.min(constants.size(), 6));
    return in -> {
      Set<E> subset = new HashSet<>();
      for (int i = draws.generate(in); i > 0; i--) {
        subset.add(any.generate(in));
      }
      while (subset.size() < minimum) {
        subset.add(any.generate(in));
      }
      return subset;
    };
  }

  /**
   * Optional values, empty about a third of the time.
   *
   * @param values the generator of present values
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return values.toOptionals(33);
  }

  /**
   * Optional values that may only be present when a condition holds.
   *
   * @param allowed whether a value may be present
   * @param values the generator of present values
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionalsIf(boolean allowed, Gen<T> values) {
    return allowed ? optionals(values) : Generate.constant(Optional.<T>empty());
  }

  /**
   * Lists of distinct identifiers, for the ids of a catalogue where each must be unique.
   *
   * @param minimum the smallest number of ids
   * @param maximum the largest number of ids
   * @return the generator, yielding fresh {@code ArrayList}s
   */
  public static Gen<List<String>> distinctIds(int minimum, int maximum) {
    Gen<Integer> sizes = Generate.range(minimum, maximum);
    Gen<String> ids = ids();
    return in -> {
      int size = sizes.generate(in);
      Set<String> distinct = new LinkedHashSet<>();
      while (distinct.size() < size) {
        distinct.add(ids.generate(in));
      }
      return new ArrayList<>(distinct);
    };
  }

  /**
   * One of the given elements.
   *
   * @param known the elements to pick from, at least one
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<T> oneOf(List<T> known) {
    return Generate.pick(List.copyOf(known));
  }

  /**
   * One of the given elements, or empty; always empty when there is none to pick.
   *
   * @param known the elements to pick from
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> maybeOneOf(List<T> known) {
    return optionalsIf(!known.isEmpty(), known.isEmpty() ? null : oneOf(known));
  }

  /**
   * Some of the given elements, in a fresh {@code HashSet}; empty when there is none to pick.
   *
   * @param known the elements to pick from
   * @param maximum the largest number of draws
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<Set<T>> someOf(List<T> known, int maximum) {
    return known.isEmpty() ? in -> new HashSet<>() : setsOf(oneOf(known), 0, maximum);
  }

  /**
   * Some of the given elements, in their order, in a fresh {@code ArrayList}.
   *
   * @param known the elements to pick from
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<List<T>> sublistsOf(List<T> known) {
    Gen<Boolean> coin = Generate.booleans();
    return in -> {
      List<T> chosen = new ArrayList<>();
      for (T element : known) {
        if (coin.generate(in)) {
          chosen.add(element);
        }
      }
      return chosen;
    };
  }

  private static Gen<Character> pick(String characters) {
    List<Character> list = characters.chars().mapToObj(c -> (char) c).toList();
    return Generate.pick(list);
  }
}
