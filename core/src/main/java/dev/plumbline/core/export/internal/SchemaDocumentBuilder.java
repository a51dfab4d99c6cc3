package dev.plumbline.core.export.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.AdditionalProperties;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.BooleanType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.EnumType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles one draft-07 schema document: translates types to schemas and collects the {@code
 * definitions} they need (the custom types used, transitively, and embedded {@link JsonSchemaType}
 * documents under generated names). One instance per document; not thread-safe.
 */
public final class SchemaDocumentBuilder {
  /** The {@code $schema} of every exported document. */
  public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private static final String EMBEDDED_PREFIX = "__schema_";
  private static final String URI_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*,;=:@";

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<String, CustomType> customTypes;
  private final Map<String, ObjectNode> customDefinitions = new LinkedHashMap<>();
  private final Map<String, String> embeddedNames = new LinkedHashMap<>();
  private final Map<String, JsonNode> embeddedDefinitions = new LinkedHashMap<>();
  private int embeddedCounter;

  public SchemaDocumentBuilder(Map<String, CustomType> customTypes) {
    this.customTypes = requireNonNull(customTypes, "customTypes");
  }

  /** The envelope schema of one event of the plan. */
  public ObjectNode eventDocument(TrackingPlan plan, EventSpec spec) {
    ObjectNode doc = nodes.objectNode();
    doc.put("$schema", DRAFT_07);
    doc.put(
        "$id",
        "plumbline:"
            + uriSegment(plan.name())
            + "/"
            + uriSegment(spec.name())
            + "/"
            + uriSegment(plan.version()));
    doc.put("title", spec.name());
    spec.description().ifPresent(d -> doc.put("description", d));
    doc.put("type", "object");
    ObjectNode properties = doc.putObject("properties");
    ArrayNode required = nodes.arrayNode();
    EventType type = spec.type();
    properties.putObject("type").put("const", type.wireName());
    required.add("type");
    if (hasNameField(type)) {
      properties.putObject(type.nameField()).put("const", spec.name());
      required.add(type.nameField());
    }
    properties.set(type.payloadField(), objectSchema(spec.payload()));
    if (emptyPayloadIsInvalid(spec.payload())) {
      required.add(type.payloadField());
    }
    doc.set("required", required);
    addDefinitions(doc);
    return doc;
  }

  /** The schema of a bare value of the type. */
  public ObjectNode typeDocument(DataType type) {
    ObjectNode root = schemaOf(type);
    ObjectNode doc = nodes.objectNode();
    doc.put("$schema", DRAFT_07);
    if (root.has("$ref")) {
      // In draft-07 the siblings of a $ref are ignored, so a root $ref is wrapped.
      doc.putArray("allOf").add(root);
    } else {
      doc.setAll(root);
    }
    addDefinitions(doc);
    return doc;
  }

  /** Track, page and screen events are keyed by a name field; the other types are not. */
  private static boolean hasNameField(EventType type) {
    return type == EventType.TRACK || type == EventType.PAGE || type == EventType.SCREEN;
  }

  /**
   * Whether an absent payload (read as an empty object) breaks the spec: a required base property,
   * or a required default-variant property (the default applies when the discriminator is absent).
   */
  private static boolean emptyPayloadIsInvalid(ObjectType payload) {
    boolean baseRequired = payload.properties().values().stream().anyMatch(Property::required);
    boolean defaultRequired =
        payload
            .variants()
            .map(v -> v.defaultProperties().values().stream().anyMatch(Property::required))
            .orElse(false);
    return baseRequired || defaultRequired;
  }

  private void addDefinitions(ObjectNode doc) {
    if (customDefinitions.isEmpty() && embeddedDefinitions.isEmpty()) {
      return;
    }
    ObjectNode definitions = doc.putObject("definitions");
    for (String name : customTypes.keySet()) {
      ObjectNode d = customDefinitions.get(name);
      if (d != null) {
        definitions.set(name, d);
      }
    }
    embeddedDefinitions.forEach(definitions::set);
  }

  /** A fresh schema for the type. */
  ObjectNode schemaOf(DataType type) {
    if (type instanceof StringType s) {
      return stringSchema(s);
    } else if (type instanceof IntegerType i) {
      return numericSchema("integer", i.bounds());
    } else if (type instanceof NumberType n) {
      return numericSchema("number", n.bounds());
    } else if (type instanceof BooleanType) {
      return nodes.objectNode().put("type", "boolean");
    } else if (type instanceof EnumType e) {
      ObjectNode s = nodes.objectNode().put("type", "string");
      ArrayNode values = s.putArray("enum");
      e.values().forEach(values::add);
      return s;
    } else if (type instanceof ArrayType a) {
      return arraySchema(a);
    } else if (type instanceof ObjectType o) {
      return objectSchema(o);
    } else if (type instanceof NullableType n) {
      ObjectNode s = nodes.objectNode();
      ArrayNode anyOf = s.putArray("anyOf");
      anyOf.addObject().put("type", "null");
      anyOf.add(schemaOf(n.inner()));
      return s;
    } else if (type instanceof UnionType u) {
      ObjectNode s = nodes.objectNode();
      ArrayNode options = s.putArray(u.mode() == UnionType.Mode.ANY_OF ? "anyOf" : "oneOf");
      u.options().forEach(o -> options.add(schemaOf(o)));
      return s;
    } else if (type instanceof TypeRef r) {
      useCustomType(r.name());
      return nodes.objectNode().put("$ref", definitionRef(r.name()));
    } else if (type instanceof JsonSchemaType j) {
      return nodes.objectNode().put("$ref", definitionRef(embed(j)));
    }
    throw new IllegalStateException("unhandled type " + type);
  }

