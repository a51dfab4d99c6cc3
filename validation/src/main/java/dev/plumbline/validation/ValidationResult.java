package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.plumbline.core.plan.EventSpec;
import java.util.Optional;

/**
 * The outcome of validating one event (or one value): the spec it was checked against, if any, and
 * every violation found.
 *
 * <pre>{@code
 * ValidationResult r = validator.validate(event);
 * if (!r.valid()) {
 *   r.violations().forEach(v -> log.warn("{} at {}", v.code(), v.instancePointer()));
 * }
 * }</pre>
 *
 * <p>A valid event yields a result shared by every valid event of the same spec, so that the valid
 * path does not allocate.
 *
 * @param spec the spec the event was validated against; empty for unplanned events, invalid
 *     envelopes, alias events and bare values
 * @param violations every violation, in the order docs/VALIDATION.md gives (declared properties by
 *     name, depth first, then undeclared ones in the event's order)
 */
public record ValidationResult(Optional<EventSpec> spec, ImmutableList<Violation> violations) {

  private static final ValidationResult VALID_WITHOUT_SPEC =
      new ValidationResult(Optional.empty(), ImmutableList.of());

  public ValidationResult {
    requireNonNull(spec, "spec");
    violations = ImmutableList.copyOf(requireNonNull(violations, "violations"));
  }

  /** A result without spec and without violations (a valid bare value, an alias event). */
  public static ValidationResult validWithoutSpec() {
    return VALID_WITHOUT_SPEC;
  }

  /**
   * The spec by name and type, then the violations: {@code ValidationResult[track "Order
   * Completed", [RANGE at /properties/revenue: expected number >= 0, found -1]]} (the whole spec
   * would fill a log line).
   */
  @Override
  public String toString() {
    return "ValidationResult["
        + spec.map(s -> s.type().wireName() + " \"" + s.name() + "\"").orElse("no spec")
        + ", "
        + violations
        + "]";
  }

  /** True when there is no violation at all. */
  public boolean valid() {
    return violations.isEmpty();
  }

  /** True when the event matched a spec of the plan. */
  public boolean planned() {
    return spec.isPresent();
  }

  /** True when some violation has this code. */
  public boolean has(ViolationCode code) {
    requireNonNull(code, "code");
    for (Violation v : violations) {
      if (v.code() == code) {
        return true;
      }
    }
    return false;
  }

  /** The violations with this code, in order. */
  public ImmutableList<Violation> violations(ViolationCode code) {
    requireNonNull(code, "code");
    return violations.stream()
        .filter(v -> v.code() == code)
        .collect(ImmutableList.toImmutableList());
  }
}
