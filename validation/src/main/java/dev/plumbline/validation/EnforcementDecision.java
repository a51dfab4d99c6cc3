package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;

/**
 * What to do with one event once it has been validated: forward it (possibly with some properties
 * stripped), drop it, or quarantine it. Built by {@link Enforcer}.
 *
 * <pre>{@code
 * EnforcementDecision d = enforcer.enforce(event);
 * if (d instanceof EnforcementDecision.Forward f) {
 *   send(f.event());
 * } else if (d instanceof EnforcementDecision.Strip s) {
 *   send(s.event());
 * } else if (d instanceof EnforcementDecision.Quarantine q) {
 *   hold(q.event(), q.violations());
 * }
 * }</pre>
 *
 * <p>{@link #violations()} are the recorded violations: those whose policy records them (FLAG,
 * STRIP, DROP, DROP_EVENT, QUARANTINE), not those it lets through silently (ALLOW, FORWARD).
 *
 * <p>A decision is a value, but the event it carries is a Jackson node: the caller's own input when
 * nothing had to change (Forward, Quarantine), else a copy (Strip, or Forward with propagated
 * violations). Mutating that node afterwards changes the decision's {@code equals} and {@code
 * hashCode}.
 */
public sealed interface EnforcementDecision {

  /** The kind of decision, by increasing severity. */
  enum Action {
    FORWARD,
    STRIP,
    DROP,
    QUARANTINE
  }

  Action action();

  /** The recorded violations, in order. */
  ImmutableList<Violation> violations();

  /**
   * Forward the event. It is the input itself when nothing had to change, otherwise a copy carrying
   * the propagated violations.
   */
  record Forward(JsonNode event, ImmutableList<Violation> violations)
      implements EnforcementDecision {
    public Forward {
      requireNonNull(event, "event");
      violations = ImmutableList.copyOf(requireNonNull(violations, "violations"));
    }

    @Override
    public Action action() {
      return Action.FORWARD;
    }
  }

  /**
   * Forward a copy of the event without its unplanned properties.
   *
   * @param event the stripped copy
   * @param removedPointers JSON pointers (into the input event) of the removed properties
   */
  record Strip(
      JsonNode event, ImmutableList<String> removedPointers, ImmutableList<Violation> violations)
      implements EnforcementDecision {
    public Strip {
      requireNonNull(event, "event");
      removedPointers = ImmutableList.copyOf(requireNonNull(removedPointers, "removedPointers"));
      violations = ImmutableList.copyOf(requireNonNull(violations, "violations"));
    }

    @Override
    public Action action() {
      return Action.STRIP;
    }
  }

  /** Drop the event. */
  record Drop(ImmutableList<Violation> violations) implements EnforcementDecision {
    public Drop {
      violations = ImmutableList.copyOf(requireNonNull(violations, "violations"));
    }

    @Override
    public Action action() {
      return Action.DROP;
    }
  }

  /**
   * Hold the event apart for inspection and replay.
   *
   * @param event the event as received (the input itself, which may not even be an object)
   */
  record Quarantine(JsonNode event, ImmutableList<Violation> violations)
      implements EnforcementDecision {
    public Quarantine {
      requireNonNull(event, "event");
      violations = ImmutableList.copyOf(requireNonNull(violations, "violations"));
    }

    @Override
    public Action action() {
      return Action.QUARANTINE;
    }
  }
}