  private ObjectNode stringSchema(StringType s) {
    ObjectNode out = nodes.objectNode().put("type", "string");
    s.minLength().ifPresent(v -> out.put("minLength", v));
    s.maxLength().ifPresent(v -> out.put("maxLength", v));
    s.pattern().ifPresent(v -> out.put("pattern", v));
    s.format().ifPresent(v -> out.put("format", v.wireName()));
    return out;
  }

  private ObjectNode numericSchema(String typeName, NumericBounds b) {
    ObjectNode out = nodes.objectNode().put("type", typeName);
    b.minimum().ifPresent(v -> out.set("minimum", number(v)));
    b.maximum().ifPresent(v -> out.set("maximum", number(v)));
    b.exclusiveMinimum().ifPresent(v -> out.set("exclusiveMinimum", number(v)));
    b.exclusiveMaximum().ifPresent(v -> out.set("exclusiveMaximum", number(v)));
    b.multipleOf().ifPresent(v -> out.set("multipleOf", number(v)));
    return out;
  }

  /** An exact number; integral values are written without a fraction. */
  private static JsonNode number(BigDecimal v) {
    if (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0) {
      BigInteger integral = v.toBigInteger();
      if (integral.bitLength() < 32) {
        return IntNode.valueOf(integral.intValue());
      } else if (integral.bitLength() < 64) {
        return LongNode.valueOf(integral.longValue());
      }
      return BigIntegerNode.valueOf(integral);
    }
    return DecimalNode.valueOf(v);
  }

  private ObjectNode arraySchema(ArrayType a) {
    ObjectNode out = nodes.objectNode().put("type", "array");
    out.set("items", schemaOf(a.items()));
    a.minItems().ifPresent(v -> out.put("minItems", v));
    a.maxItems().ifPresent(v -> out.put("maxItems", v));
    if (a.unique()) {
      out.put("uniqueItems", true);
    }
    return out;
  }

  /**
   * An object. Without variants: {@code properties}, {@code required} and, when closed, {@code
   * additionalProperties: false}. With variants the base keeps its properties and required names
   * but not {@code additionalProperties}; an {@code if/then/else} chain selects the first case
   * whose match values contain the discriminator (a string) and otherwise the default, and each
   * branch lists the base and branch properties, requires the branch's required ones and, when
   * closed, rejects anything else. Extra {@link ObjectType#constraints()} are a conjunct: {@code
   * allOf: [{"$ref": "#/definitions/__schema_N"}]} next to the typed keywords.
   */
  private ObjectNode objectSchema(ObjectType o) {
    ObjectNode out = typedObjectSchema(o);
    o.constraints()
        .ifPresent(c -> out.putArray("allOf").addObject().put("$ref", definitionRef(embed(c))));
    return out;
  }

  private ObjectNode typedObjectSchema(ObjectType o) {
    ObjectNode out = nodes.objectNode().put("type", "object");
    out.set("properties", propertiesSchema(o.properties()));
    ArrayNode required = requiredNames(o.properties());
    if (!required.isEmpty()) {
      out.set("required", required);
    }
    if (o.variants().isEmpty()) {
      if (o.additionalProperties() == AdditionalProperties.CLOSED) {
        out.put("additionalProperties", false);
      }
      return out;
    }
    Variants v = o.variants().get();
    Optional<ObjectNode> chain = variantBranch(o, v.defaultProperties());
    for (int i = v.cases().size() - 1; i >= 0; i--) {
      VariantCase c = v.cases().get(i);
      ObjectNode step = nodes.objectNode();
      ObjectNode condition = step.putObject("if");
      ArrayNode match =
          condition.putObject("properties").putObject(v.discriminator()).putArray("enum");
      c.match().forEach(match::add);
      condition.putArray("required").add(v.discriminator());
      Optional<ObjectNode> then = variantBranch(o, c.properties());
      then.ifPresent(t -> step.set("then", t));
      chain.ifPresent(e -> step.set("else", e));
      chain = then.isPresent() || chain.isPresent() ? Optional.of(step) : Optional.empty();
    }
    chain.ifPresent(out::setAll);
    return out;
  }

