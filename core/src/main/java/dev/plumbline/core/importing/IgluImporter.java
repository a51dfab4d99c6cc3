package dev.plumbline.core.importing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.importing.internal.IgluSchemas;
import dev.plumbline.core.importing.internal.SchemaImport;
import java.util.Optional;

/**
 * Imports self-describing Iglu schemas (Snowplow) as event specs. The {@code self} block names the
 * spec and versions it; the rest is imported as JSON Schema by {@link JsonSchemaImporter}'s rules.
 *
 * <pre>{@code
 * // {"$schema":"http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
 * //  "self":{"vendor":"com.acme","name":"checkout_started","format":"jsonschema","version":"1-0-2"},
 * //  "type":"object","properties":{"cart_id":{"type":"string"}},"required":["cart_id"],
 * //  "additionalProperties":false}
 * ImportedEvent e = IgluImporter.importEvent(schema, EventType.TRACK);
 * e.spec().name();   // "com.acme/checkout_started"
 * e.version();       // Optional[1.0.2]
 * }</pre>
 */
public final class IgluImporter {
  private IgluImporter() {}

  /**
   * Imports a self-describing Iglu schema: {@code self.vendor/name/version} gives the spec name
   * {@code "vendor/name"} and the version {@code M.R.A}; {@code self} and {@code $schema} are
   * stripped and the rest imported.
   *
   * @throws SchemaImportException if {@code $schema} is not the Iglu self-describing meta-schema,
   *     {@code self} is missing or incomplete (vendor, name, format {@code jsonschema}, version
   *     {@code M-R-A}), or the schema itself cannot be imported
   */
  public static ImportedEvent importEvent(JsonNode selfDescribingSchema, EventType type) {
    requireNonNull(selfDescribingSchema, "selfDescribingSchema");
    requireNonNull(type, "type");
    IgluSchemas.Envelope envelope = IgluSchemas.read(selfDescribingSchema);
    SchemaImport.Result r = SchemaImport.importPayload(envelope.schema(), "Iglu schema");
    return JsonSchemaImporter.event(r, type, envelope.name(), Optional.of(envelope.version()));
  }
}
