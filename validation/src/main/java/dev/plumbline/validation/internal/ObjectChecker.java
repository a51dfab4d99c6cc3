package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.validation.ViolationCode;
import java.util.Iterator;

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

    PropertySet(
        String planPrefix,
        String[] names,
        Checker[] checkers,
        boolean[] required,
        boolean[] counted) {
      this.planPrefix = planPrefix;
      this.names = names;
      this.checkers = checkers;
      this.required = required;
      this.counted = counted;
      this.nameSet = ImmutableSet.copyOf(names);
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
