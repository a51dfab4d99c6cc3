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

  public ArrayType minItems(int min) {
    return new ArrayType(items, Optional.of(min), maxItems, unique);
  }

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
