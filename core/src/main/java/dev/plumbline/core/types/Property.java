package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.PiiCategory;
import java.util.Optional;

/**
 * A declared property of an object: its type, whether it is required, what personal data it holds
 * and what it means.
 *
 * <pre>{@code
 * Property.required(string().format(EMAIL)).pii(PiiCategory.EMAIL).description("Login email")
 * }</pre>
 */
public record Property(
    DataType type, boolean required, Optional<PiiCategory> pii, Optional<String> description) {

  public Property {
    requireNonNull(type, "type");
    requireNonNull(pii, "pii");
    requireNonNull(description, "description");
  }

  /** A property that must be present. */
  public static Property required(DataType type) {
    return new Property(type, true, Optional.empty(), Optional.empty());
  }

  /** A property that may be absent. */
  public static Property optional(DataType type) {
    return new Property(type, false, Optional.empty(), Optional.empty());
  }

  /** Classifies this property as personal data of the given category. */
  public Property pii(PiiCategory category) {
    return new Property(
        type, required, Optional.of(requireNonNull(category, "category")), description);
  }

  /**
   * What the property means, replacing any description set before: {@code
   * Property.optional(string()).description("Coupon code, if any")}. Exported as JSON Schema's
   * {@code description}.
   */
  public Property description(String text) {
    return new Property(type, required, pii, Optional.of(requireNonNull(text, "text")));
  }
}
