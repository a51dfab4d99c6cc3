package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.EventType;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.EnforcementDecision.Action;
import dev.plumbline.validation.internal.JsonCopy;
import dev.plumbline.validation.internal.PlanValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a plan's enforcement policies to validated events. Immutable and thread-safe; never
 * mutates an input event.
 *
 * <pre>{@code
 * Enforcer enforcer = Enforcer.of(plan);
 * EnforcementDecision d = enforcer.enforce(event);       // validates, then decides
 * EnforcementDecision e = enforcer.enforce(event, result); // with a result you already have
 * }</pre>
 *
 * <h2>Policy</h2>
 *
 * The policy is {@code plan.policyFor(type)} for the event's type (the track policy when the
 * envelope has no valid type). Violations fall into three groups, each with its own action:
 *
 * <table>
 *   <caption>actions per group</caption>
 *   <tr><th>group</th><th>action</th><th>outcome</th><th>recorded</th></tr>
 *   <tr><td rowspan="3">UNPLANNED_EVENT</td><td>ALLOW</td><td>forward</td><td>no</td></tr>
 *   <tr><td>FLAG</td><td>forward</td><td>yes</td></tr>
 *   <tr><td>DROP</td><td>drop</td><td>yes</td></tr>
 *   <tr><td rowspan="4">UNPLANNED_PROPERTY</td><td>FORWARD</td><td>forward</td><td>no</td></tr>
 *   <tr><td>STRIP</td><td>strip (remove the properties)</td><td>yes</td></tr>
 *   <tr><td>FLAG</td><td>forward</td><td>yes</td></tr>
 *   <tr><td>DROP_EVENT</td><td>drop</td><td>yes</td></tr>
 *   <tr><td rowspan="4">every other code</td><td>FORWARD</td><td>forward</td><td>no</td></tr>
 *   <tr><td>FLAG</td><td>forward</td><td>yes</td></tr>
 *   <tr><td>DROP</td><td>drop</td><td>yes</td></tr>
 *   <tr><td>QUARANTINE</td><td>quarantine</td><td>yes</td></tr>
 * </table>
 *
 * <p>When several groups apply, the most severe outcome wins: QUARANTINE &gt; DROP &gt; STRIP &gt;
 * FORWARD. A stripped event is forwarded, so STRIP beats a forwarding outcome of another group and
 * the unplanned properties are still removed; a drop or quarantine makes stripping moot. The
 * decision carries every recorded violation of every group.
 *
 * <p>When {@code propagateViolations} is set, a forwarded or stripped event is copied and its
 * {@code context} gets {@code violationErrors} (the recorded violations in RudderStack's shape, see
 * {@link RudderStackViolations}, possibly empty), {@code trackingPlanId} (the plan name) and {@code
 * trackingPlanVersion} (the plan version). A {@code context} that exists but is not an object is
 * left alone. Without propagation and without stripping, the forwarded event is the input itself.
 *
 * <p>A value that is not a JSON object (null, a string, a missing node) is never forwarded: where
 * the policy would forward or strip it, it is quarantined with the validator's {@code
 * INVALID_ENVELOPE}. Stripping only ever removes properties inside the event's payload ({@code
 * properties} or {@code traits}), whatever pointers the given result names.
 */
public final class Enforcer {
  private final TrackingPlan plan;
  private final EventValidator validator;

  private Enforcer(TrackingPlan plan) {
    this.plan = plan;
    this.validator = EventValidator.compile(plan);
  }

  /**
   * An enforcer of a plan's policies (compiles the plan's validator too).
   *
   * @throws IllegalArgumentException as {@link EventValidator#compile} does
   */
  public static Enforcer of(TrackingPlan plan) {
    return new Enforcer(requireNonNull(plan, "plan"));
  }

  /**
   * Validates the event and decides.
   *
   * @param event the event as received, not null (a decision to forward must have an event to
   *     forward; {@link EventValidator#validate} takes null as a missing event)
   */
  public EnforcementDecision enforce(JsonNode event) {
    requireNonNull(event, "event");
    return enforce(event, validator.validate(event));
  }

