package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.JsonValues;
import dev.plumbline.validation.internal.NameSuggestion;
import dev.plumbline.validation.internal.Regex;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** The object keywords; each accepts non-objects. */
final class ObjectKeywords {
  private ObjectKeywords() {}

  /**
   * {@code properties}, {@code patternProperties} and {@code additionalProperties} together, since
   * the last applies to the properties the other two do not cover.
   */
  static final class Properties extends Keyword {
    private final String[] names;
    private final Checker[] checkers;
    private final String[] planSegments;

    /** For each property, whether its schema carries an {@code x-pii} annotation. */
    private final boolean[] pii;

    private final ImmutableMap<String, Integer> index;
    private final Regex[] patterns;
    private final Checker[] patternCheckers;
    private final String[] patternSegments;

    /** The {@code additionalProperties} schema, or null when absent. */
    private final Checker additional;

    private final boolean additionalFalse;

    /** The names of {@code properties}, for suggesting one in place of a name not allowed. */
    private final NameSuggestion suggestions;

    Properties(
        ImmutableMap<String, Checker> properties,
        Set<String> piiProperties,
        ImmutableMap<String, Checker> patternProperties,
        Checker additional) {
      int n = properties.size();
      names = new String[n];
      pii = new boolean[n];
      checkers = new Checker[n];
      planSegments = new String[n];
      ImmutableMap.Builder<String, Integer> idx = ImmutableMap.builder();
      int i = 0;
      for (Map.Entry<String, Checker> e : properties.entrySet()) {
        names[i] = e.getKey();
        checkers[i] = e.getValue();
        planSegments[i] = "properties/" + Collector.escape(e.getKey());
        pii[i] = piiProperties.contains(e.getKey());
        idx.put(e.getKey(), i);
        i++;
      }
      index = idx.buildOrThrow();
      suggestions = NameSuggestion.of(Arrays.asList(names));
      int p = patternProperties.size();
      patterns = new Regex[p];
      patternCheckers = new Checker[p];
      patternSegments = new String[p];
      i = 0;
      for (Map.Entry<String, Checker> e : patternProperties.entrySet()) {
        patterns[i] = new Regex(e.getKey());
        patternCheckers[i] = e.getValue();
        patternSegments[i] = "patternProperties/" + Collector.escape(e.getKey());
        i++;
      }
      boolean acceptsAll =
          additional == null || (additional instanceof BooleanSchema b && b.accepts());
      this.additional = acceptsAll ? null : additional;
      this.additionalFalse = additional instanceof BooleanSchema b && !b.accepts();
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isObject()) {
        return true;
      }
      boolean ok = true;
      if (patterns.length == 0 && additional == null) {
        for (int i = 0; i < names.length; i++) {
          JsonNode child = v.get(names[i]);
          if (child != null && out != null && pii[i]) {
            out.notePii(names[i]);
          }
          if (child != null && !sub(checkers[i], child, depth, out, names[i], planSegments[i])) {
            if (out == null) {
              return false;
            }
            ok = false;
          }
        }
        return ok;
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String name = e.getKey();
        JsonNode child = e.getValue();
        boolean covered = false;
        Integer i = index.get(name);
        if (i != null) {
          covered = true;
          if (out != null && pii[i]) {
            out.notePii(name);
          }
          if (!sub(checkers[i], child, depth, out, name, planSegments[i])) {
            if (out == null) {
              return false;
            }
            ok = false;
          }
        }
        for (int j = 0; j < patterns.length; j++) {
          if (patterns[j].find(name)) {
            covered = true;
            if (!sub(patternCheckers[j], child, depth, out, name, patternSegments[j])) {
              if (out == null) {
                return false;
              }
              ok = false;
            }
          }
        }
        if (!covered && additional != null) {
          boolean r;
          if (additionalFalse) {
            if (out != null) {
              out.addUnplanned(name, notAllowed(name, v), child);
            }
            r = false;
          } else {
            r = sub(additional, child, depth, out, name, "additionalProperties");
          }
          if (!r) {
            if (out == null) {
              return false;
            }
            ok = false;
          }
        }
      }
      return ok;
    }

    /**
     * {@code additionalProperties: false}, with {@code ; did you mean 'quantity'?} when a property
     * of {@code properties} that the object lacks has a close name.
     */
    private String notAllowed(String name, JsonNode object) {
      JsonNode[] present = new JsonNode[names.length];
      for (int i = 0; i < names.length; i++) {
        present[i] = object.get(names[i]);
      }
      int meant = suggestions.closestIndex(name, present);
      return meant < 0
          ? "additionalProperties: false"
          : "additionalProperties: false; did you mean '"
              + JsonValues.truncate(names[meant])
              + "'?";
    }
  }

  /** {@code required}. */
  static final class Required extends Keyword {
    private final String[] names;

    Required(String[] names) {
      this.names = names;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isObject()) {
        return true;
      }
      boolean ok = true;
      for (String name : names) {
        if (!v.has(name)) {
          if (out == null) {
            return false;
          }
          out.addMissing(name, null);
          ok = false;
        }
      }
      return ok;
    }
  }

  /** {@code propertyNames}: every name, as a string, matches the schema. */
  static final class PropertyNames extends Keyword {
    private final Checker names;

    PropertyNames(Checker names) {
      this.names = names;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isObject() || v.isEmpty()) {
        return true;
      }
      boolean ok = true;
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String name = e.getKey();
        if (!names.check(TextNode.valueOf(name), depth + 1, null)) {
          if (out == null) {
            return false;
          }
          out.addAt(
              name,
              "propertyNames",
              ViolationCode.PROPERTY_NAME,
              "expected a property name matching propertyNames ("
                  + names.expected()
                  + "), found "
                  + JsonValues.quote(name));
          ok = false;
        }
      }
      return ok;
    }
  }

  /**
   * {@code dependencies}: for each present property, the properties it needs (array form) or a
   * schema the whole object must match (schema form; the other array is null there).
   */
  static final class Dependencies extends Keyword {
    private final String[] keys;
    private final String[][] needs;
    private final Checker[] schemas;

    Dependencies(String[] keys, String[][] needs, Checker[] schemas) {
      this.keys = keys;
      this.needs = needs;
      this.schemas = schemas;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isObject()) {
        return true;
      }
      boolean ok = true;
      for (int i = 0; i < keys.length; i++) {
        if (!v.has(keys[i])) {
          continue;
        }
        if (needs[i] != null) {
          for (String need : needs[i]) {
            if (!v.has(need)) {
              if (out == null) {
                return false;
              }
              out.addAt(
                  need,
                  "dependencies/" + Collector.escape(keys[i]),
                  ViolationCode.DEPENDENCY,
                  "expected property '"
                      + JsonValues.truncate(need)
                      + "' because '"
                      + JsonValues.truncate(keys[i])
                      + "' is present, found none");
              ok = false;
            }
          }
        } else if (!schemas[i].check(v, depth + 1, null)) {
          if (out == null) {
            return false;
          }
          String segment = "dependencies/" + Collector.escape(keys[i]);
          out.push(null, segment);
          out.add(
              ViolationCode.DEPENDENCY,
              "expected the object to match the dependency schema of '"
                  + JsonValues.truncate(keys[i])
                  + "' because that property is present");
          out.pop();
          sub(schemas[i], v, depth, out, null, segment);
          ok = false;
        }
      }
      return ok;
    }
  }
}
