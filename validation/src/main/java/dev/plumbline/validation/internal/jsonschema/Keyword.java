package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;

/**
 * One compiled draft-07 keyword (or a group of keywords that must be evaluated together, such as
 * {@code properties}, {@code patternProperties} and {@code additionalProperties}). Keywords that
 * constrain one JSON type accept values of other types. Same two modes as {@link Checker}.
 */
abstract class Keyword {

  /**
   * Checks a value.
   *
   * @param depth the evaluation depth of the schema holding this keyword
   * @param out null for a yes/no answer, otherwise where violations go
   */
  abstract boolean check(JsonNode value, int depth, Collector out);

  /**
   * Evaluates a subschema one level deeper, entering an instance segment (a property name, an
   * index, or null to stay on the value) and a schema path segment when collecting.
   */
  static boolean sub(
      Checker schema,
      JsonNode value,
      int depth,
      Collector out,
      Object pointerSegment,
      String schemaSegment) {
    if (out == null) {
      return schema.check(value, depth + 1, null);
    }
    out.push(pointerSegment, schemaSegment);
    boolean ok = schema.check(value, depth + 1, out);
    out.pop();
    return ok;
  }
}
