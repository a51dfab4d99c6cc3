package dev.plumbline.testing.differential;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
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
import net.jqwik.api.Tuple;

/**
 * Arbitrary typed {@link DataType}s for differential testing: every kind except {@code
 * JsonSchemaType}, with formats, patterns, length/item bounds, decimal and exclusive numeric
 * bounds, {@code multipleOf}, closed and open objects, variants, nullable, unions and references to
 * {@link #CUSTOM_TYPES}.
 *
 * <pre>{@code
 * @Property void p(@ForAll("types") DataType t) { ... }
 * @Provide Arbitrary<DataType> types() { return DataTypes.types(3); }
 * }</pre>
 */
public final class DataTypes {
  private DataTypes() {}

  /** The custom types generated references name (one of them with a name that needs escaping). */
  public static final ImmutableMap<String, CustomType> CUSTOM_TYPES = customTypes();

  private static ImmutableMap<String, CustomType> customTypes() {
    Map<String, CustomType> types = new LinkedHashMap<>();
    put(types, "Money", number().min(0).multipleOf(new BigDecimal("0.01")));
    put(types, "Sku", string().pattern("^[A-Z]{2,4}-[0-9]{3,6}$"));
    put(types, "Contact", nullable(string().format(StringFormat.EMAIL)));
    put(types, "odd/name~1", enumOf("a", "b"));
    put(
        types,
        "Product",
        object()
            .required("sku", ref("Sku"))
            .required("price", ref("Money"))
            .optional("tags", array(string().minLength(1)).uniqueItems()));
    return ImmutableMap.copyOf(types);
  }

  private static void put(Map<String, CustomType> types, String name, DataType type) {
    types.put(name, new CustomType(name, type, Optional.empty()));
  }

