package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;

/** An array: item count, item type and uniqueness (JSON equality, {@code 1} equals {@code 1.0}). */
final class ArrayChecker extends Checker {
  private final boolean nullable;
  private final Checker items;
  private final int minItems;
  private final int maxItems;
  private final boolean unique;

  ArrayChecker(boolean nullable, Checker items, int minItems, int maxItems, boolean unique) {
    this.nullable = nullable;
    this.items = items;
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.unique = unique;
  }

  @Override
  public String expected() {
    return nullable ? "array or null" : "array";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (!value.isArray()) {
      return (nullable && value.isNull()) || typeMismatch(expected(), value, out);
    }
    int n = value.size();
    boolean ok = true;
    if (n < minItems || n > maxItems) {
      if (out == null) {
        return false;
      }
      out.add(
          ViolationCode.ITEMS,
          n < minItems
              ? "expected array of at least " + minItems + " items, found " + n
              : "expected array of at most " + maxItems + " items, found " + n);
      ok = false;
    }
    if (n == 0) {
      return ok;
    }
    if (depth >= Collector.MAX_DEPTH) {
      return tooDeep(out);
    }
    for (int i = 0; i < n; i++) {
      if (out != null && items.check(value.get(i), depth + 1, null)) {
        continue; // collecting: a valid item needs no second, collecting walk
      }
      if (out != null) {
        out.push(i, "items");
      }
      boolean r = items.check(value.get(i), depth + 1, out);
      if (out != null) {
        out.pop();
      }
      if (!r) {
        if (out == null) {
          return false;
        }
        ok = false;
      }
    }
    if (unique && n > 1) {
      int remaining = Collector.MAX_DEPTH - depth - 1;
      for (int i = 0; i < n; i++) {
        if (JsonValues.deeperThan(value.get(i), remaining)) {
          return tooDeep(out);
        }
      }
      int[] pair = JsonValues.firstDuplicate(value, remaining);
      if (pair != null) {
        if (out != null) {
          out.add(
              ViolationCode.UNIQUE,
              "expected unique items, found items " + pair[0] + " and " + pair[1] + " equal");
        }
        return false;
      }
    }
    return ok;
  }
}
