package dev.plumbline.core.steps;

import java.util.Locale;

/** An operation of a {@link TransformStep.Normalize} step. */
public enum Normalization {
  TRIM,
  LOWERCASE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a manifest spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Normalization fromWireName(String wire) {
    for (Normalization n : values()) {
      if (n.wireName().equals(wire)) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "unknown normalization '" + wire + "', expected trim or lowercase");
  }
}
