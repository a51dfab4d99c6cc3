package dev.plumbline.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The kind of personal data a property holds. A destination contract lists the kinds it accepts.
 */
public enum PiiCategory {
  EMAIL,
  PHONE,
  NAME,
  ADDRESS,
  IP,
  DEVICE_ID,
  GOVERNMENT_ID,
  OTHER;

  /** The manifest spelling: {@code email}, {@code device_id}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a manifest spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static PiiCategory fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (PiiCategory c : values()) {
      if (c.wireName().equals(wire)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown PII category '"
            + wire
            + "', expected one of email, phone, name, address, ip, device_id, government_id, other");
  }
}
