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

  /**
   * Inclusive lower bound ({@code minimum}): {@code number().min(0)}. Setting it again replaces it;
   * the plan's build reports bounds no number satisfies.
   */
  public NumberType min(long minimum) {
    return min(BigDecimal.valueOf(minimum));
  }

  /**
   * As {@link #min(long)}, from a {@code double} converted to a decimal through its {@link
   * Double#toString(double) string form}, as {@link BigDecimal#valueOf(double)} does: {@code
   * min(0.1)} is exactly {@code 0.1}, not the double's binary value {@code
   * 0.1000000000000000055511151231257827...}.
   *
   * @throws IllegalArgumentException at once for NaN and infinities
   */
  public NumberType min(double minimum) {
    return min(Numbers.of(minimum, "minimum"));
  }

  /**
   * As {@link #min(long)}, exact: {@code min(new BigDecimal("0.5"))}. The value is normalised
   * ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException at once for a number longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out
   */
  public NumberType min(BigDecimal minimum) {
    return new NumberType(bounds.withMinimum(requireNonNull(minimum, "minimum")));
  }

  /**
   * Inclusive upper bound ({@code maximum}): {@code number().max(100)}. Setting it again replaces
   * it; the plan's build reports bounds no number satisfies.
   */
  public NumberType max(long maximum) {
    return max(BigDecimal.valueOf(maximum));
  }

  /**
   * As {@link #max(long)}, from a {@code double} converted to a decimal through its {@link
   * Double#toString(double) string form}, as {@link BigDecimal#valueOf(double)} does: {@code
   * max(0.1)} is exactly {@code 0.1}, not the double's binary value {@code
   * 0.1000000000000000055511151231257827...}.
   *
   * @throws IllegalArgumentException at once for NaN and infinities
   */
  public NumberType max(double maximum) {
    return max(Numbers.of(maximum, "maximum"));
  }

  /**
   * As {@link #max(long)}, exact: {@code max(new BigDecimal("99.5"))}. The value is normalised
   * ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException at once for a number longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out
   */
  public NumberType max(BigDecimal maximum) {
    return new NumberType(bounds.withMaximum(requireNonNull(maximum, "maximum")));
  }

  /**
   * Exclusive lower bound ({@code exclusiveMinimum}): {@code number().exclusiveMin(0)}. Setting it
   * again replaces it; the plan's build reports bounds no number satisfies.
   */
  public NumberType exclusiveMin(long exclusiveMinimum) {
    return exclusiveMin(BigDecimal.valueOf(exclusiveMinimum));
  }

  /**
   * As {@link #exclusiveMin(long)}, from a {@code double} converted to a decimal through its {@link
   * Double#toString(double) string form}, as {@link BigDecimal#valueOf(double)} does: {@code
   * exclusiveMin(0.1)} is exactly {@code 0.1}, not the double's binary value {@code
   * 0.1000000000000000055511151231257827...}.
   *
   * @throws IllegalArgumentException at once for NaN and infinities
   */
  public NumberType exclusiveMin(double exclusiveMinimum) {
    return exclusiveMin(Numbers.of(exclusiveMinimum, "exclusiveMinimum"));
  }

  /**
   * As {@link #exclusiveMin(long)}, exact: {@code exclusiveMin(new BigDecimal("0.5"))}. The value
   * is normalised ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException at once for a number longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out
   */
  public NumberType exclusiveMin(BigDecimal exclusiveMinimum) {
    return new NumberType(
        bounds.withExclusiveMinimum(requireNonNull(exclusiveMinimum, "exclusiveMinimum")));
  }

  /**
   * Exclusive upper bound ({@code exclusiveMaximum}): {@code number().exclusiveMax(100)}. Setting
   * it again replaces it; the plan's build reports bounds no number satisfies.
   */
  public NumberType exclusiveMax(long exclusiveMaximum) {
    return exclusiveMax(BigDecimal.valueOf(exclusiveMaximum));
  }

  /**
   * As {@link #exclusiveMax(long)}, from a {@code double} converted to a decimal through its {@link
   * Double#toString(double) string form}, as {@link BigDecimal#valueOf(double)} does: {@code
   * exclusiveMax(0.1)} is exactly {@code 0.1}, not the double's binary value {@code
   * 0.1000000000000000055511151231257827...}.
   *
   * @throws IllegalArgumentException at once for NaN and infinities
   */
  public NumberType exclusiveMax(double exclusiveMaximum) {
    return exclusiveMax(Numbers.of(exclusiveMaximum, "exclusiveMaximum"));
  }

  /**
   * As {@link #exclusiveMax(long)}, exact: {@code exclusiveMax(new BigDecimal("99.5"))}. The value
   * is normalised ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException at once for a number longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out
   */
  public NumberType exclusiveMax(BigDecimal exclusiveMaximum) {
    return new NumberType(
        bounds.withExclusiveMaximum(requireNonNull(exclusiveMaximum, "exclusiveMaximum")));
  }

  /**
   * The value must be a multiple of this strictly positive number ({@code multipleOf}): {@code
   * number().multipleOf(5)}. Setting it again replaces it; zero or a negative number is reported
   * when the plan is built.
   */
  public NumberType multipleOf(long multipleOf) {
    return multipleOf(BigDecimal.valueOf(multipleOf));
  }

  /**
   * As {@link #multipleOf(long)}, from a {@code double} converted to a decimal through its {@link
   * Double#toString(double) string form}, as {@link BigDecimal#valueOf(double)} does: {@code
   * multipleOf(0.1)} is exactly {@code 0.1}, not the double's binary value {@code
   * 0.1000000000000000055511151231257827...}.
   *
   * @throws IllegalArgumentException at once for NaN and infinities
   */
  public NumberType multipleOf(double multipleOf) {
    return multipleOf(Numbers.of(multipleOf, "multipleOf"));
  }

  /**
   * As {@link #multipleOf(long)}, exact: {@code multipleOf(new BigDecimal("0.5"))}. The value is
   * normalised ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException at once for a number longer than {@link
   *     Numbers#MAX_WRITTEN_LENGTH} characters written out
   */
  public NumberType multipleOf(BigDecimal multipleOf) {
    return new NumberType(bounds.withMultipleOf(requireNonNull(multipleOf, "multipleOf")));
  }

  @Override
  public String kind() {
    return "number";
  }
}
