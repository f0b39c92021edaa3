package org.crmmethod.core.network;

/**
 * A map from activity ids to node indices, with open addressing over flat arrays.
 *
 * <p>Compiling a large plan looks up every dependency's predecessor; keeping each key's hash in an
 * int array means a probe rarely has to touch a string that is not the one sought, which matters
 * once the plan no longer fits in the processor's caches.
 */
final class IdIndex {
  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  /**
   * Creates an empty index.
   *
   * @param expected how many keys it will hold
   */
  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Adds a key unless it is present.
   *
   * @param key the id
   * @param value the node index, not negative
   * @return the value already held for the key, or -1 when the key was added
   */
  int putIfAbsent(String key, int value) {
    int hash = spread(key.hashCode());
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String held = keys[slot];
      if (held == null) {
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
        return -1;
      }
      if (hashes[slot] == hash && (held == key || held.equals(key))) {
        return values[slot];
      }
    }
  }

  /**
   * Looks a key up.
   *
   * @param key the id
   * @return the node index, or -1 when the key is absent
   */
  int get(String key) {
    int hash = spread(key.hashCode());
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String held = keys[slot];
      if (held == null) {
        return -1;
      }
      if (hashes[slot] == hash && (held == key || held.equals(key))) {
        return values[slot];
      }
    }
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9;
  }
}
