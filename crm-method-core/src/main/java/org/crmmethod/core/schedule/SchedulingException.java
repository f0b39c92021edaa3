package org.crmmethod.core.schedule;

import java.util.List;

/**
 * Thrown when a plan cannot be scheduled: its dependencies form a cycle, two activities share an
 * id, or its calendar is unknown. The message says which; {@link #cycles()} lists the cycles.
 */
public class SchedulingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<List<String>> cycles;

  /**
   * Creates an exception.
   *
   * @param message what prevents scheduling, naming the element at fault
   * @param cycles the dependency cycles found, each as activity ids with the first repeated last;
   *     empty when the cause is not a cycle
   */
  public SchedulingException(String message, List<List<String>> cycles) {
    super(message);
    this.cycles = List.copyOf(cycles);
  }

  /**
   * Returns the dependency cycles that prevent scheduling.
   *
   * @return the cycles, each in dependency order with its first activity repeated at the end; empty
   *     when the cause is not a cycle
   */
  public List<List<String>> cycles() {
    return cycles;
  }
}
