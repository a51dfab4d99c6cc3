package dev.plumbline.core.plan;

/** What happens to a property an event spec does not declare on a closed object. */
public enum UnplannedPropertyAction {
  /** Forward the property unchanged, without a violation. */
  FORWARD,
  /** Remove the property and forward the rest of the event (Segment's "omit"). */
  STRIP,
  /** Forward the property and record an {@code UNPLANNED_PROPERTY} violation. */
  FLAG,
  /** Drop the whole event (RudderStack's "drop unplanned properties"). */
  DROP_EVENT
}
