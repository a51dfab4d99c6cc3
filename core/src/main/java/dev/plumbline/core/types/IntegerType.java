package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.Numbers;
import java.math.BigDecimal;

/**
 * A whole number (JSON numbers with no fractional part, such as {@code 3} or {@code 3.0}).
 *
 * <pre>{@code
 * integer().min(0).max(100)
 * integer().exclusiveMin(0).multipleOf(5)
 * }</pre>
 */
public record IntegerType(NumericBounds bounds) implements DataType {
  public IntegerType {
    requireNonNull(bounds, "bounds");
  }

  static final IntegerType ANY = new IntegerType(NumericBounds.NONE);

  /** Inclusive lower bound ({@code minimum}). */
  public IntegerType min(long v) {
    return min(BigDecimal.valueOf(v));
  }

  public IntegerType min(double v) {
    return min(Numbers.of(v));
  }

  public IntegerType min(BigDecimal v) {
    return new IntegerType(bounds.withMinimum(v));
  }

  /** Inclusive upper bound ({@code maximum}). */
  public IntegerType max(long v) {
    return max(BigDecimal.valueOf(v));
  }

  public IntegerType max(double v) {
    return max(Numbers.of(v));
  }

  public IntegerType max(BigDecimal v) {
    return new IntegerType(bounds.withMaximum(v));
  }

  /** Exclusive lower bound ({@code exclusiveMinimum}). */
  public IntegerType exclusiveMin(long v) {
    return exclusiveMin(BigDecimal.valueOf(v));
  }

  public IntegerType exclusiveMin(double v) {
    return exclusiveMin(Numbers.of(v));
  }

  public IntegerType exclusiveMin(BigDecimal v) {
    return new IntegerType(bounds.withExclusiveMinimum(v));
  }

  /** Exclusive upper bound ({@code exclusiveMaximum}). */
  public IntegerType exclusiveMax(long v) {
    return exclusiveMax(BigDecimal.valueOf(v));
  }

  public IntegerType exclusiveMax(double v) {
    return exclusiveMax(Numbers.of(v));
  }

  public IntegerType exclusiveMax(BigDecimal v) {
    return new IntegerType(bounds.withExclusiveMaximum(v));
  }

  /** The value must be a multiple of this strictly positive number ({@code multipleOf}). */
  public IntegerType multipleOf(long v) {
    return multipleOf(BigDecimal.valueOf(v));
  }

  public IntegerType multipleOf(double v) {
    return multipleOf(Numbers.of(v));
  }

  public IntegerType multipleOf(BigDecimal v) {
    return new IntegerType(bounds.withMultipleOf(v));
  }

  @Override
  public String kind() {
    return "integer";
  }
}
