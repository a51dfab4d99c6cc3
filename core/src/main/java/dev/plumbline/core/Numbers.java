package dev.plumbline.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Exact numbers for declarations: every bound and literal is a normalised {@link BigDecimal}. */
public final class Numbers {
  private Numbers() {}

  /**
   * The longest number a declaration may hold, written out in full as manifests write it ({@code
   * 1000000}, {@code 0.000001}): 1,000 characters, what JSON parsers such as Jackson read by
   * default, so that every manifest Plumbline writes can be read back.
   */
  public static final int MAX_WRITTEN_LENGTH = 1000;

  /**
   * Strips trailing zeros so that equal numbers are equal values: {@code 1.50} becomes {@code 1.5},
   * {@code 100} stays {@code 100} (as {@code 1E+2} would print badly, the scale is kept at 0 or
   * more).
   *
   * @throws IllegalArgumentException for a number longer than {@link #MAX_WRITTEN_LENGTH}
   *     characters written out, such as {@code 1e2000}
   */
  public static BigDecimal normalize(BigDecimal value) {
    requireNonNull(value, "value");
    // The digits before the point do not change by stripping, so they are checked first
    // (stripping or writing out 1e999999999 would not end).
    checkWritable(value, integerPartLength(value));
    BigDecimal stripped = value.stripTrailingZeros();
    BigDecimal normalized = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    checkWritable(value, writtenLength(normalized));
    return normalized;
  }

  /**
   * How many characters {@code value.toPlainString()} has, without writing it out: {@code 1E+3} is
   * 4 ({@code 1000}), {@code -0.05} is 5.
   */
  public static long writtenLength(BigDecimal value) {
    requireNonNull(value, "value");
    return integerPartLength(value) + (value.scale() > 0 ? value.scale() + 1L : 0L);
  }

  /** The sign and the digits before the point, as written out. */
  private static long integerPartLength(BigDecimal value) {
    return (value.signum() < 0 ? 1 : 0) + Math.max(1L, (long) value.precision() - value.scale());
  }

  private static void checkWritable(BigDecimal value, long written) {
    checkArgument(
        written <= MAX_WRITTEN_LENGTH,
        "a number must be at most %s characters written out, got %s (%s characters)",
        MAX_WRITTEN_LENGTH,
        value,
        written);
  }

  /**
   * Converts a double exactly as written in source ({@code 0.1} stays {@code 0.1}).
   *
   * @param what the argument, named in the error: {@code minimum must be a finite number, got NaN}
   * @throws IllegalArgumentException for NaN and infinities
   */
  public static BigDecimal of(double value, String what) {
    requireNonNull(what, "what");
    checkArgument(Double.isFinite(value), "%s must be a finite number, got %s", what, value);
    return normalize(BigDecimal.valueOf(value));
  }
}
