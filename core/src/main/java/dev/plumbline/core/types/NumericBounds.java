package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.Numbers;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of a numeric type, as in JSON Schema draft-07: inclusive {@code minimum}/{@code
 * maximum}, exclusive {@code exclusiveMinimum}/{@code exclusiveMaximum} and {@code multipleOf}.
 * Every value is exact and normalised.
 */
public record NumericBounds(
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    Optional<BigDecimal> exclusiveMinimum,
    Optional<BigDecimal> exclusiveMaximum,
    Optional<BigDecimal> multipleOf) {

  public NumericBounds {
    minimum = requireNonNull(minimum, "minimum").map(Numbers::normalize);
    maximum = requireNonNull(maximum, "maximum").map(Numbers::normalize);
    exclusiveMinimum = requireNonNull(exclusiveMinimum, "exclusiveMinimum").map(Numbers::normalize);
    exclusiveMaximum = requireNonNull(exclusiveMaximum, "exclusiveMaximum").map(Numbers::normalize);
    multipleOf = requireNonNull(multipleOf, "multipleOf").map(Numbers::normalize);
  }

  /** No bounds at all. */
  public static final NumericBounds NONE =
      new NumericBounds(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * A copy with this value as the inclusive lower bound ({@code minimum}), normalised, and the
   * other bounds unchanged.
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public NumericBounds withMinimum(BigDecimal minimum) {
    requireNonNull(minimum, "minimum");
    return new NumericBounds(
        Optional.of(minimum), maximum, exclusiveMinimum, exclusiveMaximum, multipleOf);
  }

  /**
   * A copy with this value as the inclusive upper bound ({@code maximum}), normalised, and the
   * other bounds unchanged.
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public NumericBounds withMaximum(BigDecimal maximum) {
    requireNonNull(maximum, "maximum");
    return new NumericBounds(
        minimum, Optional.of(maximum), exclusiveMinimum, exclusiveMaximum, multipleOf);
  }

  /**
   * A copy with this value as the exclusive lower bound ({@code exclusiveMinimum}), normalised, and
   * the other bounds unchanged.
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public NumericBounds withExclusiveMinimum(BigDecimal exclusiveMinimum) {
    requireNonNull(exclusiveMinimum, "exclusiveMinimum");
    return new NumericBounds(
        minimum, maximum, Optional.of(exclusiveMinimum), exclusiveMaximum, multipleOf);
  }

  /**
   * A copy with this value as the exclusive upper bound ({@code exclusiveMaximum}), normalised, and
   * the other bounds unchanged.
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public NumericBounds withExclusiveMaximum(BigDecimal exclusiveMaximum) {
    requireNonNull(exclusiveMaximum, "exclusiveMaximum");
    return new NumericBounds(
        minimum, maximum, exclusiveMinimum, Optional.of(exclusiveMaximum), multipleOf);
  }

  /**
   * A copy with this value as {@code multipleOf} (a valid value is a whole multiple of it),
   * normalised, and the other bounds unchanged.
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  public NumericBounds withMultipleOf(BigDecimal multipleOf) {
    requireNonNull(multipleOf, "multipleOf");
    return new NumericBounds(
        minimum, maximum, exclusiveMinimum, exclusiveMaximum, Optional.of(multipleOf));
  }
}
