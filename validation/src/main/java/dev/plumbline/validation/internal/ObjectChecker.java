package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An object: declared properties (required or optional), closed or open, and discriminated
 * variants. A closed object with no undeclared property is recognised by counting, without
 * iterating its fields.
 */
final class ObjectChecker extends Checker {

  /** Properties that apply together: the object's own, or one variant case's extra ones. */
  static final class PropertySet {
    final String[] names;

    /** Each property's plan segment: its name, after the set's plan prefix when it has one. */
    final String[] planSegments;

    final Checker[] checkers;
    final boolean[] required;

    /** For each property, whether it counts as a distinct present property (not a base one). */
    final boolean[] counted;

    /** For each property, whether the plan classifies it as PII (its values are not shown). */
    final boolean[] pii;

    /** How many properties are required. */
    final int requiredCount;

    /**
     * The property indices in name order, the order in which violations are reported: a plan keeps
     * no declaration order in its value (a plan read back from its manifest, which lists properties
     * by name, is equal to the declared one), so reporting in declaration order would make equal
     * plans report differently.
     */
    private final int[] reportOrder;

    /** Open-addressing table of the names (identity first, then equality) and their indices. */
    private final String[] slots;

    private final int[] slotIndex;
    private final int mask;

    /** The names, prepared for suggesting one in place of an undeclared name. */
    final NameSuggestion suggestions;

    PropertySet(
        String planPrefix,
        String[] names,
        Checker[] checkers,
        boolean[] required,
        boolean[] counted,
        boolean[] pii) {
      // Interned like the field names Jackson reads by default, so lookups compare by identity.
      this.names = new String[names.length];
      this.planSegments = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = names[i].intern();
        // Escaped like pointer tokens, so that a name holding '/' is one segment.
        String segment = Collector.escape(names[i]);
        this.planSegments[i] = planPrefix == null ? segment : planPrefix + "/" + segment;
      }
      this.checkers = checkers;
      this.required = required;
      this.counted = counted;
      this.pii = pii;
      int r = 0;
      for (boolean b : required) {
        r += b ? 1 : 0;
      }
      this.requiredCount = r;
      this.reportOrder =
          IntStream.range(0, names.length)
              .boxed()
              .sorted(Comparator.comparing(i -> this.names[i]))
              .mapToInt(Integer::intValue)
              .toArray();
      this.suggestions = NameSuggestion.of(Arrays.asList(this.names));
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

  /**
   * Whether a PII property is declared anywhere inside (a value in the object's place may be PII).
   */
  private final boolean holdsPii;

