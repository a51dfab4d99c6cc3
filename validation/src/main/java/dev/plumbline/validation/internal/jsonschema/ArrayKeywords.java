package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.JsonValues;

/** The array keywords; each accepts non-arrays. */
final class ArrayKeywords {
  private ArrayKeywords() {}

  /** {@code items} (one schema for all items, or a tuple) with {@code additionalItems}. */
  static final class Items extends Keyword {
    /** The schema of every item, or null for a tuple. */
    private final Checker all;

    private final Checker[] tuple;
    private final String[] tupleSegments;

    /** The schema of items past the tuple, or null when they are not constrained. */
    private final Checker additional;

    private final boolean additionalFalse;

    Items(Checker all) {
      this.all = all;
      this.tuple = null;
      this.tupleSegments = null;
      this.additional = null;
      this.additionalFalse = false;
    }

    Items(Checker[] tuple, Checker additional) {
      this.all = null;
      this.tuple = tuple;
      this.tupleSegments = new String[tuple.length];
      for (int i = 0; i < tuple.length; i++) {
        tupleSegments[i] = "items/" + i;
      }
      boolean acceptsAll =
          additional == null || (additional instanceof BooleanSchema b && b.accepts());
      this.additional = acceptsAll ? null : additional;
      this.additionalFalse = additional instanceof BooleanSchema b && !b.accepts();
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isArray()) {
        return true;
      }
      int n = v.size();
      boolean ok = true;
      if (all != null) {
        for (int i = 0; i < n; i++) {
          if (!sub(all, v.get(i), depth, out, i, "items")) {
            if (out == null) {
              return false;
            }
            ok = false;
          }
        }
        return ok;
      }
      int t = Math.min(n, tuple.length);
      for (int i = 0; i < t; i++) {
        if (!sub(tuple[i], v.get(i), depth, out, i, tupleSegments[i])) {
          if (out == null) {
            return false;
          }
          ok = false;
        }
      }
      if (n <= tuple.length || additional == null) {
        return ok;
      }
      if (additionalFalse) {
        if (out != null) {
          out.add(
              ViolationCode.ITEMS,
              "expected array of at most "
                  + tuple.length
                  + " items (additionalItems: false), found "
                  + n);
        }
        return false;
      }
      for (int i = tuple.length; i < n; i++) {
        if (!sub(additional, v.get(i), depth, out, i, "additionalItems")) {
          if (out == null) {
            return false;
          }
          ok = false;
        }
      }
      return ok;
    }
  }

  /** {@code uniqueItems: true}, by JSON equality. */
  static final class Unique extends Keyword {
    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isArray() || v.size() < 2) {
        return true;
      }
      int[] pair = JsonValues.firstDuplicate(v); // iterative: items of any depth compare
      if (pair == null) {
        return true;
      }
      if (out != null) {
        out.add(
            ViolationCode.UNIQUE,
            "expected unique items, found items " + pair[0] + " and " + pair[1] + " equal");
      }
      return false;
    }
  }

  /** {@code contains}: at least one item matches. */
  static final class Contains extends Keyword {
    private final Checker schema;

    Contains(Checker schema) {
      this.schema = schema;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isArray()) {
        return true;
      }
      for (JsonNode item : v) {
        if (schema.check(item, depth + 1, null)) {
          return true;
        }
      }
      if (out != null) {
        out.add(
            ViolationCode.CONTAINS,
            "expected an array with an item matching contains ("
                + schema.expected()
                + "), found none among "
                + v.size()
                + " items");
      }
      return false;
    }
  }
}
