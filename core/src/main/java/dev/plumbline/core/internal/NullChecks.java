package dev.plumbline.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Checks of public API arguments that hold elements: a null argument is a {@link
 * NullPointerException} whose message is the parameter's name, a null element one whose message is
 * {@code name[i]} ({@code i} its index in iteration order), a null map key {@code name key} and a
 * null map value {@code name['key']}.
 */
public final class NullChecks {
  private NullChecks() {}

  /** The array, checked. */
  public static <T> T[] requireNoNullElements(T[] elements, String name) {
    requireNonNull(elements, name);
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
    }
    return elements;
  }

  /** The iterable, checked. */
  public static <T extends Iterable<?>> T requireNoNullElements(T elements, String name) {
    requireNonNull(elements, name);
    int i = 0;
    for (Object e : elements) {
      if (e == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      i++;
    }
    return elements;
  }

  /** The iterable as an immutable list, checked. */
  public static <T> ImmutableList<T> listOf(Iterable<T> elements, String name) {
    return ImmutableList.copyOf(requireNoNullElements(elements, name));
  }

  /** The map as an immutable copy, checked. */
  public static <K, V> ImmutableMap<K, V> mapOf(Map<K, V> map, String name) {
    requireNonNull(map, name);
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(name + " key");
      }
      if (e.getValue() == null) {
        throw new NullPointerException(name + "['" + e.getKey() + "']");
      }
    }
    return ImmutableMap.copyOf(map);
  }
}
