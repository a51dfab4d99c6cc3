package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plumbline.core.Numbers;
import dev.plumbline.core.internal.JsonDepth;
import dev.plumbline.core.internal.JsonNumbers;
import java.util.Optional;

/**
 * A type given as a JSON Schema draft-07 document, for what the typed DSL does not express
 * (imported {@code patternProperties}, {@code if/then/else}, {@code not}, tuples, ...). Prefer the
 * typed factories in {@link Types}; this exists so that an import never drops a keyword.
 *
 * <p>The schema is held as canonical JSON (sorted keys), so equal schemas are equal values. {@code
 * $ref}s inside it resolve against the schema itself as the document root.
 *
 * <pre>{@code
 * JsonSchemaType.of("{\"type\":\"string\",\"not\":{\"const\":\"\"}}")
 * }</pre>
 *
 * @param canonicalJson the schema, canonical JSON text
 */
public record JsonSchemaType(String canonicalJson) implements DataType {
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
              true)
          .nodeFactory(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
          .build();

  public JsonSchemaType {
    requireNonNull(canonicalJson, "canonicalJson");
    canonicalJson = canonicalize(parse(canonicalJson));
  }

  /**
   * A type from a schema document.
   *
   * @throws IllegalArgumentException if the text is not JSON, or not an object or boolean
   */
  public static JsonSchemaType of(String schemaJson) {
    requireNonNull(schemaJson, "schemaJson");
    return new JsonSchemaType(schemaJson);
  }

  /** A type from a schema tree; the tree is copied. */
  public static JsonSchemaType of(JsonNode schema) {
    requireNonNull(schema, "schema");
    return new JsonSchemaType(canonicalize(schema));
  }

  /** A fresh copy of the schema tree. */
  public JsonNode schema() {
    return parse(canonicalJson);
  }

  @Override
  public String kind() {
    return "jsonSchema";
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode node = CANONICAL.readTree(json);
      if (node == null || !(node.isObject() || node.isBoolean())) {
        throw new IllegalArgumentException(
            "a JSON Schema must be an object or a boolean, got: " + shortened(json));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException(
          JsonDepth.NOT_KEEPABLE
              + (e.getMessage().startsWith("Document nesting depth")
                  ? JsonDepth.TOO_DEEP
                  : e.getOriginalMessage().replaceFirst(", from `[^`]*`", ""))
              + ", in: "
              + shortened(json),
          e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not valid JSON: " + e.getOriginalMessage() + " in: " + shortened(json), e);
    }
  }

  /** The start of a schema's text, for messages. */
  private static String shortened(String json) {
    return json.length() <= 100 ? json : json.substring(0, 100) + "…";
  }

  private static String canonicalize(JsonNode node) {
    JsonDepth.requireKeepableSchema(node);
    try {
      return CANONICAL.writeValueAsString(sorted(node, ""));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot canonicalize schema: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A copy with sorted keys.
   *
   * @throws IllegalArgumentException for a number that is not finite or longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out (manifests write numbers out in full),
   *     naming its pointer
   */
  private static JsonNode sorted(JsonNode node, String pointer) {
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode out = CANONICAL.createObjectNode();
      java.util.List<String> names = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      java.util.Collections.sort(names);
      for (String n : names) {
        String at = pointer + "/" + n.replace("~", "~0").replace("/", "~1");
        int lone = dev.plumbline.core.internal.PlanChecks.loneSurrogate(n);
        if (lone >= 0) {
          throw new IllegalArgumentException(
              "a key of the object at "
                  + (pointer.isEmpty() ? "the root" : pointer)
                  + " "
                  + dev.plumbline.core.internal.PlanChecks.loneSurrogateAt(n, lone));
        }
        out.set(n, sorted(node.get(n), at));
      }
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = CANONICAL.createArrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(sorted(node.get(i), pointer + "/" + i));
      }
      return out;
    }
    Optional<String> unwritable = JsonNumbers.whyUnwritable(node);
    if (unwritable.isPresent()) {
      throw new IllegalArgumentException(
          "a JSON Schema cannot hold the number at "
              + (pointer.isEmpty() ? "its root" : pointer)
              + ": "
              + unwritable.get());
    }
    return node;
  }
}
