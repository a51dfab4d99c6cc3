package dev.plumbline.validation.export;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/** Every exported type schema, of any generated type, loads in everit and is deterministic. */
class TypeSchemaLoadProperties {

  /** Custom types the generated types may refer to, including an embedded schema with refs. */
  static final Map<String, CustomType> CUSTOM_TYPES = customTypes();

  private static Map<String, CustomType> customTypes() {
    Map<String, CustomType> types = new LinkedHashMap<>();
    put(types, "Money", number().min(0).multipleOf(0.01));
    put(
        types,
        "Tree",
        JsonSchemaType.of(
            "{\"type\":\"object\",\"properties\":{\"kids\":{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#\"}}}}"));
    put(types, "Line", object().required("price", ref("Money")).optional("tree", ref("Tree")));
    put(types, "odd name/~+", array(ref("Line")));
    return types;
  }

  private static void put(Map<String, CustomType> types, String name, DataType type) {
    types.put(name, new CustomType(name, type, Optional.of("about " + name)));
  }

  @Property(tries = 300)
  void everitLoadsEveryTypeSchema(@ForAll("types") DataType type) {
    ObjectNode exported = JsonSchemaExporter.typeSchema(type, CUSTOM_TYPES);
    Schema schema = EveritCheck.load(exported);
    // Validating some values must only ever pass or report violations (refs all resolve).
    for (String value : List.of("null", "{}", "[]", "\"a\"", "1", "[{\"kind\":\"k0\"}]")) {
      try {
        schema.validate(new org.json.JSONTokener(value).nextValue());
      } catch (ValidationException expected) {
        assertThat(expected.getViolationCount()).isPositive();
      }
    }
    assertThat(JsonSchemaExporter.typeSchema(type, CUSTOM_TYPES).toString())
        .isEqualTo(exported.toString());
  }

  @Provide
  Arbitrary<DataType> types() {
    return type(3);
  }

  private Arbitrary<DataType> type(int depth) {
    Arbitrary<DataType> leaf =
        Arbitraries.oneOf(
            strings(),
            numbers(),
            integers(),
            Arbitraries.just(bool()),
            Arbitraries.of("a", "b", "c d", "é", "\"q\"")
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(v -> enumOf(v)),
            Arbitraries.of(CUSTOM_TYPES.keySet()).map(n -> ref(n)),
            Arbitraries.of(
                    "true",
                    "false",
                    "{\"not\":{\"type\":\"null\"}}",
                    "{\"definitions\":{\"p\":{\"minimum\":1}},\"anyOf\":[{\"$ref\":\"#/definitions/p\"},"
                        + "{\"type\":\"string\"}]}")
                .map(JsonSchemaType::of));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<DataType> inner = type(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(1, arrays(inner)),
        Tuple.of(2, objects(inner)),
        Tuple.of(1, inner.map(t -> t instanceof NullableType ? t : nullable(t))),
        Tuple.of(1, unions(inner)));
  }

  private Arbitrary<DataType> strings() {
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(0, 20).optional();
    return Combinators.combine(
            length,
            length,
            Arbitraries.of("^[a-z]+$", "x", "[0-9]{2,}").optional(),
            Arbitraries.of(StringFormat.class).optional())
        .as(StringType::new);
  }

  private Arbitrary<Optional<BigDecimal>> bound() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2)
        .optional();
  }

  private Arbitrary<Optional<BigDecimal>> positive() {
    return Arbitraries.of(new BigDecimal("0.01"), new BigDecimal("0.5"), new BigDecimal("3"))
        .optional();
  }

  private Arbitrary<DataType> numbers() {
    return Combinators.combine(bound(), bound(), bound(), bound(), positive())
        .as(NumericBounds::new)
        .map(NumberType::new);
  }

  private Arbitrary<DataType> integers() {
    return Combinators.combine(bound(), bound(), bound(), bound(), positive())
        .as(NumericBounds::new)
        .map(IntegerType::new);
  }

  private Arbitrary<DataType> arrays(Arbitrary<DataType> inner) {
    Arbitrary<Optional<Integer>> size = Arbitraries.integers().between(0, 5).optional();
    return Combinators.combine(inner, size, size, Arbitraries.of(true, false)).as(ArrayType::new);
  }

  private Arbitrary<DataType> unions(Arbitrary<DataType> inner) {
    return Combinators.combine(
            Arbitraries.of(UnionType.Mode.class), inner.list().ofMinSize(2).ofMaxSize(3))
        .as((mode, options) -> new UnionType(mode, ImmutableList.copyOf(options)));
  }

  private Arbitrary<Map<String, dev.plumbline.core.types.Property>> properties(
      Arbitrary<DataType> inner) {
    Arbitrary<dev.plumbline.core.types.Property> property =
        Combinators.combine(
                inner,
                Arbitraries.of(true, false),
                Arbitraries.of(PiiCategory.class).optional(),
                Arbitraries.of("a description", "ü \"quoted\"").optional())
            .as(dev.plumbline.core.types.Property::new);
    return Arbitraries.maps(Arbitraries.of("p", "q", "r s", "$ref", "if", "p/1"), property)
        .ofMaxSize(3);
  }

  private Arbitrary<DataType> objects(Arbitrary<DataType> inner) {
    Arbitrary<ObjectType> plain =
        Combinators.combine(properties(inner), Arbitraries.of(true, false))
            .as(
                (props, open) -> {
                  ObjectType o = object();
                  for (var e : props.entrySet()) {
                    o = o.property(e.getKey(), e.getValue());
                  }
                  return open ? o.open() : o;
                });
    Arbitrary<ObjectType> withVariants =
        Combinators.combine(
                plain, properties(inner).list().ofMinSize(1).ofMaxSize(3), properties(inner))
            .as(
                (o, cases, otherwise) -> {
                  ObjectType base = o.required("kind", string());
                  Variants v = Variants.on("kind");
                  for (int i = 0; i < cases.size(); i++) {
                    v = v.when("Case" + i, List.of("k" + i, "K" + i), cases.get(i));
                  }
                  return base.variants(v.otherwise(otherwise));
                });
    return Arbitraries.oneOf(plain, withVariants).map(o -> (DataType) o);
  }
}
