package dev.plumbline.core.importing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.importing.internal.SchemaImport;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.types.ObjectType;
import java.util.Optional;

/**
 * Imports JSON Schema draft-07 documents into the model. A subschema becomes a typed model type
 * only where the meaning is exactly the same as JSON Schema's; anything else becomes a {@link
 * dev.plumbline.core.types.JsonSchemaType} of that subschema, made self-contained, so nothing is
 * dropped. Annotations the typed model has no place for are listed in the result's notes.
 * docs/IMPORT.md has the full mapping.
 *
 * <pre>{@code
 * JsonNode schema = mapper.readTree("""
 *     {"type":"object",
 *      "properties":{"sku":{"type":"string","minLength":1,"description":"Stock keeping unit"},
 *                    "price":{"$ref":"#/definitions/Money"}},
 *      "required":["sku"],"additionalProperties":false,
 *      "definitions":{"Money":{"type":"number","minimum":0}}}""");
 * ImportedSchema s = JsonSchemaImporter.importSchema(schema);
 * // s.type(): object().property("sku", required(string().minLength(1)).description(...))
 * //                   .optional("price", ref("Money"))        (closed)
 * // s.customTypes(): {Money -> number().min(0)}
 *
 * ImportedEvent e = JsonSchemaImporter.importEvent(schema, EventType.TRACK, "Product Viewed");
 * TrackingPlan plan = e.toPlan("catalog");
 * }</pre>
 *
 * <p>Only references within the document are supported; a remote {@code $ref} is a {@link
 * SchemaImportException} naming the ref and its pointer (every one of them, not just the first).
 */
public final class JsonSchemaImporter {
  private JsonSchemaImporter() {}

  /**
   * Imports a draft-07 schema as a type; custom types come from its {@code definitions}.
   *
   * @throws SchemaImportException listing every problem with its JSON pointer
   */
  public static ImportedSchema importSchema(JsonNode schema) {
    requireNonNull(schema, "schema");
    SchemaImport.Result r = SchemaImport.importType(schema, "JSON Schema");
    return new ImportedSchema(r.type(), r.customTypes(), r.notes());
  }

  /**
   * Imports an object schema as the spec of an event of the given type and name; the payload is the
   * object. A root that is not exactly a typed object (it has {@code not} or {@code if}, say)
   * becomes an open object with the whole root as its {@code constraints}. The root's {@code
   * description} becomes the spec's.
   *
   * @throws SchemaImportException also when the root can never be an object ({@code type: string},
   *     {@code false})
   */
  public static ImportedEvent importEvent(JsonNode schema, EventType type, String eventName) {
    requireNonNull(schema, "schema");
    requireNonNull(type, "type");
    requireNonNull(eventName, "eventName");
    SchemaImport.Result r = SchemaImport.importPayload(schema, "JSON Schema");
    return event(r, type, eventName, Optional.empty());
  }

  static ImportedEvent event(
      SchemaImport.Result r, EventType type, String eventName, Optional<String> version) {
    EventSpec spec =
        new EventSpec(
            eventName,
            type,
            (ObjectType) r.type(),
            r.description(),
            Optional.empty(),
            com.google.common.collect.ImmutableList.of());
    return new ImportedEvent(spec, r.customTypes(), version, r.notes());
  }
}
