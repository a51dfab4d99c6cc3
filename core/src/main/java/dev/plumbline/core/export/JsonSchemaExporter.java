package dev.plumbline.core.export;

import static dev.plumbline.core.internal.NullChecks.mapOf;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.export.internal.SchemaDocumentBuilder;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
    mapOf(customTypes, "customTypes");
    return new SchemaDocumentBuilder(customTypes).typeDocument(type);
  }

  /** File names end with this. */
  private static final String SUFFIX = ".schema.json";

  /**
   * Longest file name, in UTF-8 bytes: 255 is the limit of common file systems; some room is left
   * for a tool's temporary prefix or suffix.
   */
  private static final int MAX_FILE_NAME_BYTES = 240;

  /**
   * A file name for an event's schema that is safe on common file systems: {@code "Order
   * Completed"} becomes {@code "Order Completed.schema.json"}; each of {@code / \ : * ? " < > |}
   * and each control character becomes {@code _}; a name longer than 240 bytes in UTF-8 is cut and
   * ends with the first 8 hex digits of its SHA-256, so that it stays distinct. Two event names can
   * still give one file name ({@code a/b} and {@code a_b}): to write a file per event, use {@link
   * #fileNames}.
   */
  public static String fileName(String eventName) {
    requireNonNull(eventName, "eventName");
    StringBuilder out = new StringBuilder(eventName.length() + SUFFIX.length());
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
    String base = out.toString();
    int room = MAX_FILE_NAME_BYTES - SUFFIX.length();
    if (utf8Length(base) > room) {
      String hash =
          com.google.common.hash.Hashing.sha256()
              .hashString(eventName, StandardCharsets.UTF_8)
              .toString()
              .substring(0, 8);
      base = cut(base, room - hash.length() - 1) + "-" + hash;
    }
    return base + SUFFIX;
  }

  /**
   * A distinct file name for each planned event, keyed in plan order: {@link #fileName}, and where
   * that equals, ignoring case (file systems that ignore case would make them one file), the file
   * name of an event whose name sorts before it, {@code -2}, {@code -3}, ... before {@code
   * .schema.json}: {@code "A:B"}, {@code "a/b"} and {@code "a_b"} give {@code A_B.schema.json},
   * {@code a_b-2.schema.json} and {@code a_b-3.schema.json}, whatever their order in the plan (a
   * manifest keeps events sorted by name).
   */
  public static ImmutableMap<String, String> fileNames(TrackingPlan plan) {
    requireNonNull(plan, "plan");
    // Suffixes go by name order, not plan order: a manifest keeps events sorted by name, and a
    // plan must give the same files before and after going through one.
    Map<String, String> byEvent = new java.util.HashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (String event :
        com.google.common.collect.ImmutableSortedSet.copyOf(plan.events().keySet())) {
      String name = fileName(event);
      String base = name.substring(0, name.length() - SUFFIX.length());
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n + SUFFIX;
      }
      byEvent.put(event, name);
    }
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    plan.events().keySet().forEach(event -> out.put(event, byEvent.get(event)));
    return out.buildOrThrow();
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest start of {@code s}, whole code points, of at most {@code bytes} UTF-8 bytes. */
  private static String cut(String s, int bytes) {
    int end = 0;
    int used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return s.substring(0, end);
  }
}
