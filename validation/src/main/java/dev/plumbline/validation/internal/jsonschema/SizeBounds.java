package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Collector;

/**
 * {@code minItems}/{@code maxItems} on arrays, {@code minProperties}/{@code maxProperties} on
 * objects.
 */
final class SizeBounds extends Keyword {
  private final boolean arrays;
  private final int min;
  private final int max;

  private SizeBounds(boolean arrays, int min, int max) {
    this.arrays = arrays;
    this.min = min;
    this.max = max;
  }

  static SizeBounds items(int min, int max) {
    return new SizeBounds(true, min, max);
  }

  static SizeBounds properties(int min, int max) {
    return new SizeBounds(false, min, max);
  }

  @Override
  boolean check(JsonNode v, int depth, Collector out) {
    if (arrays ? !v.isArray() : !v.isObject()) {
      return true;
    }
    int n = v.size();
    if (n >= min && n <= max) {
      return true;
    }
    if (out != null) {
      if (arrays) {
        out.addSize(ViolationCode.ITEMS, "array", "items", min, max, n);
      } else {
        out.addSize(ViolationCode.PROPERTIES_COUNT, "object", "properties", min, max, n);
      }
    }
    return false;
  }
}