  ObjectChecker(
      boolean nullable,
      boolean closed,
      PropertySet own,
      String discriminator,
      ImmutableMap<String, PropertySet> cases,
      PropertySet defaults,
      boolean holdsPii) {
    this.holdsPii = holdsPii;
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
      if (nullable && value.isNull()) {
        return true;
      }
      return out != null && holdsPii
          ? out.hidingValueHere(() -> typeMismatch(expected(), value, out))
          : typeMismatch(expected(), value, out);
    }
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
      if (depth >= Collector.MAX_DEPTH && value.size() > 0) {
        return tooDeep(out);
      }
    }
    if (out != null) {
      return collect(value, depth, out, 0);
    }
    if (discriminator == null && value instanceof ObjectNode) {
      return fieldsBeforeFailure(value, depth) == VALID;
    }
    int count = checkSet(own, value, null, null, depth, null);
    if (count < 0) {
      return false;
    }
    if (discriminator != null) {
      int extra = checkSet(selected(value), value, null, null, depth, null);
      if (extra < 0) {
        return false;
      }
      count += extra;
    }
    return !closed || count == value.size();
  }

  @Override
  public int firstFailure(JsonNode value, int depth) {
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
    }
    if (discriminator == null
        && value instanceof ObjectNode
        && (depth < Collector.MAX_DEPTH || value.size() == 0)) {
      return fieldsBeforeFailure(value, depth);
    }
    return super.firstFailure(value, depth);
  }

  @Override
  public boolean collectAfter(JsonNode value, int depth, Collector out, int hint) {
    // A positive hint only comes from fieldsBeforeFailure, whose preconditions hold.
    return hint > 0 ? collect(value, depth, out, hint) : check(value, depth, out);
  }

  @Override
  int declaredOverlap(JsonNode value) {
    if (!value.isObject()) {
      return 0;
    }
    PropertySet selected = discriminator == null ? null : selected(value);
    int declared = 0;
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      if (own.indexOf(field.getKey()) >= 0
          || (selected != null && selected.indexOf(field.getKey()) >= 0)) {
        declared++;
      }
    }
    return declared;
  }

  /** The variant case named by the discriminator, or the default case. */
  private PropertySet selected(JsonNode value) {
    JsonNode d = value.get(discriminator);
    PropertySet selected = d != null && d.isTextual() ? cases.get(d.textValue()) : null;
    return selected == null ? defaults : selected;
  }

  /**
   * The collecting walk: one pass over the fields finds each declared property's value (and the
   * names a closed object does not declare), then the properties are checked in name order.
   *
   * @param knownValid how many leading fields (in the object's order) a fast check already found
   *     valid or ignorable; they are not checked again
   */
  private boolean collect(JsonNode value, int depth, Collector out, int knownValid) {
    PropertySet selected = discriminator == null ? null : selected(value);
    JsonNode[] ownValues = new JsonNode[own.names.length];
    boolean[] ownKnownValid = knownValid > 0 ? new boolean[own.names.length] : null;
    JsonNode[] selectedValues = selected == null ? null : new JsonNode[selected.names.length];
    List<String> undeclared = null;
    int position = 0;
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      int i = own.indexOf(name);
      if (i >= 0) {
        ownValues[i] = field.getValue();
        if (position < knownValid) {
          ownKnownValid[i] = true;
        }
      }
      position++;
      int j = selected == null ? -1 : selected.indexOf(name);
      if (j >= 0) {
        selectedValues[j] = field.getValue();
      }
      if (closed && i < 0 && j < 0) {
        if (undeclared == null) {
          undeclared = new ArrayList<>(2);
        }
        undeclared.add(name);
      }
    }
    boolean ok = checkSet(own, value, ownValues, ownKnownValid, depth, out) >= 0;
    if (selected != null) {
      ok &= checkSet(selected, value, selectedValues, null, depth, out) >= 0;
    }
    if (undeclared != null) {
      ok = false;
      for (String name : undeclared) {
        out.addUnplanned(
            name, notDeclared(name, own, ownValues, selected, selectedValues), value.get(name));
      }
    }
    return ok;
  }

  /**
   * {@code not declared}, with {@code ; did you mean 'quantity'?} when a declared property that the
   * object lacks has a close name.
   */
  private static String notDeclared(
      String name,
      PropertySet own,
      JsonNode[] ownValues,
      PropertySet selected,
      JsonNode[] selectedValues) {
    int i = own.suggestions.closestIndex(name, ownValues);
    String meant = i >= 0 ? own.names[i] : null;
    if (meant == null && selected != null) {
      int j = selected.suggestions.closestIndex(name, selectedValues);
      meant = j >= 0 ? selected.names[j] : null;
    }
    return meant == null
        ? "not declared"
        : "not declared; did you mean '" + JsonValues.truncate(meant) + "'?";
  }

  /**
   * The fast check of an object without variants: one pass over its fields (no lookups of absent
   * properties), then a count of the required ones seen. Returns {@link #VALID}, or how many
   * leading fields were found valid (or undeclared in an open object) before the check failed.
   */
  private int fieldsBeforeFailure(JsonNode value, int depth) {
    PropertySet set = own;
    boolean[] required = set.required;
    Checker[] checkers = set.checkers;
    String[] names = set.names;
    int requiredSeen = 0;
    int next = 0;
    int position = 0;
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      // Events usually list properties in the declared order: try the one after the last first.
      String key = field.getKey();
      int i = next < names.length && names[next] == key ? next : set.indexOf(key);
      if (i < 0) {
        if (closed) {
          return position;
        }
        position++;
        continue;
      }
      if (required[i]) {
        requiredSeen++;
      }
      if (!checkers[i].check(field.getValue(), depth + 1, null)) {
        return position;
      }
      next = i + 1;
      position++;
    }
    return requiredSeen == set.requiredCount ? VALID : position;
  }

  /**
   * Checks one property set. Returns how many of its counted properties are present, or {@code
   * -(count + 1)} when something failed.
   *
   * @param values the set's values by index when already gathered (collecting), else null
   * @param knownValid which of them a fast check already found valid, or null
   */
  private static int checkSet(
      PropertySet set,
      JsonNode value,
      JsonNode[] values,
      boolean[] knownValid,
      int depth,
      Collector out) {
    int present = 0;
    boolean ok = true;
    String[] names = set.names;
    for (int i : set.reportOrder) {
      JsonNode child = values == null ? value.get(names[i]) : values[i];
      if (child == null) {
        if (set.required[i]) {
          if (out == null) {
            return -1;
          }
          out.addMissing(names[i], set.planSegments[i]);
          ok = false;
        }
        continue;
      }
      if (set.counted[i]) {
        present++;
      }
      if (out != null && set.pii[i]) {
        out.notePii(names[i]);
      }
      if (out == null) {
        if (!set.checkers[i].check(child, depth + 1, null)) {
          return -1;
        }
        continue;
      }
      if (knownValid != null && knownValid[i]) {
        continue;
      }
      int hint = set.checkers[i].firstFailure(child, depth + 1);
      if (hint == VALID) {
        continue; // collecting: a valid child needs no second, collecting walk
      }
      out.push(names[i], set.planSegments[i]);
      set.checkers[i].collectAfter(child, depth + 1, out, hint);
      out.pop();
      ok = false;
    }
    return ok ? present : -present - 1;
  }
}
