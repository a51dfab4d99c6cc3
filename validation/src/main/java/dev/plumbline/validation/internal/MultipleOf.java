package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact {@code multipleOf} test. Longs against an integral step need no allocation, nor do longs
 * and doubles against a decimal step of a few digits such as {@code 0.01} (both scaled to longs
 * when that is exact); other values are compared exactly with modular arithmetic, so {@code 1e400}
 * or {@code 1e-1000000} cost a few big-integer operations, never a huge expansion.
 */
public final class MultipleOf {
  final BigDecimal step;

  /** The step as shown in messages. */
  public final String text;

  private final boolean longStep;
  private final long asLong;

  /** For a step {@code p * 10^-scale} with {@code 0 < scale <= 15} and {@code p} a long. */
  private final boolean decimalStep;

  private final long unscaled;
  private final long scaleFactor;
  private final double scaleFactorDouble;

  /** Largest magnitude of a long whose product with {@link #scaleFactor} fits a long. */
  private final long scalableLimit;

  /**
   * Below this magnitude a double times {@code 10^scale} is a safe integer, and a double is so
   * closely spaced that at most one decimal with {@code scale} fraction digits rounds to it.
   */
  private static final double SCALED_LIMIT = 0x1p51;

  /** A test for a positive step. */
  public MultipleOf(BigDecimal step) {
    this.step = step.stripTrailingZeros();
    this.text = JsonValues.shortText(step);
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
    BigDecimal stripped = this.step;
    boolean ds = false;
    long u = 0;
    long f = 1;
    if (!ls && stripped.scale() > 0 && stripped.scale() <= 15 && stripped.signum() > 0) {
      try {
        u = stripped.unscaledValue().longValueExact();
        f = BigInteger.TEN.pow(stripped.scale()).longValueExact();
        ds = true;
      } catch (ArithmeticException e) {
        ds = false;
      }
    }
    this.decimalStep = ds;
    this.unscaled = u;
    this.scaleFactor = f;
    this.scaleFactorDouble = f;
    this.scalableLimit = Long.MAX_VALUE / f;
  }

  /** Whether the number (not NaN) is an integer multiple of the step; infinities are not. */
  public boolean test(JsonNode number) {
    if (number.isIntegralNumber() && number.canConvertToLong()) {
      return testLong(number.longValue());
    }
    if (number.isDouble() || number.isFloat()) {
      return testDouble(JsonValues.doubleOf(number));
    }
    return isMultiple(JsonValues.exact(number), step);
  }

  /** Whether x is an integer multiple of the step. */
  boolean testLong(long x) {
    if (longStep) {
      return x % asLong == 0;
    }
    if (decimalStep && x <= scalableLimit && x >= -scalableLimit) {
      return (x * scaleFactor) % unscaled == 0;
    }
    return isMultiple(BigDecimal.valueOf(x), step);
  }

  /**
   * Whether a double (not NaN), taken at its shortest decimal value, is an integer multiple of the
   * step; infinities are not.
   */
  boolean testDouble(double d) {
    if (Double.isInfinite(d)) {
      return false;
    }
    if (longStep) {
      if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return ((long) d) % asLong == 0;
      }
    } else if (decimalStep) {
      // The value is the shortest decimal that rounds to d. If y * 10^-scale (y an integer)
      // rounds to d, it is that decimal: below SCALED_LIMIT no other decimal with at most
      // `scale` fraction digits rounds to d. Then d / step = y / unscaled.
      double y = Math.rint(d * scaleFactorDouble);
      if (Math.abs(y) < SCALED_LIMIT && y / scaleFactorDouble == d) {
        return ((long) y) % unscaled == 0;
      }
    }
    return isMultiple(BigDecimal.valueOf(d), step);
  }

  /**
   * x / m is an integer, exactly. m must be positive. Neither is stripped of trailing zeros (which
   * takes seconds for an integer with 100,000 of them): a few divisions answer it.
   */
  static boolean isMultiple(BigDecimal x, BigDecimal m) {
    if (x.signum() == 0) {
      return true;
    }
    BigInteger u = x.unscaledValue().abs();
    BigInteger p = m.unscaledValue();
    // x = u * 10^-sx, m = p * 10^-sm, so x / m = u * 10^(sm - sx) / p.
    long e = (long) m.scale() - x.scale();
    if (e < 0) {
      return JsonValues.dividesTimesPowerOfTen(p, -e, u);
    }
    return u.mod(p).multiply(BigInteger.TEN.modPow(BigInteger.valueOf(e), p)).mod(p).signum() == 0;
  }
}
