package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A precompiled numeric bound: compares a JSON number with it exactly, without allocating for
 * ordinary values (longs against integral bounds, doubles against bounds a double holds exactly).
 * Infinite doubles compare beyond every bound.
 */
public final class NumericBound {
  private static final long DOUBLE_EXACT_LIMIT = 1L << 53;

  final BigDecimal value;

  /** The bound as shown in messages. */
  public final String text;

  private final boolean longExact;
  private final long asLong;
  private final boolean doubleExact;
  private final double asDouble;

  public NumericBound(BigDecimal value) {
    this.value = value;
    this.text = JsonValues.shortText(value);
    long l = 0;
    boolean le;
    try {
      l = value.longValueExact();
      le = true;
    } catch (ArithmeticException e) {
      le = false;
    }
    this.longExact = le;
    this.asLong = l;
    double d = value.doubleValue();
    this.doubleExact = Double.isFinite(d) && new BigDecimal(d).compareTo(value) == 0;
    this.asDouble = d;
  }

  /** The sign of {@code number - bound}; the number must not be NaN. */
  public int compare(JsonNode number) {
    if (number.isIntegralNumber() && number.canConvertToLong()) {
      return compareLong(number.longValue());
    }
    if (number.isDouble() || number.isFloat()) {
      return compareDouble(JsonValues.doubleOf(number));
    }
    return number.decimalValue().compareTo(value);
  }

  /** The sign of {@code x - bound}. */
  int compareLong(long x) {
    if (longExact) {
      return Long.compare(x, asLong);
    }
    if (doubleExact && x <= DOUBLE_EXACT_LIMIT && x >= -DOUBLE_EXACT_LIMIT) {
      double dx = x;
      return dx < asDouble ? -1 : (dx > asDouble ? 1 : 0);
    }
    return BigDecimal.valueOf(x).compareTo(value);
  }

  /** The sign of {@code x - bound} for a double at its shortest decimal value; x is not NaN. */
  int compareDouble(double x) {
    if (Double.isInfinite(x)) {
      return x > 0 ? 1 : -1;
    }
    if (doubleExact) {
      return x < asDouble ? -1 : (x > asDouble ? 1 : 0);
    }
    return BigDecimal.valueOf(x).compareTo(value);
  }
}
