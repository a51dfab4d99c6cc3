package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

/** A JSON Schema {@code format} a string type may require. */
public enum StringFormat {
  EMAIL("email"),
  URI("uri"),
  UUID("uuid"),
  DATE("date"),
  DATE_TIME("date-time"),
  IPV4("ipv4"),
  IPV6("ipv6"),
  HOSTNAME("hostname");

  private final String wireName;

  StringFormat(String wireName) {
    this.wireName = wireName;
  }

  /** The JSON Schema spelling: {@code email}, {@code date-time}, ... */
  public String wireName() {
    return wireName;
  }

  /**
   * Parses a JSON Schema spelling.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static StringFormat fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (StringFormat f : values()) {
      if (f.wireName.equals(wire)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown string format '"
            + wire
            + "', expected one of email, uri, uuid, date, date-time, ipv4, ipv6, hostname");
  }
}
