package dev.plumbline.validation.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A fixed map from names to values for the envelope's lookups (event types, spec names), keyed by a
 * name's length and its first and last characters rather than its hash code: finding a name reads
 * only the characters a comparison reads anyway, and never computes a hash of a fresh string.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * NameTable<EventType> types = NameTable.of(Map.of("track", EventType.TRACK));
 * types.get("track");  // TRACK
 * types.get("Track");  // null
 * }</pre>
 *
 * @param <V> the values
 */
final class NameTable<V> {
  private final String[] names;
  private final Object[] values;
  private final int mask;

  private NameTable(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
    this.mask = names.length - 1;
  }

  /** A table of these entries (at least one slot free per entry, so probing ends). */
  static <V> NameTable<V> of(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(2, entries.size() * 2) - 1) << 1;
    String[] names = new String[size];
    Object[] values = new Object[size];
    for (Map.Entry<String, V> e : ImmutableMap.copyOf(entries).entrySet()) {
      int at = slot(e.getKey(), size - 1);
      while (names[at] != null) {
        at = (at + 1) & (size - 1);
      }
      names[at] = e.getKey();
      values[at] = e.getValue();
    }
    return new NameTable<>(names, values);
  }

  private static int slot(String name, int mask) {
    int n = name.length();
    int key = n == 0 ? 0 : n * 0x9E3779B1 ^ name.charAt(0) * 0x85EBCA6B ^ name.charAt(n - 1);
    return (key ^ key >>> 15) & mask;
  }

  /** The value for a name, or null when the table has no such name. */
  @SuppressWarnings("unchecked")
  V get(String name) {
    int at = slot(name, mask);
    while (true) {
      String candidate = names[at];
      if (candidate == null) {
        return null;
      }
      if (candidate.equals(name)) {
        return (V) values[at];
      }
      at = (at + 1) & mask;
    }
  }
}
