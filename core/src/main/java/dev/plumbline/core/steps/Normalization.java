package dev.plumbline.core.steps;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** An operation of a {@link TransformStep.Normalize} step. */
public enum Normalization {
  TRIM,
  LOWERCASE;

  /** The manifest spelling, as {@link #fromWireName} reads it. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a manifest spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Normalization fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (Normalization n : values()) {
      if (n.wireName().equals(wire)) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "unknown normalization '" + wire + "', expected trim or lowercase");
  }
}
