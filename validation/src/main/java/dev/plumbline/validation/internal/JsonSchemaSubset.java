package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles the supported subset of a draft-07 schema: boolean schemas; {@code type} (one name or a
 * list); {@code enum}, {@code const}; string, number, array and object keywords ({@code minLength
 * maxLength pattern format minimum maximum exclusiveMinimum exclusiveMaximum multipleOf items
 * minItems maxItems uniqueItems properties required additionalProperties}, the last one boolean);
 * {@code anyOf}, {@code oneOf}. Annotations are ignored; unknown formats are ignored, as draft-07
 * allows. Any other keyword ({@code $ref}, {@code not}, {@code if}, {@code patternProperties},
 * tuple {@code items}, ...) compiles to a checker that reports {@code UNSUPPORTED_SCHEMA}, so
 * nothing passes unchecked by accident.
 */
final class JsonSchemaSubset {
  private static final ImmutableSet<String> ANNOTATIONS =
      ImmutableSet.of(
          "title",
          "description",
          "$schema",
          "$id",
          "$comment",
          "default",
          "examples",
          "readOnly",
          "writeOnly",
          "definitions");
  private static final ImmutableSet<String> SUPPORTED =
      ImmutableSet.of(
          "type",
          "enum",
          "const",
          "minLength",
          "maxLength",
          "pattern",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "items",
          "minItems",
          "maxItems",
          "uniqueItems",
          "properties",
          "required",
          "additionalProperties",
          "anyOf",
          "oneOf");
  private static final ImmutableSet<String> TYPE_NAMES =
      ImmutableSet.of("string", "integer", "number", "boolean", "null", "object", "array");

  private static final JsonSchemaType ANY_SCHEMA = JsonSchemaType.of("true");

  private final CheckerCompiler compiler;

  JsonSchemaSubset(CheckerCompiler compiler) {
    this.compiler = compiler;
  }

