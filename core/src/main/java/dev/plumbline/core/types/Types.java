package dev.plumbline.core.types;

import static dev.plumbline.core.internal.NullChecks.listOf;
import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
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

  /** Any string; narrow it with {@code minLength}, {@code pattern}, {@code format}, ... */
  public static StringType string() {
    return StringType.ANY;
  }

  /**
   * Any whole number (a JSON number with no fractional part, {@code 3.0} included); narrow it with
   * {@code min}, {@code max}, {@code multipleOf}, ...
   */
  public static IntegerType integer() {
    return IntegerType.ANY;
  }

  /** Any JSON number; narrow it with {@code min}, {@code max}, {@code multipleOf}, ... */
  public static NumberType number() {
    return NumberType.ANY;
  }

  /** {@code true} or {@code false}. */
  public static BooleanType bool() {
    return new BooleanType();
  }

  /**
   * One of the given strings, in this order: {@code enumOf("USD", "EUR", "GBP")}. No value at all,
   * or a value listed twice, is reported when the plan is built.
   */
  public static EnumType enumOf(String... values) {
    return new EnumType(ImmutableList.copyOf(requireNoNullElements(values, "values")));
  }

  /** One of the given strings, as {@link #enumOf(String...)}. */
  public static EnumType enumOf(Iterable<String> values) {
    return new EnumType(listOf(values, "values"));
  }

  /** One of the names of a Java enum's constants, in declaration order. */
  public static <E extends Enum<E>> EnumType enumOf(Class<E> enumClass) {
    requireNonNull(enumClass, "enumClass");
    return new EnumType(
        Arrays.stream(enumClass.getEnumConstants())
            .map(Enum::name)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * An array whose every item has this type: {@code array(ref("Product")).minItems(1)}. Any length
   * and duplicates allowed until narrowed.
   */
  public static ArrayType array(DataType items) {
    return new ArrayType(items, java.util.Optional.empty(), java.util.Optional.empty(), false);
  }

  /** An empty, closed object; add properties with {@link ObjectType#required} and friends. */
  public static ObjectType object() {
    return ObjectType.EMPTY;
  }

  /**
   * A value of the inner type, or JSON {@code null}: {@code nullable(string())}. A nullable of a
   * nullable is reported when the plan is built.
   */
  public static NullableType nullable(DataType inner) {
    return new NullableType(inner);
  }

  /**
   * A value of at least one of the options: {@code anyOf(string(), integer())}. Fewer than two
   * options are reported when the plan is built.
   */
  public static UnionType anyOf(DataType... options) {
    return new UnionType(
        UnionType.Mode.ANY_OF, ImmutableList.copyOf(requireNoNullElements(options, "options")));
  }

  /**
   * A value of exactly one of the options: {@code oneOf(object().required("card", string()),
   * object().required("iban", string()))}. Fewer than two options are reported when the plan is
   * built.
   */
  public static UnionType oneOf(DataType... options) {
    return new UnionType(
        UnionType.Mode.ONE_OF, ImmutableList.copyOf(requireNoNullElements(options, "options")));
  }

  /** A reference to a custom type declared on the plan. */
  public static TypeRef ref(String customTypeName) {
    return new TypeRef(requireNonNull(customTypeName, "customTypeName"));
  }
}
