package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.Numbers;
import java.math.BigDecimal;

/**
 * Any JSON number.
 *
 * <pre>{@code
 * number().min(0).max(100)
 * number().exclusiveMin(0).multipleOf(5)
 * }</pre>
 */
public record NumberType(NumericBounds bounds) implements DataType {
  public NumberType {
    requireNonNull(bounds, "bounds");
  }

  static final NumberType ANY = new NumberType(NumericBounds.NONE);

  /** Inclusive lower bound ({@code minimum}). */
  public NumberType min(long v) {
    return min(BigDecimal.valueOf(v));
  }

  public NumberType min(double v) {
    return min(Numbers.of(v));
  }

  public NumberType min(BigDecimal v) {
    return new NumberType(bounds.withMinimum(v));
  }

  /** Inclusive upper bound ({@code maximum}). */
  public NumberType max(long v) {
    return max(BigDecimal.valueOf(v));
  }

  public NumberType max(double v) {
    return max(Numbers.of(v));
  }

  public NumberType max(BigDecimal v) {
    return new NumberType(bounds.withMaximum(v));
  }

  /** Exclusive lower bound ({@code exclusiveMinimum}). */
  public NumberType exclusiveMin(long v) {
    return exclusiveMin(BigDecimal.valueOf(v));
  }

  public NumberType exclusiveMin(double v) {
    return exclusiveMin(Numbers.of(v));
  }

  public NumberType exclusiveMin(BigDecimal v) {
    return new NumberType(bounds.withExclusiveMinimum(v));
  }

  /** Exclusive upper bound ({@code exclusiveMaximum}). */
  public NumberType exclusiveMax(long v) {
    return exclusiveMax(BigDecimal.valueOf(v));
  }

  public NumberType exclusiveMax(double v) {
    return exclusiveMax(Numbers.of(v));
  }

  public NumberType exclusiveMax(BigDecimal v) {
    return new NumberType(bounds.withExclusiveMaximum(v));
  }

  /** The value must be a multiple of this strictly positive number ({@code multipleOf}). */
  public NumberType multipleOf(long v) {
    return multipleOf(BigDecimal.valueOf(v));
  }

  public NumberType multipleOf(double v) {
    return multipleOf(Numbers.of(v));
  }

  public NumberType multipleOf(BigDecimal v) {
    return new NumberType(bounds.withMultipleOf(v));
  }

  @Override
  public String kind() {
    return "number";
  }
}
