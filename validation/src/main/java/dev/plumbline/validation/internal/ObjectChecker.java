package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.validation.ViolationCode;
import java.util.Iterator;
import java.util.Map;

/**
 * An object: declared properties (required or optional), closed or open, and discriminated
 * variants. A closed object with no undeclared property is recognised by counting, without
 * iterating its fields.
 */
final class ObjectChecker extends Checker {

  /** Properties that apply together: the object's own, or one variant case's extra ones. */
  static final class PropertySet {
    final String planPrefix;
    final String[] names;
    final Checker[] checkers;
    final boolean[] required;

    /** For each property, whether it counts as a distinct present property (not a base one). */
    final boolean[] counted;

    final ImmutableSet<String> nameSet;

    /** How many properties are required. */
    final int requiredCount;

    /** Open-addressing table of the names (identity first, then equality) and their indices. */
    private final String[] slots;

    private final int[] slotIndex;
    private final int mask;

    PropertySet(
        String planPrefix,
        String[] names,
        Checker[] checkers,
        boolean[] required,
        boolean[] counted) {
      this.planPrefix = planPrefix;
      // Interned like the field names Jackson reads by default, so lookups compare by identity.
      this.names = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = names[i].intern();
      }
      this.checkers = checkers;
      this.required = required;
      this.counted = counted;
      this.nameSet = ImmutableSet.copyOf(names);
      int r = 0;
      for (boolean b : required) {
        r += b ? 1 : 0;
      }
      this.requiredCount = r;
      int size = Integer.highestOneBit(Math.max(4, names.length * 2 + 1) - 1) << 1;
      this.slots = new String[size];
      this.slotIndex = new int[size];
      this.mask = size - 1;
      for (int i = 0; i < names.length; i++) {
        int at = slot(this.names[i]);
        while (slots[at] != null) {
          at = (at + 1) & mask;
        }
        slots[at] = this.names[i];
        slotIndex[at] = i;
      }
    }

    private int slot(String name) {
      int h = name.hashCode();
      return (h ^ (h >>> 16)) & mask;
    }

    /** The index of a property name, or -1. */
    int indexOf(String name) {
      int at = slot(name);
      while (true) {
        String s = slots[at];
        if (s == name) {
          return slotIndex[at];
        }
        if (s == null) {
          return -1;
        }
        if (s.equals(name)) {
          return slotIndex[at];
        }
        at = (at + 1) & mask;
      }
    }
  }

  private final boolean nullable;
  private final boolean closed;
  private final PropertySet own;
  private final String discriminator;
  private final ImmutableMap<String, PropertySet> cases;
  private final PropertySet defaults;

  ObjectChecker(
      boolean nullable,
      boolean closed,
      PropertySet own,
      String discriminator,
      ImmutableMap<String, PropertySet> cases,
      PropertySet defaults) {
    this.nullable = nullable;
    this.closed = closed;
    this.own = own;
    this.discriminator = discriminator;
    this.cases = cases;
    this.defaults = defaults;
  }

  @Override
  public String expected() {
    return nullable ? "object or null" : "object";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (!value.isObject()) {
      return (nullable && value.isNull()) || typeMismatch(expected(), value, out);
    }
    if (depth >= Collector.MAX_DEPTH && value.size() > 0) {
      return tooDeep(out);
    }
    if (out == null && discriminator == null && value instanceof ObjectNode) {
      return validFields(value, depth);
    }
    int present = checkSet(own, value, depth, out);
    if (present < 0 && out == null) {
      return false;
    }
    boolean ok = present >= 0;
    int count = ok ? present : -present - 1;
    PropertySet selected = null;
    if (discriminator != null) {
      JsonNode d = value.get(discriminator);
      selected = d != null && d.isTextual() ? cases.get(d.textValue()) : null;
      if (selected == null) {
        selected = defaults;
      }
      int extra = checkSet(selected, value, depth, out);
      if (extra < 0) {
        if (out == null) {
          return false;
        }
        ok = false;
        extra = -extra - 1;
      }
      count += extra;
    }
    if (closed && count != value.size()) {
      if (out == null) {
        return false;
      }
      ok = false;
      for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!own.nameSet.contains(name) && (selected == null || !selected.nameSet.contains(name))) {
          out.addAt(
              name,
              null,
              ViolationCode.UNPLANNED_PROPERTY,
              "expected no property '"
                  + JsonValues.truncate(name)
                  + "' (not declared), found "
                  + JsonValues.kind(value.get(name)));
        }
      }
    }
    return ok;
  }

  /**
   * The fast yes/no answer for an object without variants: one pass over its fields (no lookups of
   * absent properties), then a count of the required ones seen.
   */
  private boolean validFields(JsonNode value, int depth) {
    PropertySet set = own;
    boolean[] required = set.required;
    Checker[] checkers = set.checkers;
    String[] names = set.names;
    int requiredSeen = 0;
    int next = 0;
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      // Events usually list properties in the declared order: try the one after the last first.
      String key = field.getKey();
      int i = next < names.length && names[next] == key ? next : set.indexOf(key);
      if (i < 0) {
        if (closed) {
          return false;
        }
        continue;
      }
      if (required[i]) {
        requiredSeen++;
      }
      if (!checkers[i].check(field.getValue(), depth + 1, null)) {
        return false;
      }
      next = i + 1;
    }
    return requiredSeen == set.requiredCount;
  }

  /**
   * Checks one property set. Returns how many of its counted properties are present, or {@code
   * -(count + 1)} when something failed.
   */
  private static int checkSet(PropertySet set, JsonNode value, int depth, Collector out) {
    int present = 0;
    boolean ok = true;
    String[] names = set.names;
    for (int i = 0; i < names.length; i++) {
      JsonNode child = value.get(names[i]);
      if (child == null) {
        if (set.required[i]) {
          if (out == null) {
            return -1;
          }
          out.addAt(
              names[i],
              set.planPrefix == null ? names[i] : set.planPrefix + "/" + names[i],
              ViolationCode.REQUIRED_MISSING,
              "expected required property '" + JsonValues.truncate(names[i]) + "', found none");
          ok = false;
        }
        continue;
      }
      if (set.counted[i]) {
        present++;
      }
      if (out != null && set.checkers[i].check(child, depth + 1, null)) {
        continue; // collecting: a valid child needs no second, collecting walk
      }
      if (out != null) {
        out.push(names[i], set.planPrefix == null ? names[i] : set.planPrefix + "/" + names[i]);
      }
      boolean r = set.checkers[i].check(child, depth + 1, out);
      if (out != null) {
        out.pop();
      }
      if (!r) {
        if (out == null) {
          return -1;
        }
        ok = false;
      }
    }
    return ok ? present : -present - 1;
  }
}
