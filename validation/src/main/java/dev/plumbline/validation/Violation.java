package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

/**
 * One way an event breaks its tracking plan.
 *
 * <pre>{@code
 * Violation v = result.violations().get(0);
 * v.code();             // RANGE
 * v.instancePointer();  // "/properties/products/0/price"
 * v.planLocation();     // "events/Order Completed/properties/products/items/price"
 * v.message();          // "expected number >= 0, found -5"
 * }</pre>
 *
 * @param code what kind of violation this is
 * @param instancePointer an RFC 6901 JSON pointer into the event (or the bare value for {@link
 *     TypeValidator}); for {@link ViolationCode#REQUIRED_MISSING} and {@link
 *     ViolationCode#UNPLANNED_PROPERTY} it points at the missing or undeclared property itself
 * @param planLocation where in the plan the broken rule is declared: {@code events/<event
 *     name>/<payload field>/<property>/.../items/<property>}, following custom-type references
 *     through their use site; for an undeclared property it is the location of the object; {@code
 *     events} for envelope and unplanned-event violations
 * @param message what was expected and what was found; long values are truncated
 */
public record Violation(
    ViolationCode code, String instancePointer, String planLocation, String message) {
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(instancePointer, "instancePointer");
    if (!instancePointer.isEmpty() && instancePointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "instancePointer must be a JSON pointer (empty or starting with '/'), got '"
              + instancePointer
              + "'");
    }
    for (int i = instancePointer.indexOf('~'); i >= 0; i = instancePointer.indexOf('~', i + 1)) {
      if (i + 1 == instancePointer.length()
          || (instancePointer.charAt(i + 1) != '0' && instancePointer.charAt(i + 1) != '1')) {
        throw new IllegalArgumentException(
            "instancePointer must be a JSON pointer ('~' only as ~0 or ~1), got '"
                + instancePointer
                + "'");
      }
    }
    requireNonNull(planLocation, "planLocation");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code
        + " at "
        + (instancePointer.isEmpty() ? "(root)" : instancePointer)
        + ": "
        + message;
  }
}
