package org.crmmethod.core;

/**
 * The attributes of one value as they are handed to its builder, held in a record whose components
 * are named like the value's attributes, with every collection in a mutable {@code ArrayList},
 * {@code HashSet} or {@code HashMap} of the caller's.
 *
 * @param <V> the value type
 */
public interface Parts<V> {

  /**
   * Builds the value from these parts through its public builder or factory.
   *
   * @return a new value
   */
  V build();
}
