package dev.plumbline.core.steps;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The JSON type a {@link TransformStep.Cast} step converts to. */
public enum CastTarget {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN;

  /** The manifest spelling, as {@link #fromWireName} reads it. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a manifest spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static CastTarget fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (CastTarget t : values()) {
      if (t.wireName().equals(wire)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown cast target '" + wire + "', expected one of string, integer, number, boolean");
  }
}
