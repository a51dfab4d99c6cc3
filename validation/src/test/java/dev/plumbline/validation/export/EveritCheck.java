package dev.plumbline.validation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Loads exported schemas with everit (draft-07) and lists why an instance fails them. */
final class EveritCheck {
  private EveritCheck() {}

  /** Loads a draft-07 schema the way the brief prescribes; throws if everit rejects it. */
  static Schema load(JsonNode schema) {
    return SchemaLoader.builder()
        .draftV7Support()
        .schemaJson(new JSONObject(schema.toString()))
        .build()
        .load()
        .build();
  }

  /**
   * The leaf violations of an instance as {@code "<keyword> <instance pointer>"}, for example
   * {@code "minimum #/properties/revenue"}; empty when the instance is valid. Failures of an {@code
   * if} condition (which everit reports next to the failing {@code else}) are not violations.
   */
  static List<String> violations(Schema schema, String instanceJson) {
    Object instance = new JSONTokener(instanceJson).nextValue();
    try {
      schema.validate(instance);
      return List.of();
    } catch (ValidationException e) {
      List<String> out = new ArrayList<>();
      collect(e, out);
      return out;
    }
  }

  private static void collect(ValidationException e, List<String> out) {
    String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation();
    if (location.contains("/if/") || location.endsWith("/if")) {
      return;
    }
    if (e.getCausingExceptions().isEmpty()) {
      out.add(e.getKeyword() + " " + e.getPointerToViolation());
      return;
    }
    e.getCausingExceptions().forEach(c -> collect(c, out));
  }
}