  Checker compile(JsonNode schema) {
    try {
      return compileOrThrow(schema);
    } catch (Unsupported | RuntimeException e) {
      return new UnsupportedChecker(e.getMessage());
    }
  }

  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private Checker compileOrThrow(JsonNode s) throws Unsupported {
    if (s.isBoolean()) {
      return new ScalarChecker(
          s.booleanValue() ? ScalarChecker.Kind.ANY : ScalarChecker.Kind.NOTHING, false);
    }
    if (!s.isObject()) {
      throw new Unsupported("a schema must be an object or a boolean");
    }
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!ANNOTATIONS.contains(k) && !SUPPORTED.contains(k)) {
        throw new Unsupported("keyword '" + k + "' is not supported yet");
      }
    }
    List<Checker> parts = new ArrayList<>();
    JsonNode type = s.get("type");
    if (type != null) {
      List<String> names = new ArrayList<>();
      if (type.isTextual()) {
        names.add(type.textValue());
      } else if (type.isArray() && type.size() > 0) {
        for (JsonNode t : type) {
          if (!t.isTextual()) {
            throw new Unsupported("'type' must hold type names");
          }
          names.add(t.textValue());
        }
      } else {
        throw new Unsupported("'type' must be a name or a list of names");
      }
      Set<String> seen = new HashSet<>();
      ImmutableList.Builder<Checker> options = ImmutableList.builder();
      boolean withNull = false;
      for (String name : names) {
        if (!TYPE_NAMES.contains(name)) {
          throw new Unsupported("unknown type '" + name + "'");
        }
        if (!seen.add(name)) {
          continue;
        }
        if (name.equals("null")) {
          withNull = true;
        } else {
          options.add(forType(name, s));
        }
      }
      ImmutableList<Checker> built = options.build();
      Checker typed;
      if (built.isEmpty()) {
        typed = new ScalarChecker(ScalarChecker.Kind.NULL, false);
      } else {
        typed = built.size() == 1 ? built.get(0) : new UnionChecker(false, built);
        if (withNull) {
          typed = new NullableChecker(typed);
        }
      }
      parts.add(typed);
    } else {
      for (String k : SUPPORTED) {
        if (s.has(k) && !ImmutableSet.of("enum", "const", "anyOf", "oneOf").contains(k)) {
          throw new Unsupported("keyword '" + k + "' without 'type' is not supported yet");
        }
      }
    }
    if (s.has("enum")) {
      JsonNode e = s.get("enum");
      if (!e.isArray() || e.size() == 0) {
        throw new Unsupported("'enum' must be a non-empty array");
      }
      parts.add(new ConstChecker(ImmutableList.copyOf(e), false));
    }
    if (s.has("const")) {
      parts.add(new ConstChecker(ImmutableList.of(s.get("const")), true));
    }
    for (String union : List.of("anyOf", "oneOf")) {
      if (s.has(union)) {
        JsonNode opts = s.get(union);
        if (!opts.isArray() || opts.size() == 0) {
          throw new Unsupported("'" + union + "' must be a non-empty array");
        }
        ImmutableList.Builder<Checker> options = ImmutableList.builder();
        for (JsonNode o : opts) {
          options.add(compileOrThrow(o));
        }
        parts.add(new UnionChecker(union.equals("oneOf"), options.build()));
      }
    }
    if (parts.isEmpty()) {
      return new ScalarChecker(ScalarChecker.Kind.ANY, false);
    }
    return parts.size() == 1 ? parts.get(0) : new AllChecker(ImmutableList.copyOf(parts));
  }

  private Checker forType(String name, JsonNode s) throws Unsupported {
    DataType type;
    switch (name) {
      case "string":
        StringType str = Types.string();
        if (s.has("minLength")) {
          str = str.minLength(count(s, "minLength"));
        }
        if (s.has("maxLength")) {
          str = str.maxLength(count(s, "maxLength"));
        }
        if (s.has("pattern")) {
          str = str.pattern(text(s, "pattern"));
        }
        if (s.has("format")) {
          String f = text(s, "format");
          for (StringFormat known : StringFormat.values()) {
            if (known.wireName().equals(f)) {
              str = str.format(known);
            }
          }
        }
        type = str;
        break;
      case "integer":
        type = new IntegerType(bounds(s));
        break;
      case "number":
        type = new NumberType(bounds(s));
        break;
      case "boolean":
        type = Types.bool();
        break;
      case "array":
        JsonNode items = s.get("items");
        if (items != null && !(items.isObject() || items.isBoolean())) {
          throw new Unsupported("tuple 'items' is not supported yet");
        }
        ArrayType array = Types.array(items == null ? ANY_SCHEMA : JsonSchemaType.of(items));
        if (s.has("minItems")) {
          array = array.minItems(count(s, "minItems"));
        }
        if (s.has("maxItems")) {
          array = array.maxItems(count(s, "maxItems"));
        }
        if (s.has("uniqueItems") && s.get("uniqueItems").asBoolean(false)) {
          array = array.uniqueItems();
        }
        type = array;
        break;
      case "object":
        type = object(s);
        break;
      default:
        throw new Unsupported("unknown type '" + name + "'");
    }
    return compiler.compile(type);
  }

  private static ObjectType object(JsonNode s) throws Unsupported {
    Set<String> required = new HashSet<>();
    JsonNode req = s.get("required");
    if (req != null) {
      if (!req.isArray()) {
        throw new Unsupported("'required' must be an array");
      }
      for (JsonNode r : req) {
        required.add(r.asText());
      }
    }
    ObjectType o = Types.object();
    JsonNode props = s.get("properties");
    if (props != null) {
      if (!props.isObject()) {
        throw new Unsupported("'properties' must be an object");
      }
      for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
        String p = it.next();
        DataType t = JsonSchemaType.of(props.get(p));
        o = o.property(p, required.contains(p) ? Property.required(t) : Property.optional(t));
      }
    }
    for (String r : required) {
      if (!o.properties().containsKey(r)) {
        o = o.property(r, Property.required(ANY_SCHEMA));
      }
    }
    JsonNode additional = s.get("additionalProperties");
    if (additional == null || (additional.isBoolean() && additional.booleanValue())) {
      return o.open();
    }
    if (additional.isBoolean()) {
      return o.closed();
    }
    throw new Unsupported("a schema for 'additionalProperties' is not supported yet");
  }

  private static NumericBounds bounds(JsonNode s) throws Unsupported {
    return new NumericBounds(
        decimal(s, "minimum"),
        decimal(s, "maximum"),
        decimal(s, "exclusiveMinimum"),
        decimal(s, "exclusiveMaximum"),
        decimal(s, "multipleOf"));
  }

  private static Optional<BigDecimal> decimal(JsonNode s, String keyword) throws Unsupported {
    JsonNode v = s.get(keyword);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber() || JsonValues.isInfinite(v) || !JsonValues.isRealNumber(v)) {
      throw new Unsupported("'" + keyword + "' must be a finite number");
    }
    return Optional.of(JsonValues.exact(v));
  }

  private static int count(JsonNode s, String keyword) throws Unsupported {
    JsonNode v = s.get(keyword);
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw new Unsupported("'" + keyword + "' must be a non-negative integer");
    }
    return v.intValue();
  }

  private static String text(JsonNode s, String keyword) throws Unsupported {
    JsonNode v = s.get(keyword);
    if (!v.isTextual()) {
      throw new Unsupported("'" + keyword + "' must be a string");
    }
    return v.textValue();
  }
}
