package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.validation.JsonArbitraries;
import dev.plumbline.validation.TypeValidator;
import dev.plumbline.validation.ValidationResult;
import dev.plumbline.validation.internal.jsonschema.JsonSchemaCompiler;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Arbitrary draft-07 schemas (valid and malformed keyword values, local, dangling and remote
 * references, recursion) over arbitrary values: compiling throws nothing but the documented
 * IllegalArgumentException for a {@code $ref} that leaves the document, validating never throws,
 * and the fast and collecting modes agree.
 */
class JsonSchemaProperties {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> NAMES = List.of("a", "b", "price", "x_1", "a/b", "~");

  @Provide
  Arbitrary<JsonNode> schemas() {
    return Combinators.combine(schema(3), schema(2).list().ofMaxSize(2))
        .as(
            (root, defs) -> {
              if (!root.isObject()) {
                return root;
              }
              ObjectNode definitions = F.objectNode();
              for (int i = 0; i < defs.size(); i++) {
                definitions.set("d" + i, defs.get(i));
              }
              ((ObjectNode) root).set("definitions", definitions);
              return root;
            });
  }

  private static Arbitrary<JsonNode> schema(int depth) {
    Arbitrary<JsonNode> bool = Arbitraries.of(true, false).map(F::booleanNode);
    if (depth == 0) {
      return Arbitraries.oneOf(bool, keyword(Arbitraries.just(F.booleanNode(true))));
    }
    Arbitrary<JsonNode> sub = Arbitraries.lazy(() -> schema(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(1, bool),
        Tuple.of(
            4,
            keyword(sub)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(
                    parts -> {
                      ObjectNode o = F.objectNode();
                      parts.forEach(p -> o.setAll((ObjectNode) p));
                      return (JsonNode) o;
                    })));
  }

  /** One keyword with a value, most often well-formed. */
  private static Arbitrary<JsonNode> keyword(Arbitrary<JsonNode> sub) {
    Arbitrary<JsonNode> number =
        Arbitraries.of(-1, 0, 1, 2, 3, 10).map(i -> (JsonNode) F.numberNode(i));
    Arbitrary<JsonNode> decimal =
        Arbitraries.of("0", "0.5", "-2", "1e400", "0.01", "3")
            .map(s -> (JsonNode) F.numberNode(new java.math.BigDecimal(s)));
    Arbitrary<JsonNode> names =
        Arbitraries.of(NAMES)
            .list()
            .ofMaxSize(3)
            .map(
                l -> {
                  ArrayNode a = F.arrayNode();
                  l.forEach(a::add);
                  return (JsonNode) a;
                });
    Arbitrary<JsonNode> subs =
        sub.list()
            .ofMinSize(0)
            .ofMaxSize(3)
            .map(
                l -> {
                  ArrayNode a = F.arrayNode();
                  l.forEach(a::add);
                  return (JsonNode) a;
                });
    Arbitrary<JsonNode> subMap =
        Combinators.combine(Arbitraries.of(NAMES).list().ofMaxSize(3), sub.list().ofSize(3))
            .as(
                (keys, values) -> {
                  ObjectNode o = F.objectNode();
                  for (int i = 0; i < keys.size(); i++) {
                    o.set(keys.get(i), values.get(i));
                  }
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> patternMap =
        Combinators.combine(
                Arbitraries.of("^x_", "a+", "[", "^.{2}$").list().ofMaxSize(2),
                sub.list().ofSize(2))
            .as(
                (keys, values) -> {
                  ObjectNode o = F.objectNode();
                  for (int i = 0; i < keys.size(); i++) {
                    o.set(keys.get(i), values.get(i));
                  }
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> types =
        Arbitraries.of("string", "integer", "number", "object", "array", "boolean", "null", "bogus")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                l -> {
                  if (l.size() == 1) {
                    return (JsonNode) F.textNode(l.get(0));
                  }
                  ArrayNode a = F.arrayNode();
                  l.forEach(a::add);
                  return (JsonNode) a;
                });
    Arbitrary<JsonNode> refs =
        Arbitraries.of(
                "#",
                "#/definitions/d0",
                "#/definitions/d1",
                "#/properties/a",
                "#/definitions/missing",
                "#anchor",
                "http://localhost:1234/integer.json")
            .map(F::textNode);
    Arbitrary<JsonNode> anyValue = JsonArbitraries.values(2);
    return Arbitraries.oneOf(
        one("type", types),
        one("enum", anyValue.list().ofMaxSize(3).map(JsonSchemaProperties::array)),
        one("const", anyValue),
        one("minLength", number),
        one("maxLength", number),
        one("pattern", Arbitraries.of("^a", "b$", "(", "\\d+").map(F::textNode)),
        one("format", Arbitraries.of("email", "uri", "date", "hostname", "color").map(F::textNode)),
        one("minimum", decimal),
        one("exclusiveMaximum", decimal),
        one("multipleOf", decimal),
        one("properties", subMap),
        one("patternProperties", patternMap),
        one("additionalProperties", sub),
        one("required", names),
        one("propertyNames", sub),
        one("minProperties", number),
        one("maxProperties", number),
        one("dependencies", Arbitraries.oneOf(subMap, Arbitraries.just(dependencyArrays()))),
        one("items", Arbitraries.oneOf(sub, subs)),
        one("additionalItems", sub),
        one("contains", sub),
        one("minItems", number),
        one("maxItems", number),
        one("uniqueItems", Arbitraries.of(true, false).map(F::booleanNode)),
        one("allOf", subs),
        one("anyOf", subs),
        one("oneOf", subs),
        one("not", sub),
        one("if", sub),
        one("then", sub),
        one("else", sub),
        one("$ref", refs),
        one("$id", Arbitraries.of("#anchor", "http://example.com/s.json").map(F::textNode)));
  }

  private static JsonNode dependencyArrays() {
    ObjectNode o = F.objectNode();
    o.set("a", F.arrayNode().add("b"));
    return o;
  }

  private static JsonNode array(List<JsonNode> items) {
    ArrayNode a = F.arrayNode();
    items.forEach(a::add);
    return a;
  }

  private static Arbitrary<JsonNode> one(String keyword, Arbitrary<JsonNode> value) {
    return value.map(
        v -> {
          ObjectNode o = F.objectNode();
          o.set(keyword, v);
          return (JsonNode) o;
        });
  }

  @Provide
  Arbitrary<JsonNode> values() {
    return JsonArbitraries.values(4);
  }

  @Property(tries = 1000)
  void compilingAndValidatingNeverThrowsAndBothModesAgree(
      @ForAll("schemas") JsonNode schema, @ForAll("values") JsonNode value) {
    JsonSchemaType type;
    try {
      type = JsonSchemaType.of(schema);
    } catch (IllegalArgumentException e) {
      // A non-finite double in the schema (built in code): refused up front, naming it.
      net.jqwik.api.statistics.Statistics.collect("refused");
      assertThat(e.getMessage()).contains("beyond the range of a double");
      return;
    }
    Checker checker;
    try {
      checker = JsonSchemaCompiler.compile(type);
    } catch (IllegalArgumentException e) {
      net.jqwik.api.statistics.Statistics.collect("rejected");
      assertThat(e.getMessage())
          .containsPattern(
              "\\$ref '[^']*' at (/[^ ]*)?/\\$ref|\\$ref cycle at (the root|/[^ ]*): '#");
      return;
    }
    Checker compiled = checker;
    boolean[] fast = new boolean[1];
    DeepWalks.withRoom(
        () -> {
          fast[0] = compiled.check(value, 0, null);
          Collector out = new Collector("", "");
          boolean collected = compiled.check(value, 0, out);
          assertThat(collected).isEqualTo(fast[0]);
          assertThat(out.violations().isEmpty()).as(out.violations().toString()).isEqualTo(fast[0]);
          assertThat(out.level()).isZero();
        });
    net.jqwik.api.statistics.Statistics.collect(fast[0] ? "valid" : "invalid");

    ValidationResult r = TypeValidator.compile(type, Map.of()).validate(value);
    assertThat(r.valid()).isEqualTo(fast[0]);
    r.violations().forEach(v -> assertThat(v.instancePointer()).matches("(/[^/]*)*"));
  }
}