  /** Types nested at most {@code depth} levels. */
  public static Arbitrary<DataType> types(int depth) {
    Arbitrary<DataType> leaf =
        Arbitraries.frequencyOf(
            Tuple.of(4, strings()),
            Tuple.of(3, numbers()),
            Tuple.of(3, integers()),
            Tuple.of(1, Arbitraries.just(bool())),
            Tuple.of(
                1,
                Arbitraries.of("a", "b", "c d", "é", "1", "")
                    .list()
                    .uniqueElements()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(v -> enumOf(v))),
            Tuple.of(2, Arbitraries.of(CUSTOM_TYPES.keySet()).map(n -> ref(n))));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<DataType> inner = types(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf),
        Tuple.of(2, arrays(inner)),
        Tuple.of(3, objects(inner)),
        Tuple.of(1, inner.map(t -> t instanceof NullableType ? t : nullable(t))),
        Tuple.of(1, unions(inner)));
  }

  private static Arbitrary<DataType> strings() {
    Arbitrary<Optional<Integer>> min = Arbitraries.integers().between(0, 4).optional(0.3);
    Arbitrary<Optional<Integer>> max = Arbitraries.integers().between(1, 8).optional(0.3);
    return Combinators.combine(
            min,
            max,
            Arbitraries.of(
                    "^[a-z]+$",
                    "x",
                    "[0-9]{2,}",
                    "^[A-Z]{2,4}-[0-9]{3,6}$",
                    "^\\+[1-9][0-9]{7,14}$",
                    "colou?r",
                    "^$",
                    "^.{2}$",
                    "^\\d+$",
                    "^\\w+$",
                    "\\s")
                .optional(0.3),
            Arbitraries.of(StringFormat.class).optional(0.4))
        .as(StringType::new);
  }

  private static Arbitrary<Optional<BigDecimal>> bound(boolean integral, double presence) {
    Arbitrary<BigDecimal> values =
        integral
            ? Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("50"))
                .ofScale(0)
            : Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("50"))
                .ofScale(2)
                .map(BigDecimal::stripTrailingZeros);
    Arbitrary<BigDecimal> extreme =
        Arbitraries.of("9007199254740992", "1E+20", "-1E+20", "0.1", "1E-7")
            .map(BigDecimal::new)
            .filter(b -> !integral || b.stripTrailingZeros().scale() <= 0);
    return Arbitraries.frequencyOf(Tuple.of(9, values), Tuple.of(1, extreme)).optional(presence);
  }

  private static Arbitrary<Optional<BigDecimal>> step(boolean integral) {
    List<String> steps =
        integral
            ? List.of("1", "2", "5", "10", "0.5", "2.5")
            : List.of("0.01", "0.1", "0.25", "0.5", "1", "3", "7.5", "0.001");
    return Arbitraries.of(steps).map(BigDecimal::new).optional(0.3);
  }

  private static Arbitrary<NumericBounds> bounds(boolean integral) {
    return Combinators.combine(
            bound(integral, 0.35),
            bound(integral, 0.35),
            bound(integral, 0.2),
            bound(integral, 0.2),
            step(integral))
        .as(DataTypes::ordered);
  }

  /** Lower bounds below upper bounds, mostly: unsatisfiable types are rarely interesting. */
  private static NumericBounds ordered(
      Optional<BigDecimal> min,
      Optional<BigDecimal> max,
      Optional<BigDecimal> exclusiveMin,
      Optional<BigDecimal> exclusiveMax,
      Optional<BigDecimal> multipleOf) {
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      Optional<BigDecimal> t = min;
      min = max;
      max = t;
    }
    if (exclusiveMin.isPresent()
        && exclusiveMax.isPresent()
        && exclusiveMin.get().compareTo(exclusiveMax.get()) > 0) {
      Optional<BigDecimal> t = exclusiveMin;
      exclusiveMin = exclusiveMax;
      exclusiveMax = t;
    }
    return new NumericBounds(min, max, exclusiveMin, exclusiveMax, multipleOf);
  }

  private static Arbitrary<DataType> numbers() {
    return bounds(false).map(NumberType::new);
  }

  private static Arbitrary<DataType> integers() {
    return bounds(true).map(IntegerType::new);
  }

  private static Arbitrary<DataType> arrays(Arbitrary<DataType> inner) {
    Arbitrary<Optional<Integer>> min = Arbitraries.integers().between(0, 3).optional(0.3);
    Arbitrary<Optional<Integer>> max = Arbitraries.integers().between(1, 4).optional(0.3);
    return Combinators.combine(inner, min, max, Arbitraries.of(true, false)).as(ArrayType::new);
  }

  private static Arbitrary<DataType> unions(Arbitrary<DataType> inner) {
    return Combinators.combine(
            Arbitraries.of(UnionType.Mode.class), inner.list().ofMinSize(2).ofMaxSize(3))
        .as((mode, options) -> new UnionType(mode, ImmutableList.copyOf(options)));
  }

  private static Arbitrary<Map<String, Property>> properties(
      Arbitrary<DataType> inner, List<String> names) {
    Arbitrary<Property> property =
        Combinators.combine(inner, Arbitraries.of(true, false))
            .as((t, required) -> required ? Property.required(t) : Property.optional(t));
    return Arbitraries.maps(Arbitraries.of(names), property).ofMaxSize(3);
  }

  private static Arbitrary<DataType> objects(Arbitrary<DataType> inner) {
    Arbitrary<ObjectType> plain =
        Combinators.combine(
                properties(inner, List.of("p", "q", "r s", "$ref", "p/1")),
                Arbitraries.of(true, false))
            .as(
                (props, open) -> {
                  ObjectType o = object();
                  for (Map.Entry<String, Property> e : props.entrySet()) {
                    o = o.property(e.getKey(), e.getValue());
                  }
                  return open ? o.open() : o;
                });
    Arbitrary<ObjectType> withVariants =
        Combinators.combine(
                plain,
                Arbitraries.of(true, false),
                properties(inner, List.of("a", "b", "c")).list().ofMinSize(1).ofMaxSize(3),
                properties(inner, List.of("a", "d")))
            .as(
                (o, required, cases, otherwise) -> {
                  ObjectType base =
                      required ? o.required("kind", string()) : o.optional("kind", string());
                  Variants v = Variants.on("kind");
                  for (int i = 0; i < cases.size(); i++) {
                    v = v.when("Case" + i, List.of("k" + i, "K" + i), cases.get(i));
                  }
                  return base.variants(v.otherwise(otherwise));
                });
    return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(1, withVariants))
        .map(o -> (DataType) o);
  }
}
