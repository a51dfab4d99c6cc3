package dev.plumbline.core.conditions;

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

  public static Condition always() {
    return new Condition.Always();
  }

  public static Condition eventIn(String... names) {
    return new Condition.EventNameIn(ImmutableSet.copyOf(names));
  }

  public static Condition eventIn(Iterable<String> names) {
    return new Condition.EventNameIn(ImmutableSet.copyOf(names));
  }

  public static Condition typeIn(EventType... types) {
    return new Condition.EventTypeIn(ImmutableSet.copyOf(types));
  }

  public static Condition exists(String field) {
    return new Condition.Exists(FieldPath.of(field));
  }

  public static Condition equalTo(String field, String value) {
    return new Condition.EqualTo(FieldPath.of(field), Literal.of(value));
  }

  public static Condition equalTo(String field, long value) {
    return new Condition.EqualTo(FieldPath.of(field), Literal.of(value));
  }

  public static Condition equalTo(String field, boolean value) {
    return new Condition.EqualTo(FieldPath.of(field), Literal.of(value));
  }

  public static Condition equalTo(String field, Literal value) {
    return new Condition.EqualTo(FieldPath.of(field), value);
  }

  public static Condition in(String field, String... values) {
    return new Condition.In(
        FieldPath.of(field),
        Arrays.stream(values).map(Literal::of).collect(ImmutableList.toImmutableList()));
  }

  public static Condition in(String field, Literal... values) {
    return new Condition.In(FieldPath.of(field), ImmutableList.copyOf(values));
  }

  public static Condition lessThan(String field, double bound) {
    return compare(field, Condition.Operator.LT, Numbers.of(bound));
  }

  public static Condition atMost(String field, double bound) {
    return compare(field, Condition.Operator.LTE, Numbers.of(bound));
  }

  public static Condition greaterThan(String field, double bound) {
    return compare(field, Condition.Operator.GT, Numbers.of(bound));
  }

  public static Condition atLeast(String field, double bound) {
    return compare(field, Condition.Operator.GTE, Numbers.of(bound));
  }

  public static Condition compare(String field, Condition.Operator op, BigDecimal bound) {
    return new Condition.Compare(FieldPath.of(field), op, bound);
  }

  /** The field is a string containing a match of {@code regex} (unanchored, like JSON Schema). */
  public static Condition matches(String field, String regex) {
    return new Condition.Matches(FieldPath.of(field), regex);
  }

  public static Condition and(Condition... operands) {
    return new Condition.And(ImmutableList.copyOf(operands));
  }

  public static Condition or(Condition... operands) {
    return new Condition.Or(ImmutableList.copyOf(operands));
  }

  public static Condition not(Condition operand) {
    return new Condition.Not(operand);
  }
}
