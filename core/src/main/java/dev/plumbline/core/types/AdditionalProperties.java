package dev.plumbline.core.types;

/**
 * Whether an object accepts properties it does not declare. Objects are {@link #CLOSED} by default:
 * an undeclared property is an {@code UNPLANNED_PROPERTY} violation, which the enforcement policy
 * then forwards, strips, flags or drops.
 */
public enum AdditionalProperties {
  /** Undeclared properties are violations (the default). */
  CLOSED,
  /** Undeclared properties are accepted silently. */
  OPEN
}
