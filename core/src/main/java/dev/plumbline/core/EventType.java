package dev.plumbline.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The type of an event envelope, as in the Segment and RudderStack event spec.
 *
 * <p>A {@link #TRACK} spec validates {@code properties} and is keyed by {@code event}; {@link
 * #IDENTIFY} and {@link #GROUP} specs validate {@code traits}; {@link #PAGE} and {@link #SCREEN}
 * specs validate {@code properties} and are keyed by {@code name}.
 */
public enum EventType {
  TRACK,
  IDENTIFY,
  PAGE,
  SCREEN,
  GROUP,
  ALIAS;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  /** The wire name: {@code track}, {@code identify}, ... */
  public String wireName() {
    return wireName;
  }

  /** The envelope field whose object this event type's spec validates. */
  public String payloadField() {
    return switch (this) {
      case IDENTIFY, GROUP -> "traits";
      case TRACK, PAGE, SCREEN, ALIAS -> "properties";
    };
  }

  /**
   * The envelope field that names the event: {@code event} for track, {@code name} otherwise. Page
   * and screen calls are keyed by it; for identify, group and alias calls it is an optional label.
   */
  public String nameField() {
    return this == TRACK ? "event" : "name";
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static EventType fromWireName(String wire) {
    requireNonNull(wire, "wire");
    for (EventType t : values()) {
      if (t.wireName().equals(wire)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown event type '"
            + wire
            + "', expected one of track, identify, page, screen, group, alias");
  }
}
