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

  /**
   * Whether a PII property is declared anywhere in the items (a value in the array's place may be
   * PII).
   */
  private final boolean holdsPii;

  ArrayChecker(
      boolean nullable,
      Checker items,
      int minItems,
      int maxItems,
      boolean unique,
      boolean holdsPii) {
    this.holdsPii = holdsPii;
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
    return out == null ? firstFailure(value, depth) == VALID : collectAfter(value, depth, out, 0);
  }

  /** {@link #VALID}, or how many leading items were found valid before the check failed. */
  @Override
  public int firstFailure(JsonNode value, int depth) {
    if (!value.isArray()) {
      return nullable && value.isNull() ? VALID : 0;
    }
    int n = value.size();
    if (n < minItems || n > maxItems) {
      return 0;
    }
    if (n == 0) {
      return VALID;
    }
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
      if (depth >= Collector.MAX_DEPTH) {
        return 0;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!items.check(value.get(i), depth + 1, null)) {
        return i;
      }
    }
    return duplicate(value) == null ? VALID : n;
  }

  @Override
  public boolean collectAfter(JsonNode value, int depth, Collector out, int knownValid) {
    return holdsPii
        ? out.hidingValueHere(() -> collectHere(value, depth, out, knownValid))
        : collectHere(value, depth, out, knownValid);
  }

  private boolean collectHere(JsonNode value, int depth, Collector out, int knownValid) {
    if (!value.isArray()) {
      return (nullable && value.isNull()) || typeMismatch(expected(), value, out);
    }
    int n = value.size();
    boolean ok = true;
    if (n < minItems || n > maxItems) {
      out.addSize(ViolationCode.ITEMS, "array", "items", minItems, maxItems, n);
      ok = false;
    }
    if (n == 0) {
      return ok;
    }
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
      if (depth >= Collector.MAX_DEPTH) {
        return tooDeep(out);
      }
    }
    for (int i = knownValid; i < n; i++) {
      JsonNode item = value.get(i);
      int hint = items.firstFailure(item, depth + 1);
      if (hint == VALID) {
        continue; // a valid item needs no collecting walk
      }
      out.push(i, "items");
      items.collectAfter(item, depth + 1, out, hint);
      out.pop();
      ok = false;
    }
    int[] pair = duplicate(value);
    if (pair != null) {
      out.add(
          ViolationCode.UNIQUE,
          "expected unique items, found items " + pair[0] + " and " + pair[1] + " equal");
      return false;
    }
    return ok;
  }

  /**
   * When uniqueness is required: the first pair of equal items (compared whole, however deep: the
   * comparison does not recurse); otherwise, or when the items are unique, null.
   */
  private int[] duplicate(JsonNode value) {
    if (!unique || value.size() < 2) {
      return null;
    }
    return JsonValues.firstDuplicate(value);
  }
}
