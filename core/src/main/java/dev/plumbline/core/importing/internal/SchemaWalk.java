package dev.plumbline.core.importing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.Problem;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Visits every subschema of a draft-07 schema, at the keywords that hold schemas, and reports
 * keywords whose value has the wrong shape for a schema position. Values of {@code enum}, {@code
 * const}, {@code default}, {@code examples} and of unknown keywords are data and are not visited.
 */
public final class SchemaWalk {
  /** Keywords whose value is one schema. */
  public static final Set<String> SINGLE =
      Set.of(
          "additionalItems",
          "additionalProperties",
          "contains",
          "propertyNames",
          "if",
          "then",
          "else",
          "not");

  /** Keywords whose value is a non-empty array of schemas ({@code items} may also be one). */
  public static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf");

  /** Keywords whose value maps names to schemas ({@code dependencies} may also list names). */
  public static final Set<String> MAPS = Set.of("properties", "patternProperties", "definitions");

  /** Receives each subschema with its JSON pointer. */
  interface Visitor {
    void schema(JsonNode schema, String pointer);
  }

  private SchemaWalk() {}

  static void walk(JsonNode schema, String pointer, Visitor visitor, Consumer<Problem> problems) {
    visitor.schema(schema, pointer);
    if (!schema.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      JsonNode value = f.getValue();
      String at = JsonPointers.child(pointer, key);
      if (SINGLE.contains(key)) {
        expectSchema(value, at, visitor, problems);
      } else if (key.equals("items")) {
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            expectSchema(value.get(i), JsonPointers.child(at, i), visitor, problems);
          }
        } else {
          expectSchema(value, at, visitor, problems);
        }
      } else if (LISTS.contains(key)) {
        if (!value.isArray() || value.isEmpty()) {
          problems.accept(new Problem(at, "'" + key + "' must be a non-empty array of schemas"));
          continue;
        }
        for (int i = 0; i < value.size(); i++) {
          expectSchema(value.get(i), JsonPointers.child(at, i), visitor, problems);
        }
      } else if (MAPS.contains(key) || key.equals("dependencies")) {
        if (!value.isObject()) {
          problems.accept(new Problem(at, "'" + key + "' must be an object"));
          continue;
        }
        Iterator<Map.Entry<String, JsonNode>> members = value.fields();
        while (members.hasNext()) {
          Map.Entry<String, JsonNode> m = members.next();
          String memberAt = JsonPointers.child(at, m.getKey());
          if (key.equals("dependencies") && m.getValue().isArray()) {
            for (JsonNode name : m.getValue()) {
              if (!name.isTextual()) {
                problems.accept(
                    new Problem(memberAt, "a property dependency must list property names"));
                break;
              }
            }
          } else {
            expectSchema(m.getValue(), memberAt, visitor, problems);
          }
        }
      }
    }
  }

  private static void expectSchema(
      JsonNode value, String pointer, Visitor visitor, Consumer<Problem> problems) {
    if (value.isObject() || value.isBoolean()) {
      walk(value, pointer, visitor, problems);
    } else {
      problems.accept(
          new Problem(
              pointer, "expected a schema (an object or a boolean), got " + value.getNodeType()));
    }
  }
}
