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

  public NumericBounds withMinimum(BigDecimal v) {
    return new NumericBounds(
        Optional.of(v), maximum, exclusiveMinimum, exclusiveMaximum, multipleOf);
  }

  public NumericBounds withMaximum(BigDecimal v) {
    return new NumericBounds(
        minimum, Optional.of(v), exclusiveMinimum, exclusiveMaximum, multipleOf);
  }

  public NumericBounds withExclusiveMinimum(BigDecimal v) {
    return new NumericBounds(minimum, maximum, Optional.of(v), exclusiveMaximum, multipleOf);
  }

  public NumericBounds withExclusiveMaximum(BigDecimal v) {
    return new NumericBounds(minimum, maximum, exclusiveMinimum, Optional.of(v), multipleOf);
  }

  public NumericBounds withMultipleOf(BigDecimal v) {
    return new NumericBounds(minimum, maximum, exclusiveMinimum, exclusiveMaximum, Optional.of(v));
  }
}
