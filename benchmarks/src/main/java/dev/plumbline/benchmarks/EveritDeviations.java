package dev.plumbline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONPointer;

/**
 * everit 1.14.6 as the benchmark uses it, and the one known way it departs from draft-07 on the
 * storefront data: it rejects a number with a zero fractional part ({@code 2.0}) for {@code "type":
 * "integer"}, which draft-07 accepts (JSON Schema Validation draft-07, section 6.1.1: "integer"
 * matches "any number with a zero fractional part"). Events everit rejects only for that reason are
 * left out of the benchmark data, so that all three validators do the same work.
 *
 * <pre>{@code
 * Schema schema = EveritDeviations.load(exportedSchema);
 * EveritDeviations.rejectsOnlyIntegralFloats(schema, new JSONObject(line)); // true for quantity 2.0
 * }</pre>
 */
public final class EveritDeviations {
  private EveritDeviations() {}

  /** Loads a draft-07 schema with everit. */
  public static Schema load(JsonNode schema) {
    return SchemaLoader.builder()
        .draftV7Support()
        .schemaJson(new JSONObject(schema.toString()))
        .build()
        .load()
        .build();
  }

  /**
   * True when everit rejects the event and every leaf failure is {@code type: integer} on a number
   * whose fractional part is zero.
   */
  public static boolean rejectsOnlyIntegralFloats(Schema schema, JSONObject event) {
    List<ValidationException> leaves = new ArrayList<>();
    try {
      schema.validate(event);
      return false;
    } catch (ValidationException e) {
      collectLeaves(e, leaves);
    }
    if (leaves.isEmpty()) {
      return false;
    }
    for (ValidationException leaf : leaves) {
      if (!"type".equals(leaf.getKeyword())
          || !leaf.getErrorMessage().startsWith("expected type: Integer")) {
        return false;
      }
      Object value = new JSONPointer(leaf.getPointerToViolation()).queryFrom(event);
      if (!(value instanceof Number) || !isIntegral((Number) value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIntegral(Number n) {
    if (n instanceof Double && !Double.isFinite((Double) n)) {
      return false;
    }
    BigDecimal d = n instanceof BigDecimal ? (BigDecimal) n : new BigDecimal(n.toString());
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static void collectLeaves(ValidationException e, List<ValidationException> out) {
    String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation();
    if (location.contains("/if/") || location.endsWith("/if")) {
      return; // a failing if-condition next to its else branch is not a violation
    }
    if (e.getCausingExceptions().isEmpty()) {
      out.add(e);
      return;
    }
    e.getCausingExceptions().forEach(c -> collectLeaves(c, out));
  }
}
