package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders violations in RudderStack's tracking-plan shape, as {@code context.violationErrors}
 * carries them:
 *
 * <pre>{@code
 * {"type": "Required-Missing", "message": "...",
 *  "meta": {"instacePath": "/properties", "schemaPath": "events/Product Viewed/properties/sku",
 *           "missingProperty": "sku"}}
 * }</pre>
 *
 * <p>As in RudderStack, which copies Ajv's errors, a required-missing violation's {@code
 * instacePath} is the object that lacks the property and {@code missingProperty} names it (the
 * {@link Violation}'s own pointer is the missing property's); every other violation's {@code
 * instacePath} is its instance pointer.
 *
 * <p>The misspelled {@code instacePath} is RudderStack's wire name and is kept. {@code schemaPath}
 * carries the plan location; {@code missingProperty} appears only for required-missing violations.
 *
 * <p>The shape and the five type names are RudderStack's; the {@code message} is Plumbline's own
 * ({@code expected a planned event, found track "Wishlist Shared"} where RudderStack writes {@code
 * no schema for event: Wishlist Shared}), so code that parses RudderStack's message texts needs the
 * {@code meta} fields instead. RudderStack reports {@code Unplanned-Event} only for track events;
 * Plumbline also for page and screen events whose name no spec declares, and for identify and group
 * events when the plan has no spec of that type.
 *
 * <pre>{@code
 * ArrayNode errors = RudderStackViolations.toJson(result.violations());
 * }</pre>
 */
public final class RudderStackViolations {
  private RudderStackViolations() {}

  /**
   * RudderStack's violation type: {@code Unplanned-Event}, {@code Required-Missing}, {@code
   * Datatype-Mismatch}, {@code Additional-Properties}, or {@code Unknown-Violation} for every other
   * code.
   */
  public static String type(ViolationCode code) {
    switch (requireNonNull(code, "code")) {
      case UNPLANNED_EVENT:
        return "Unplanned-Event";
      case REQUIRED_MISSING:
        return "Required-Missing";
      case TYPE_MISMATCH:
        return "Datatype-Mismatch";
      case UNPLANNED_PROPERTY:
        return "Additional-Properties";
      default:
        return "Unknown-Violation";
    }
  }

  /** One violation as a RudderStack violation object. */
  public static ObjectNode toJson(Violation v) {
    requireNonNull(v, "violation");
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", type(v.code()));
    node.put("message", v.message());
    ObjectNode meta = node.putObject("meta");
    String pointer = v.instancePointer();
    meta.put(
        "instacePath",
        v.code() == ViolationCode.REQUIRED_MISSING
            ? pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')))
            : pointer);
    meta.put("schemaPath", v.planLocation());
    if (v.code() == ViolationCode.REQUIRED_MISSING) {
      meta.put("missingProperty", lastToken(v.instancePointer()));
    }
    return node;
  }

  /** Violations as a RudderStack {@code violationErrors} array, in order. */
  public static ArrayNode toJson(List<Violation> violations) {
    requireNonNull(violations, "violations");
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Violation v : violations) {
      array.add(toJson(v));
    }
    return array;
  }

  private static String lastToken(String pointer) {
    String token = pointer.substring(pointer.lastIndexOf('/') + 1);
    return token.replace("~1", "/").replace("~0", "~");
  }
}
