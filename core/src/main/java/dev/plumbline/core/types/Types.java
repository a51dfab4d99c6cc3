package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * Entry points of the type DSL. Import statically:
 *
 * <pre>{@code
 * import static dev.plumbline.core.types.Types.*;
 *
 * object()
 *     .required("order_id", string().minLength(1))
 *     .required("revenue", number().min(0))
 *     .required("currency", enumOf(Currency.class))
 *     .required("products", array(ref("Product")).minItems(1))
 *     .optional("coupon", nullable(string()))
 * }</pre>
 */
public final class Types {
  private Types() {}

  public static StringType string() {
    return StringType.ANY;
  }

  public static IntegerType integer() {
    return IntegerType.ANY;
  }

  public static NumberType number() {
    return NumberType.ANY;
  }

  public static BooleanType bool() {
    return new BooleanType();
  }

  /** One of the given strings. */
  public static EnumType enumOf(String... values) {
    return new EnumType(ImmutableList.copyOf(requireNonNull(values, "values")));
  }

  /** One of the given strings. */
  public static EnumType enumOf(Iterable<String> values) {
    return new EnumType(ImmutableList.copyOf(requireNonNull(values, "values")));
  }

  /** One of the names of a Java enum's constants, in declaration order. */
  public static <E extends Enum<E>> EnumType enumOf(Class<E> enumClass) {
    return new EnumType(
        Arrays.stream(enumClass.getEnumConstants())
            .map(Enum::name)
            .collect(ImmutableList.toImmutableList()));
  }

  public static ArrayType array(DataType items) {
    return new ArrayType(items, java.util.Optional.empty(), java.util.Optional.empty(), false);
  }

  /** An empty, closed object; add properties with {@link ObjectType#required} and friends. */
  public static ObjectType object() {
    return ObjectType.EMPTY;
  }

  public static NullableType nullable(DataType inner) {
    return new NullableType(inner);
  }

  public static UnionType anyOf(DataType... options) {
    return new UnionType(UnionType.Mode.ANY_OF, ImmutableList.copyOf(options));
  }

  public static UnionType oneOf(DataType... options) {
    return new UnionType(UnionType.Mode.ONE_OF, ImmutableList.copyOf(options));
  }

  /** A reference to a custom type declared on the plan. */
  public static TypeRef ref(String customTypeName) {
    return new TypeRef(customTypeName);
  }
}