  /** One branch of a variant chain, or empty when it would constrain nothing. */
  private Optional<ObjectNode> variantBranch(ObjectType o, Map<String, Property> extra) {
    boolean closed = o.additionalProperties() == AdditionalProperties.CLOSED;
    if (!closed && extra.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode branch = nodes.objectNode();
    ObjectNode properties = branch.putObject("properties");
    if (closed) {
      // Declared here only so that additionalProperties below accepts them; checked by the base.
      o.properties().keySet().forEach(name -> properties.putObject(name));
    }
    properties.setAll(propertiesSchema(extra));
    ArrayNode required = requiredNames(extra);
    if (!required.isEmpty()) {
      branch.set("required", required);
    }
    if (closed) {
      branch.put("additionalProperties", false);
    }
    return Optional.of(branch);
  }

  private ObjectNode propertiesSchema(Map<String, Property> properties) {
    ObjectNode out = nodes.objectNode();
    properties.forEach((name, p) -> out.set(name, propertySchema(p)));
    return out;
  }

  private ObjectNode propertySchema(Property p) {
    ObjectNode s = schemaOf(p.type());
    p.description().ifPresent(d -> s.put("description", d));
    p.pii().ifPresent(c -> s.put("x-pii", c.wireName()));
    return s;
  }

  private ArrayNode requiredNames(Map<String, Property> properties) {
    ArrayNode out = nodes.arrayNode();
    properties.forEach(
        (name, p) -> {
          if (p.required()) {
            out.add(name);
          }
        });
    return out;
  }

  private void useCustomType(String name) {
    if (customDefinitions.containsKey(name)) {
      return;
    }
    CustomType custom = customTypes.get(name);
    if (custom == null) {
      throw new IllegalArgumentException(
          "custom type '" + name + "' is not declared; declared: " + customTypes.keySet());
    }
    // Reserve the name first so that a (rejected by the plan, but possible here) cycle ends.
    ObjectNode definition = nodes.objectNode();
    customDefinitions.put(name, definition);
    definition.setAll(schemaOf(custom.type()));
    custom.description().ifPresent(d -> definition.put("description", d));
  }

  /** Puts an embedded schema into the definitions (once per distinct schema) and names it. */
  private String embed(JsonSchemaType type) {
    String existing = embeddedNames.get(type.canonicalJson());
    if (existing != null) {
      return existing;
    }
    String name;
    do {
      name = EMBEDDED_PREFIX + ++embeddedCounter;
    } while (customTypes.containsKey(name));
    embeddedNames.put(type.canonicalJson(), name);
    // Refs become pointers from the schema's root and its $ids go: see EmbeddedSchemaRefs.
    JsonNode schema = EmbeddedSchemaRefs.selfContained(type.schema());
    if (schema.isObject()) {
      ObjectNode root = (ObjectNode) schema;
      root.remove("$schema");
      rewriteRefs(root, definitionRef(name));
    }
    embeddedDefinitions.put(name, schema);
    return name;
  }

  /**
   * Rewrites the refs of an embedded schema that point into the schema itself ({@code #} or {@code
   * #/...}) so that they point into its new place. Values of {@code enum}, {@code const}, {@code
   * default} and {@code examples} are data and are left alone.
   */
  private static void rewriteRefs(JsonNode node, String newRoot) {
    if (node.isArray()) {
      node.forEach(item -> rewriteRefs(item, newRoot));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) node;
    Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
    Map<String, String> rewritten = new LinkedHashMap<>();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      JsonNode value = f.getValue();
      switch (key) {
        case "$ref" -> {
          if (value.isTextual()) {
            internalFragment(value.asText())
                .ifPresent(fragment -> rewritten.put(key, newRoot + fragment));
          }
        }
        case "enum", "const", "default", "examples" -> {}
        case "properties", "patternProperties", "definitions", "dependencies" -> {
          if (value.isObject()) {
            value.forEach(schema -> rewriteRefs(schema, newRoot));
          }
        }
        default -> rewriteRefs(value, newRoot);
      }
    }
    rewritten.forEach(o::put);
  }

  /** The JSON-pointer part (after {@code #}) of a ref into the document itself, if it is one. */
  private static Optional<String> internalFragment(String ref) {
    if (!ref.startsWith("#")) {
      return Optional.empty();
    }
    String fragment = ref.substring(1);
    // "#foo" names an anchor, not a pointer; leave it alone.
    return fragment.isEmpty() || fragment.startsWith("/")
        ? Optional.of(fragment)
        : Optional.empty();
  }

  /** {@code #/definitions/<name>}, the name escaped as a JSON pointer and URI fragment. */
  private static String definitionRef(String name) {
    return "#/definitions/" + uriSegment(name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * Percent-encodes everything outside a conservative safe set ({@code +} included, which some
   * validators decode as a space; {@code /}, {@code ?} and {@code #} included).
   */
  static String uriSegment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && URI_SAFE.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
