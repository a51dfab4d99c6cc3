package dev.plumbline.testing.differential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * everit 1.14.6 (draft-07) as the reference validator of the differential property: loads an
 * exported schema and gives its verdict and leaf failures on JSON text.
 *
 * <pre>{@code
 * EveritOracle.Verdict v = EveritOracle.load(schemaNode).check("{\"sku\":\"AB-123\"}");
 * v.valid();     // false
 * v.failures();  // ["pattern #/sku: string [ab-1] does not match pattern ..."]
 * }</pre>
 */
public final class EveritOracle {
  private final Schema schema;

  private EveritOracle(Schema schema) {
    this.schema = schema;
  }

  /**
   * everit's verdict on one instance, with its leaf failures ({@code keyword pointer: message}).
   */
  public record Verdict(boolean valid, List<String> failures, List<String> keywords) {}

  /** Loads a draft-07 schema; throws if everit cannot. */
  public static EveritOracle load(ObjectNode schema) {
    return new EveritOracle(
        SchemaLoader.builder()
            .draftV7Support()
            .schemaJson(new JSONObject(schema.toString()))
            .build()
            .load()
            .build());
  }

  /** Validates JSON text as org.json parses it. */
  public Verdict check(String json) {
    Object instance = new JSONTokener(json).nextValue();
    try {
      schema.validate(instance);
      return new Verdict(true, List.of(), List.of());
    } catch (ValidationException e) {
      List<String> failures = new ArrayList<>();
      List<String> keywords = new ArrayList<>();
      collect(e, failures, keywords);
      return new Verdict(false, failures, keywords);
    }
  }

  private static void collect(ValidationException e, List<String> failures, List<String> keywords) {
    String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation();
    if (location.contains("/if/") || location.endsWith("/if")) {
      return; // a failing if-condition, reported next to its else branch, is not a violation
    }
    if (e.getCausingExceptions().isEmpty()) {
      failures.add(e.getKeyword() + " " + e.getPointerToViolation() + ": " + e.getErrorMessage());
      keywords.add(String.valueOf(e.getKeyword()));
      return;
    }
    e.getCausingExceptions().forEach(c -> collect(c, failures, keywords));
  }
}
