package dev.plumbline.core.plan;

/** What happens to an event that breaks its spec in any other way (type, required, range, ...). */
public enum ViolationAction {
  /** Forward it without recording anything. */
  FORWARD,
  /** Forward it and record the violations. */
  FLAG,
  /** Drop it, recording the violations. */
  DROP,
  /** Hold it apart with its violations, for inspection and replay. */
  QUARANTINE
}
