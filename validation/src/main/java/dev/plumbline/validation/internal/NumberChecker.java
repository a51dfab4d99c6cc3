package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.plumbline.validation.ViolationCode;

/** {@code integer} or {@code number} with exact bounds and {@code multipleOf}. */
final class NumberChecker extends Checker {
  private final boolean integer;
  private final boolean nullable;
  private final NumericBound minimum;
  private final NumericBound maximum;
  private final NumericBound exclusiveMinimum;
  private final NumericBound exclusiveMaximum;
  private final MultipleOf multipleOf;
  private final String kind;

  NumberChecker(
      boolean integer,
      boolean nullable,
      NumericBound minimum,
      NumericBound maximum,
      NumericBound exclusiveMinimum,
      NumericBound exclusiveMaximum,
      MultipleOf multipleOf) {
    this.integer = integer;
    this.nullable = nullable;
    this.minimum = minimum;
    this.maximum = maximum;
    this.exclusiveMinimum = exclusiveMinimum;
    this.exclusiveMaximum = exclusiveMaximum;
    this.multipleOf = multipleOf;
    this.kind = integer ? "integer" : "number";
  }

  @Override
  public String expected() {
    return nullable ? kind + " or null" : kind;
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (out == null) {
      // The common node classes, read once as primitives: same answers as the general path.
      if (value instanceof IntNode || value instanceof LongNode) {
        return validLong(value.longValue());
      }
      if (value instanceof DoubleNode) {
        double d = JsonValues.doubleOf(value);
        if (!Double.isNaN(d)) {
          return validDouble(d);
        }
      }
    }
    if (!JsonValues.isRealNumber(value) || (integer && !JsonValues.isIntegral(value))) {
      return (nullable && value.isNull()) || typeMismatch(expected(), value, out);
    }
    boolean ok = true;
    if (minimum != null && minimum.compare(value) < 0) {
      ok = range(">=", minimum, value, out);
      if (out == null) {
        return false;
      }
    }
    if (exclusiveMinimum != null && exclusiveMinimum.compare(value) <= 0) {
      ok = range(">", exclusiveMinimum, value, out);
      if (out == null) {
        return false;
      }
    }
    if (maximum != null && maximum.compare(value) > 0) {
      ok = range("<=", maximum, value, out);
      if (out == null) {
        return false;
      }
    }
    if (exclusiveMaximum != null && exclusiveMaximum.compare(value) >= 0) {
      ok = range("<", exclusiveMaximum, value, out);
      if (out == null) {
        return false;
      }
    }
    if (multipleOf != null && !multipleOf.test(value)) {
      if (out == null) {
        return false;
      }
      out.add(
          ViolationCode.MULTIPLE_OF,
          "expected a multiple of " + multipleOf.text + ", found " + JsonValues.describe(value));
      ok = false;
    }
    return ok;
  }

  private boolean validLong(long x) {
    return (minimum == null || minimum.compareLong(x) >= 0)
        && (exclusiveMinimum == null || exclusiveMinimum.compareLong(x) > 0)
        && (maximum == null || maximum.compareLong(x) <= 0)
        && (exclusiveMaximum == null || exclusiveMaximum.compareLong(x) < 0)
        && (multipleOf == null || multipleOf.testLong(x));
  }

  private boolean validDouble(double d) {
    return (!integer || Double.isInfinite(d) || d == Math.rint(d))
        && (minimum == null || minimum.compareDouble(d) >= 0)
        && (exclusiveMinimum == null || exclusiveMinimum.compareDouble(d) > 0)
        && (maximum == null || maximum.compareDouble(d) <= 0)
        && (exclusiveMaximum == null || exclusiveMaximum.compareDouble(d) < 0)
        && (multipleOf == null || multipleOf.testDouble(d));
  }

  private boolean range(String op, NumericBound bound, JsonNode value, Collector out) {
    if (out != null) {
      out.add(
          ViolationCode.RANGE,
          "expected "
              + kind
              + " "
              + op
              + " "
              + bound.text
              + ", found "
              + JsonValues.describe(value));
    }
    return false;
  }
}
