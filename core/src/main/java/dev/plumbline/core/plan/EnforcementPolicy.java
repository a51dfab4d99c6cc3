package dev.plumbline.core.plan;

import static java.util.Objects.requireNonNull;

/**
 * How a tracking plan is enforced for one event type. Typed, never string booleans.
 *
 * <pre>{@code
 * EnforcementPolicy.DEFAULT
 *     .unplannedEvent(UnplannedEventAction.DROP)
 *     .unplannedProperty(UnplannedPropertyAction.STRIP)
 *     .otherViolation(ViolationAction.QUARANTINE)
 *     .propagateViolations(true)
 * }</pre>
 *
 * @param unplannedEvent for events the plan does not declare
 * @param unplannedProperty for undeclared properties on closed objects
 * @param otherViolation for every other violation
 * @param propagateViolations whether a forwarded or stripped event carries its recorded violations
 *     in {@code context.violationErrors} (RudderStack's shape). Only recorded ones: a violation
 *     whose action is FORWARD or ALLOW is let through silently, so use FLAG to forward an event
 *     with its violations attached
 */
public record EnforcementPolicy(
    UnplannedEventAction unplannedEvent,
    UnplannedPropertyAction unplannedProperty,
    ViolationAction otherViolation,
    boolean propagateViolations) {

  public EnforcementPolicy {
    requireNonNull(unplannedEvent, "unplannedEvent");
    requireNonNull(unplannedProperty, "unplannedProperty");
    requireNonNull(otherViolation, "otherViolation");
  }

  /** Flag everything, drop nothing, do not propagate: observe before you enforce. */
  public static final EnforcementPolicy DEFAULT =
      new EnforcementPolicy(
          UnplannedEventAction.FLAG, UnplannedPropertyAction.FLAG, ViolationAction.FLAG, false);

  public EnforcementPolicy unplannedEvent(UnplannedEventAction action) {
    return new EnforcementPolicy(action, unplannedProperty, otherViolation, propagateViolations);
  }

  public EnforcementPolicy unplannedProperty(UnplannedPropertyAction action) {
    return new EnforcementPolicy(unplannedEvent, action, otherViolation, propagateViolations);
  }

  public EnforcementPolicy otherViolation(ViolationAction action) {
    return new EnforcementPolicy(unplannedEvent, unplannedProperty, action, propagateViolations);
  }

  public EnforcementPolicy propagateViolations(boolean propagate) {
    return new EnforcementPolicy(unplannedEvent, unplannedProperty, otherViolation, propagate);
  }
}
