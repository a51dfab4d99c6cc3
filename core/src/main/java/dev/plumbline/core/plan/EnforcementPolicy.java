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

  /**
   * A copy with another action for events the plan does not declare: {@code
   * DEFAULT.unplannedEvent(UnplannedEventAction.DROP)}. {@link #DEFAULT} flags them.
   */
  public EnforcementPolicy unplannedEvent(UnplannedEventAction action) {
    requireNonNull(action, "action");
    return new EnforcementPolicy(action, unplannedProperty, otherViolation, propagateViolations);
  }

  /**
   * A copy with another action for properties a closed object does not declare: {@code
   * DEFAULT.unplannedProperty(UnplannedPropertyAction.STRIP)}. {@link #DEFAULT} flags them.
   */
  public EnforcementPolicy unplannedProperty(UnplannedPropertyAction action) {
    requireNonNull(action, "action");
    return new EnforcementPolicy(unplannedEvent, action, otherViolation, propagateViolations);
  }

  /**
   * A copy with another action for every other violation (a wrong type, a missing required
   * property, a value out of range, ...): {@code
   * DEFAULT.otherViolation(ViolationAction.QUARANTINE)}. {@link #DEFAULT} flags them.
   */
  public EnforcementPolicy otherViolation(ViolationAction action) {
    requireNonNull(action, "action");
    return new EnforcementPolicy(unplannedEvent, unplannedProperty, action, propagateViolations);
  }

  /**
   * A copy that does ({@code true}) or does not propagate violations: a forwarded or stripped event
   * then carries its recorded violations in {@code context.violationErrors}, with {@code
   * context.trackingPlanId} and {@code context.trackingPlanVersion}. {@link #DEFAULT} does not.
   */
  public EnforcementPolicy propagateViolations(boolean propagate) {
    return new EnforcementPolicy(unplannedEvent, unplannedProperty, otherViolation, propagate);
  }
}
