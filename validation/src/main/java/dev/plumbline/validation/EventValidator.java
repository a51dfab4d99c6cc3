package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.internal.RoomToRecurse;
import dev.plumbline.core.internal.TypeDepth;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.internal.NeedsRoom;
import dev.plumbline.validation.internal.PlanValidator;

/**
 * Validates events against a tracking plan. The plan is compiled once into a tree of specialised
 * checkers; the validator is immutable and safe to share between threads.
 *
 * <pre>{@code
 * EventValidator validator = EventValidator.compile(plan);
 * ValidationResult result = validator.validate(mapper.readTree(json));
 * result.valid();        // no violation
 * result.violations();   // e.g. RANGE at /properties/products/0/price
 * }</pre>
 *
 * <h2>Envelope</h2>
 *
 * <ul>
 *   <li>The event must be a JSON object with a {@code type} of track, identify, page, screen, group
 *       or alias, otherwise {@link ViolationCode#INVALID_ENVELOPE}.
 *   <li>track: the spec is found by {@code event} (missing or not a string: {@code
 *       INVALID_ENVELOPE}). page/screen: by {@code name} (not a string: {@code INVALID_ENVELOPE};
 *       missing: {@code UNPLANNED_EVENT}). identify/group: the spec of that type whose name equals
 *       the envelope's {@code name} if there is one, else the spec of that type whose name sorts
 *       first ({@code String.compareTo}; not declaration order, which a manifest does not keep). No
 *       spec: {@link ViolationCode#UNPLANNED_EVENT}.
 *   <li>alias events are not validated: the result is valid and has no spec.
 *   <li>The payload ({@code properties}, or {@code traits} for identify and group) is checked
 *       against the spec; a missing payload counts as {@code {}}, a non-object is a {@code
 *       TYPE_MISMATCH}. Other envelope fields are not checked.
 * </ul>
 *
 * <p>A valid event returns a result shared by all valid events of its spec; nothing is allocated on
 * that path (except inside regex engines for {@code pattern} and exact arithmetic on non-integral
 * {@code multipleOf}). {@link #validate} never throws: every input, including null, {@code
 * MissingNode}, huge numbers, huge strings and deep nesting, yields a result.
 */
public final class EventValidator {
  private final TrackingPlan plan;
  private final PlanValidator compiled;

  private EventValidator(TrackingPlan plan) {
    this.plan = plan;
    // Compiling recurses once per level of the plan's types: a deep plan gets room to recurse.
    this.compiled = RoomToRecurse.call(TypeDepth.of(plan), () -> new PlanValidator(plan));
  }

  /**
   * Compiles a plan.
   *
   * @throws IllegalArgumentException when a {@code JsonSchemaType} in it has a {@code $ref} that
   *     does not resolve within its own document (remote references are never fetched); the message
   *     names where the type is in the plan ({@code events/Signed Up/properties/referrer}) and each
   *     such reference with its JSON pointer in the schema
   */
  public static EventValidator compile(TrackingPlan plan) {
    return new EventValidator(requireNonNull(plan, "plan"));
  }

  /** The plan this validator checks against. */
  public TrackingPlan plan() {
    return plan;
  }

  /** Validates one event; never throws. */
  public ValidationResult validate(JsonNode event) {
    try {
      return compiled.validate(event);
    } catch (NeedsRoom deep) {
      return NeedsRoom.again(() -> compiled.validate(event));
    }
  }
}
