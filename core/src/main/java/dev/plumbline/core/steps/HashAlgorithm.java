package dev.plumbline.core.steps;

import static java.util.Objects.requireNonNull;

/** The digest a {@link TransformStep.Hash} step uses. */
public enum HashAlgorithm {
  SHA256("sha256");

  private final String wireName;

  HashAlgorithm(String wireName) {
    this.wireName = wireName;
  }

  /** The manifest spelling, as {@link #fromWireName} reads it. */
  public String wireName() {
    return wireName;
  }

  /**
   * Parses a manifest spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static HashAlgorithm fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (HashAlgorithm a : values()) {
      if (a.wireName.equals(wire)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown hash algorithm '" + wire + "', expected sha256");
  }
}
