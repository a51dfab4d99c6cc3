package dev.plumbline.core.importing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.Problem;
import dev.plumbline.core.importing.SchemaImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the envelope of a self-describing Iglu schema ({@code $schema} and {@code self}). */
public final class IgluSchemas {
  /** The meta-schema of self-describing JSON Schemas. */
  public static final String SELF_DESC =
      "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";

  private static final Set<String> ACCEPTED = Set.of(SELF_DESC, SELF_DESC.replace("#", ""));
  private static final Pattern SCHEMAVER =
      Pattern.compile("^(0|[1-9][0-9]*)-(0|[1-9][0-9]*)-(0|[1-9][0-9]*)$");

  /** As the Iglu meta-schema has them: a vendor may hold dots, a name may not. */
  private static final Pattern VENDOR = Pattern.compile("^[a-zA-Z0-9-_.]+$");

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9-_]+$");

  private static final Set<String> SELF_KEYS = Set.of("vendor", "name", "format", "version");

  /**
   * What the envelope says and the schema without it.
   *
   * @param name {@code vendor/name}
   * @param version {@code MODEL.REVISION.ADDITION}
   * @param schema the document without {@code self} and {@code $schema}
   */
  public record Envelope(String name, String version, ObjectNode schema) {}

  private IgluSchemas() {}

  /**
   * Reads and strips the envelope.
   *
   * @throws SchemaImportException naming every problem of the envelope, and then those of the
   *     body's references and numbers too
   */
  public static Envelope read(JsonNode document) {
    String what = "Iglu schema";
    if (document == null || !document.isObject()) {
      throw new SchemaImportException(
          what, List.of(new Problem("", "a self-describing Iglu schema must be a JSON object")));
    }
    List<Problem> problems = new ArrayList<>();
    JsonNode schema = document.get("$schema");
    if (schema == null || !schema.isTextual() || !ACCEPTED.contains(schema.asText())) {
      problems.add(
          new Problem(
              "/$schema",
              "$schema must be the Iglu self-describing meta-schema '"
                  + SELF_DESC
                  + "', got "
                  + (schema == null ? "nothing" : schema.toString())));
    }
    JsonNode self = document.get("self");
    String vendor = null;
    String name = null;
    String version = null;
    if (self == null || !self.isObject()) {
      problems.add(
          new Problem("/self", "'self' must be an object with vendor, name, format and version"));
    } else {
      vendor = part(self, "vendor", VENDOR, "letters, digits, '-', '_' and '.'", problems);
      name = part(self, "name", NAME, "letters, digits, '-' and '_'", problems);
      self.fieldNames()
          .forEachRemaining(
              k -> {
                if (!SELF_KEYS.contains(k)) {
                  problems.add(
                      new Problem(
                          JsonPointers.child("/self", k),
                          "'"
                              + k
                              + "' is not allowed in self: the Iglu meta-schema allows vendor,"
                              + " name, format and version only"));
                }
              });
      JsonNode format = self.get("format");
      if (format == null || !format.isTextual() || !format.asText().equals("jsonschema")) {
        problems.add(
            new Problem(
                "/self/format",
                "self.format must be \"jsonschema\", got "
                    + (format == null ? "nothing" : format.toString())));
      }
      JsonNode v = self.get("version");
      Matcher m = v != null && v.isTextual() ? SCHEMAVER.matcher(v.asText()) : null;
      if (m == null || !m.matches()) {
        problems.add(
            new Problem(
                "/self/version",
                "self.version must be a SchemaVer MODEL-REVISION-ADDITION such as \"1-0-0\", got "
                    + (v == null ? "nothing" : v.toString())));
      } else {
        version = m.group(1) + "." + m.group(2) + "." + m.group(3);
      }
    }
    // A shallow copy: the body's members are shared, not copied (a recursive deep copy would
    // overflow the stack on a document too deep to import, before the import can say so).
    ObjectNode rest = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    document
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().equals("$schema") && !e.getKey().equals("self")) {
                rest.set(e.getKey(), e.getValue());
              }
            });
    if (!problems.isEmpty()) {
      // The body's own problems too, so that one run lists all of them.
      problems.addAll(SchemaImport.documentProblems(rest));
      throw new SchemaImportException(what, problems);
    }
    return new Envelope(vendor + "/" + name, version, rest);
  }

  private static String part(
      JsonNode self, String key, Pattern allowed, String what, List<Problem> problems) {
    JsonNode v = self.get(key);
    if (v == null || !v.isTextual() || !allowed.matcher(v.asText()).matches()) {
      problems.add(
          new Problem(
              "/self/" + key,
              "self."
                  + key
                  + " must be a non-empty string of "
                  + what
                  + ", got "
                  + (v == null ? "nothing" : v.toString())));
      return null;
    }
    return v.asText();
  }
}
