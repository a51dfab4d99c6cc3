package dev.plumbline.core.conditions;

import static dev.plumbline.core.internal.NullChecks.listOf;
import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.EventType;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.Numbers;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Entry points of the condition DSL. Field paths are dotted: {@code properties.revenue}, {@code
 * traits.email}, {@code context.locale}.
 *
 * <pre>{@code
 * import static dev.plumbline.core.conditions.Conditions.*;
 *
 * Condition productEvents = eventIn("Product Viewed", "Product Added");
 * Condition bigOrders = and(eventIn("Order Completed"), atLeast("properties.revenue", 100));
 * }</pre>
 */
public final class Conditions {
  private Conditions() {}

  /** Every event: the condition of a route declared without {@code when(...)}. */
  public static Condition always() {
    return new Condition.Always();
  }

  /**
   * The event's name is one of these: its {@code event} field for a track call, its {@code name}
   * field otherwise. Duplicates count once; an empty list is reported when the pipeline is built.
   *
   * <pre>{@code
   * eventIn("Signed Up", "Order Completed")
   * }</pre>
   */
  public static Condition eventIn(String... names) {
    return new Condition.EventNameIn(ImmutableSet.copyOf(requireNoNullElements(names, "names")));
  }

  /** The event's name is one of these, as {@link #eventIn(String...)}. */
  public static Condition eventIn(Iterable<String> names) {
    return new Condition.EventNameIn(ImmutableSet.copyOf(listOf(names, "names")));
  }

  /**
   * The event's type is one of these: {@code typeIn(EventType.IDENTIFY, EventType.GROUP)}.
   * Duplicates count once; an empty list is reported when the pipeline is built.
   */
  public static Condition typeIn(EventType... types) {
    return new Condition.EventTypeIn(ImmutableSet.copyOf(requireNoNullElements(types, "types")));
  }

  /**
   * The field is present, even if its value is null: {@code exists("traits.email")}.
   *
   * @param field a dotted path starting with an envelope field ({@code properties}, {@code traits},
   *     {@code context}, {@code userId}, ...); an empty path or segment is an {@link
   *     IllegalArgumentException} at once, an unknown first segment a problem when the pipeline is
   *     built
   */
  public static Condition exists(String field) {
    return new Condition.Exists(path(field, "field"));
  }

  /** The field is the string {@code value}: {@code equalTo("context.app.env", "test")}. */
  public static Condition equalTo(String field, String value) {
    return new Condition.EqualTo(path(field, "field"), Literal.of(value));
  }

  /**
   * The field is a number equal to {@code value}; numbers compare by value, so {@code 2.0} equals
   * {@code 2}.
   */
  public static Condition equalTo(String field, long value) {
    return new Condition.EqualTo(path(field, "field"), Literal.of(value));
  }

  /** The field is the boolean {@code value}. */
  public static Condition equalTo(String field, boolean value) {
    return new Condition.EqualTo(path(field, "field"), Literal.of(value));
  }

  /**
   * The field equals the literal, which may also be JSON null ({@code Literal.ofNull()}); numbers
   * compare by value.
   */
  public static Condition equalTo(String field, Literal value) {
    return new Condition.EqualTo(path(field, "field"), requireNonNull(value, "value"));
  }

  /**
   * The field is one of these strings: {@code in("properties.currency", "EUR", "GBP")}. An empty
   * list is reported when the pipeline is built.
   */
  public static Condition in(String field, String... values) {
    FieldPath path = path(field, "field");
    return new Condition.In(
        path,
        Arrays.stream(requireNoNullElements(values, "values"))
            .map(Literal::of)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The field equals one of these literals (numbers compare by value): {@code
   * in("properties.quantity", Literal.of(1), Literal.of(2))}. An empty list is reported when the
   * pipeline is built.
   */
  public static Condition in(String field, Literal... values) {
    FieldPath path = path(field, "field");
    return new Condition.In(path, ImmutableList.copyOf(requireNoNullElements(values, "values")));
  }

  /**
   * The field is a number strictly less than {@code bound} ({@code lt}); a missing or non-number
   * field does not match. The bound is converted exactly as written ({@code 0.1} stays {@code
   * 0.1}).
   *
   * @throws IllegalArgumentException if the bound is NaN or infinite
   */
  public static Condition lessThan(String field, double bound) {
    return compare(field, Condition.Operator.LT, Numbers.of(bound, "bound"));
  }

  /**
   * The field is a number less than or equal to {@code bound} ({@code lte}, inclusive); a missing
   * or non-number field does not match.
   *
   * @throws IllegalArgumentException if the bound is NaN or infinite
   */
  public static Condition atMost(String field, double bound) {
    return compare(field, Condition.Operator.LTE, Numbers.of(bound, "bound"));
  }

  /**
   * The field is a number strictly greater than {@code bound} ({@code gt}); a missing or non-number
   * field does not match: {@code greaterThan("properties.revenue", 0)}.
   *
   * @throws IllegalArgumentException if the bound is NaN or infinite
   */
  public static Condition greaterThan(String field, double bound) {
    return compare(field, Condition.Operator.GT, Numbers.of(bound, "bound"));
  }

  /**
   * The field is a number greater than or equal to {@code bound} ({@code gte}, inclusive); a
   * missing or non-number field does not match: {@code atLeast("properties.revenue", 100)}.
   *
   * @throws IllegalArgumentException if the bound is NaN or infinite
   */
  public static Condition atLeast(String field, double bound) {
    return compare(field, Condition.Operator.GTE, Numbers.of(bound, "bound"));
  }

  /**
   * The field is a number that compares to an exact bound as the operator says: {@code
   * compare("properties.revenue", Condition.Operator.GTE, new BigDecimal("99.99"))}.
   *
   * @throws IllegalArgumentException if the bound is longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public static Condition compare(String field, Condition.Operator operator, BigDecimal bound) {
    FieldPath path = path(field, "field");
    requireNonNull(operator, "operator");
    requireNonNull(bound, "bound");
    return new Condition.Compare(path, operator, bound);
  }

  /** The field is a string containing a match of {@code regex} (unanchored, like JSON Schema). */
  public static Condition matches(String field, String regex) {
    return new Condition.Matches(path(field, "field"), regex);
  }

  /**
   * Every operand holds: {@code and(eventIn("Order Completed"), atLeast("properties.revenue",
   * 100))}. An empty list is reported when the pipeline is built.
   */
  public static Condition and(Condition... operands) {
    return new Condition.And(ImmutableList.copyOf(requireNoNullElements(operands, "operands")));
  }

  /**
   * At least one operand holds: {@code or(typeIn(EventType.IDENTIFY), exists("traits.email"))}. An
   * empty list is reported when the pipeline is built.
   */
  public static Condition or(Condition... operands) {
    return new Condition.Or(ImmutableList.copyOf(requireNoNullElements(operands, "operands")));
  }

  /** The operand does not hold: {@code not(exists("context.traits.test"))}. */
  public static Condition not(Condition operand) {
    return new Condition.Not(operand);
  }

  /** Parses a field argument; a null one is a NullPointerException naming {@code name}. */
  private static FieldPath path(String dotted, String name) {
    return FieldPath.of(requireNonNull(dotted, name));
  }
}
