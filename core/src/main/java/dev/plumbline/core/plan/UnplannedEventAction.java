package dev.plumbline.core.plan;

/** What happens to an event the plan does not declare. */
public enum UnplannedEventAction {
  /** Forward it as if it were planned, with no violation. */
  ALLOW,
  /** Forward it and record an {@code UNPLANNED_EVENT} violation. */
  FLAG,
  /** Drop it, recording the violation. */
  DROP
}
