package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A JSON array whose every item has one type.
 *
 * <pre>{@code
 * array(ref("Product")).minItems(1).maxItems(100)
 * array(string()).uniqueItems()
 * }</pre>
 */
public record ArrayType(
    DataType items, Optional<Integer> minItems, Optional<Integer> maxItems, boolean unique)
    implements DataType {

  public ArrayType {
    requireNonNull(items, "items");
    requireNonNull(minItems, "minItems");
    requireNonNull(maxItems, "maxItems");
  }

  /**
   * At least this many items ({@code minItems}). A negative count, or one above {@link
   * #maxItems(int)}, is reported when the plan is built.
   */
  public ArrayType minItems(int min) {
    return new ArrayType(items, Optional.of(min), maxItems, unique);
  }

  /**
   * At most this many items ({@code maxItems}). A negative count is reported when the plan is
   * built.
   */
  public ArrayType maxItems(int max) {
    return new ArrayType(items, minItems, Optional.of(max), unique);
  }

  /** No two items may be equal. */
  public ArrayType uniqueItems() {
    return new ArrayType(items, minItems, maxItems, true);
  }

  @Override
  public String kind() {
    return "array";
  }
}
