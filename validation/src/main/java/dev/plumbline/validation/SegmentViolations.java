package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validation.internal.Keywords;

/**
 * Renders violations in Segment Protocols' vocabulary ({@code violationType}, {@code
 * violationField}, {@code violationDescription}), as in Segment's "Violation Generated" events.
 *
 * <pre>{@code
 * SegmentViolations.violationType(v);   // "Required"
 * SegmentViolations.violationField(v);  // "properties.products"
 * }</pre>
 *
 * <p>Segment documents only {@code Required}. Every other type is the draft-07 keyword in Title
 * Case: {@code Type}, {@code Enum}, {@code Const}, {@code Pattern}, {@code Format}, {@code
 * Minimum}, {@code Maximum}, {@code ExclusiveMinimum}, {@code ExclusiveMaximum}, {@code
 * MultipleOf}, {@code MinLength}, {@code MaxLength}, {@code MinItems}, {@code MaxItems}, {@code
 * UniqueItems}, {@code AdditionalProperties}, {@code AdditionalItems}, {@code AnyOf}, {@code
 * OneOf}, {@code Not}, {@code Contains}, {@code PropertyNames}, {@code Dependencies}, {@code
 * MinProperties}, {@code MaxProperties}, {@code If}; and for Plumbline's own rules {@code
 * Envelope}, {@code UnplannedEvent}, {@code Variants}, {@code Nesting}, {@code Unsupported}.
 *
 * <p>Where one code covers several keywords (RANGE, LENGTH, ITEMS, PROPERTIES_COUNT), the engine's
 * message tells which ({@code expected number >= 0} is {@code Minimum}). A violation built
 * elsewhere whose message does not say gets the code's own name instead of a guess: {@code Range},
 * {@code Length}, {@code Items}, {@code PropertiesCount}.
 */
public final class SegmentViolations {
  private SegmentViolations() {}

  /** Segment's {@code violationType}. */
  public static String violationType(Violation v) {
    requireNonNull(v, "violation");
    String keyword = Keywords.of(v);
    return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
  }

  /**
   * Segment's {@code violationField}: the instance pointer as a dotted path, array indices as
   * segments ({@code /properties/products/0/price} becomes {@code properties.products.0.price});
   * empty for the event itself.
   */
  public static String violationField(Violation v) {
    requireNonNull(v, "violation");
    String pointer = v.instancePointer();
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(pointer.length());
    for (String token : pointer.substring(1).split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(token.replace("~1", "/").replace("~0", "~"));
    }
    return sb.toString();
  }

  /** {@code {"violationType", "violationField", "violationDescription"}}. */
  public static ObjectNode toJson(Violation v) {
    requireNonNull(v, "violation");
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("violationType", violationType(v));
    node.put("violationField", violationField(v));
    node.put("violationDescription", v.message());
    return node;
  }
}
