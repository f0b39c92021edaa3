package org.crmmethod.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.schedule.EstimatePoint;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads enum constants from the command line as people type them: in lower case with hyphens
 * ({@code most-likely}, {@code public-sector}), in any case, with underscores or hyphens, and with
 * a few aliases ({@code pharma}). A bad value's message lists every accepted name.
 *
 * @param <E> the enum
 */
final class EnumNames<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;
  private final Map<String, E> aliases;

  private EnumNames(Class<E> type, Map<String, E> aliases) {
    this.type = type;
    this.aliases = aliases;
  }

  /**
   * Registers the converters of the enums the planner's options take.
   *
   * @param commandLine the top-level command line; its subcommands get the converters too
   */
  static void registerAll(CommandLine commandLine) {
    register(commandLine, OutputFormat.class, Map.of());
    register(commandLine, EstimatePoint.class, Map.of());
    register(commandLine, DurationDistribution.class, Map.of());
    register(commandLine, StartingMethod.class, Map.of());
    register(commandLine, Industry.class, Map.of("pharma", Industry.PHARMACEUTICAL));
  }

  private static <E extends Enum<E>> void register(
      CommandLine commandLine, Class<E> type, Map<String, E> aliases) {
    commandLine.registerConverter(type, new EnumNames<>(type, aliases));
  }

  /**
   * Returns the name people type for a constant.
   *
   * @param constant the constant
   * @return its name in lower case, with hyphens for underscores
   */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Lists the names of an enum's constants, for help texts and messages.
   *
   * @param type the enum
   * @return e.g. {@code optimistic, most-likely, pessimistic, pert-mean}
   */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumNames::name).collect(Collectors.joining(", "));
  }

  @Override
  public E convert(String value) {
    String key = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    E alias = aliases.get(key);
    if (alias != null) {
      return alias;
    }
    for (E constant : type.getEnumConstants()) {
      if (name(constant).equals(key)) {
        return constant;
      }
    }
    String accepted = names(type);
    if (!aliases.isEmpty()) {
      accepted = String.join(", ", aliases.keySet().stream().sorted().toList()) + ", " + accepted;
    }
    throw new TypeConversionException("'" + value + "' is not one of " + accepted);
  }
}