  /** Decides on an event given its validation result. */
  public EnforcementDecision enforce(JsonNode event, ValidationResult result) {
    requireNonNull(event, "event");
    requireNonNull(result, "result");
    EventType type = PlanValidator.typeOf(event).orElse(EventType.TRACK);
    EnforcementPolicy policy = plan.policyFor(type);
    Action outcome = Action.FORWARD;
    List<Violation> recorded = new ArrayList<>();
    List<String> strip = new ArrayList<>();
    for (Violation v : result.violations()) {
      Action a;
      boolean record;
      if (v.code() == ViolationCode.UNPLANNED_EVENT) {
        switch (policy.unplannedEvent()) {
          case ALLOW:
            a = Action.FORWARD;
            record = false;
            break;
          case FLAG:
            a = Action.FORWARD;
            record = true;
            break;
          default:
            a = Action.DROP;
            record = true;
        }
      } else if (v.code() == ViolationCode.UNPLANNED_PROPERTY) {
        switch (policy.unplannedProperty()) {
          case FORWARD:
            a = Action.FORWARD;
            record = false;
            break;
          case STRIP:
            a = Action.STRIP;
            record = true;
            strip.add(v.instancePointer());
            break;
          case FLAG:
            a = Action.FORWARD;
            record = true;
            break;
          default:
            a = Action.DROP;
            record = true;
        }
      } else {
        switch (policy.otherViolation()) {
          case FORWARD:
            a = Action.FORWARD;
            record = false;
            break;
          case FLAG:
            a = Action.FORWARD;
            record = true;
            break;
          case DROP:
            a = Action.DROP;
            record = true;
            break;
          default:
            a = Action.QUARANTINE;
            record = true;
        }
      }
      if (a.compareTo(outcome) > 0) {
        outcome = a;
      }
      if (record) {
        recorded.add(v);
      }
    }
    ImmutableList<Violation> violations = ImmutableList.copyOf(recorded);
    if (!event.isObject() && outcome.compareTo(Action.DROP) < 0) {
      // There is no event to forward: held apart with what the validator says of it, whatever
      // the policy would let through.
      return new EnforcementDecision.Quarantine(event, validator.validate(event).violations());
    }
    switch (outcome) {
      case QUARANTINE:
        return new EnforcementDecision.Quarantine(event, violations);
      case DROP:
        return new EnforcementDecision.Drop(violations);
      default:
        break;
    }
    JsonNode input = event;
    boolean propagate = policy.propagateViolations() && canPropagate(input);
    if (outcome == Action.FORWARD && !propagate) {
      return new EnforcementDecision.Forward(input, violations);
    }
    JsonNode copy = JsonCopy.deepCopy(input);
    List<String> removed = new ArrayList<>();
    if (outcome == Action.STRIP) {
      String payload = "/" + type.payloadField() + "/";
      for (String pointer : strip) {
        // Only properties inside the payload: a result that is not this event's could name others.
        if (pointer.startsWith(payload) && remove(copy, pointer)) {
          removed.add(pointer);
        }
      }
    }
    if (propagate) {
      ObjectNode root = (ObjectNode) copy;
      ObjectNode context =
          root.get("context") instanceof ObjectNode c ? c : root.putObject("context");
      context.set("violationErrors", RudderStackViolations.toJson(violations));
      context.put("trackingPlanId", plan.name());
      context.put("trackingPlanVersion", plan.version());
    }
    return outcome == Action.STRIP
        ? new EnforcementDecision.Strip(copy, ImmutableList.copyOf(removed), violations)
        : new EnforcementDecision.Forward(copy, violations);
  }

  private static boolean canPropagate(JsonNode event) {
    if (!event.isObject()) {
      return false;
    }
    JsonNode context = event.get("context");
    return context == null || context.isObject();
  }

  private static boolean remove(JsonNode root, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    if (p.matches()) {
      return false;
    }
    JsonNode parent = root.at(p.head());
    String name = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode o && o.has(name)) {
      o.remove(name);
      return true;
    }
    return false;
  }
}
