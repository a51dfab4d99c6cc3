package dev.plumbline.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Exact numbers for declarations: every bound and literal is a normalised {@link BigDecimal}. */
public final class Numbers {
  private Numbers() {}

  /**
   * Strips trailing zeros so that equal numbers are equal values: {@code 1.50} becomes {@code 1.5},
   * {@code 100} stays {@code 100} (as {@code 1E+2} would print badly, the scale is kept at 0 or
   * more).
   */
  public static BigDecimal normalize(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Converts a double exactly as written in source ({@code 0.1} stays {@code 0.1}).
   *
   * @throws IllegalArgumentException for NaN and infinities
   */
  public static BigDecimal of(double value) {
    checkArgument(Double.isFinite(value), "a number must be finite, got %s", value);
    return normalize(BigDecimal.valueOf(value));
  }
}
