package dev.plumbline.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.export.internal.SchemaDocumentBuilder;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import java.util.Map;

/**
 * Exports a tracking plan as JSON Schema draft-07 documents: one schema per planned event, which
 * any draft-07 validator (everit, networknt, Ajv, ...) can check events against.
 *
 * <pre>{@code
 * TrackingPlan plan = ...;
 * ObjectNode schema = JsonSchemaExporter.eventSchema(plan, "Order Completed");
 * // {"$schema":"http://json-schema.org/draft-07/schema#",
 * //  "$id":"plumbline:storefront/Order%20Completed/1.4.0", "title":"Order Completed",
 * //  "type":"object",
 * //  "properties":{"type":{"const":"track"},"event":{"const":"Order Completed"},
 * //                "properties":{"type":"object","properties":{...},"required":[...],
 * //                              "additionalProperties":false}},
 * //  "required":["type","event","properties"],
 * //  "definitions":{"Product":{...}}}
 *
 * for (Map.Entry<String, ObjectNode> e : JsonSchemaExporter.eventSchemas(plan).entrySet()) {
 *   Files.writeString(dir.resolve(JsonSchemaExporter.fileName(e.getKey())), e.getValue().toPrettyString());
 * }
 * }</pre>
 *
 * <p>Every call returns fresh nodes that the caller may change. The output is deterministic: the
 * same plan gives the same JSON, key order included. docs/EXPORT.md describes the mapping of each
 * type.
 */
public final class JsonSchemaExporter {
  private JsonSchemaExporter() {}

  /**
   * The draft-07 schema of the whole event envelope ({@code type}, {@code event} or {@code name},
   * and the payload field) for one planned event. Envelope fields other than those are left free.
   *
   * @throws IllegalArgumentException if the plan has no event of that name; the message lists the
   *     planned events
   */
  public static ObjectNode eventSchema(TrackingPlan plan, String eventName) {
    requireNonNull(plan, "plan");
    requireNonNull(eventName, "eventName");
    EventSpec spec =
        plan.event(eventName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "event '"
                            + eventName
                            + "' is not planned in tracking plan '"
                            + plan.name()
                            + "'; planned events: "
                            + plan.events().keySet()));
    return new SchemaDocumentBuilder(plan.customTypes()).eventDocument(plan, spec);
  }

  /** The schema of every planned event, keyed by event name, in plan order. */
  public static ImmutableMap<String, ObjectNode> eventSchemas(TrackingPlan plan) {
    requireNonNull(plan, "plan");
    ImmutableMap.Builder<String, ObjectNode> out = ImmutableMap.builder();
    for (EventSpec spec : plan.events().values()) {
      out.put(spec.name(), new SchemaDocumentBuilder(plan.customTypes()).eventDocument(plan, spec));
    }
    return out.buildOrThrow();
  }

  /**
   * The draft-07 schema of a bare value of this type. The custom types it uses, directly or through
   * other custom types, go to the schema's {@code definitions}.
   *
   * <pre>{@code
   * JsonSchemaExporter.typeSchema(array(ref("Product")).minItems(1), plan.customTypes())
   * // {"$schema":"http://json-schema.org/draft-07/schema#","type":"array",
   * //  "items":{"$ref":"#/definitions/Product"},"minItems":1,"definitions":{"Product":{...}}}
   * }</pre>
   *
   * @throws IllegalArgumentException if the type refers to a custom type missing from {@code
   *     customTypes}
   */
  public static ObjectNode typeSchema(DataType type, Map<String, CustomType> customTypes) {
    requireNonNull(type, "type");
    requireNonNull(customTypes, "customTypes");
    return new SchemaDocumentBuilder(customTypes).typeDocument(type);
  }

  /**
   * A file name for an event's schema that is safe on common file systems: {@code "Order
   * Completed"} becomes {@code "Order Completed.schema.json"}; each of {@code / \ : * ? " < > |}
   * and each control character becomes {@code _}.
   */
  public static String fileName(String eventName) {
    requireNonNull(eventName, "eventName");
    StringBuilder out = new StringBuilder(eventName.length() + 12);
    eventName
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || "/\\:*?\"<>|".indexOf(cp) >= 0) {
                out.append('_');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append(".schema.json").toString();
  }
}
