package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact {@code multipleOf} test. Longs against an integral step need no allocation; other values
 * are compared exactly with modular arithmetic, so {@code 1e400} or {@code 1e-1000000} cost a few
 * big-integer operations, never a huge expansion.
 */
public final class MultipleOf {
  final BigDecimal step;

  /** The step as shown in messages. */
  public final String text;

  private final boolean longStep;
  private final long asLong;

  /** A test for a positive step. */
  public MultipleOf(BigDecimal step) {
    this.step = step.stripTrailingZeros();
    this.text =
        step.toPlainString().length() <= JsonValues.MAX_SHOWN
            ? step.toPlainString()
            : step.toString();
    long l = 0;
    boolean ls;
    try {
      l = step.longValueExact();
      ls = l > 0;
    } catch (ArithmeticException e) {
      ls = false;
    }
    this.longStep = ls;
    this.asLong = l;
  }

  /** Whether the number (not NaN) is an integer multiple of the step; infinities are not. */
  public boolean test(JsonNode number) {
    if (longStep && number.isIntegralNumber() && number.canConvertToLong()) {
      return number.longValue() % asLong == 0;
    }
    if (JsonValues.isInfinite(number)) {
      return false;
    }
    if (longStep && (number.isDouble() || number.isFloat())) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return ((long) d) % asLong == 0;
      }
    }
    return isMultiple(JsonValues.exact(number), step);
  }

  /** x / m is an integer, exactly. m must be positive. */
  static boolean isMultiple(BigDecimal x, BigDecimal m) {
    if (x.signum() == 0) {
      return true;
    }
    BigDecimal xs = x.stripTrailingZeros();
    BigDecimal ms = m.stripTrailingZeros();
    BigInteger u = xs.unscaledValue().abs();
    BigInteger p = ms.unscaledValue();
    // x = u * 10^-sx, m = p * 10^-sm, so x / m = u * 10^(sm - sx) / p.
    long e = (long) ms.scale() - xs.scale();
    if (e < 0) {
      // p * 10^-e would have to divide u, but u has no trailing zeros.
      return false;
    }
    return u.mod(p).multiply(BigInteger.TEN.modPow(BigInteger.valueOf(e), p)).mod(p).signum() == 0;
  }
}
