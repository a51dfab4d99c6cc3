package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.ConstChecker;
import dev.plumbline.validation.internal.Formats;
import dev.plumbline.validation.internal.JsonValues;
import dev.plumbline.validation.internal.MultipleOf;
import dev.plumbline.validation.internal.NumericBound;
import dev.plumbline.validation.internal.Regex;

/** {@code type}, {@code enum}, {@code const}, and the string and number keywords. */
final class ValueKeywords {
  private ValueKeywords() {}

  /** {@code type}: one JSON type name or a list of them. */
  static final class Type extends Keyword {
    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int OBJECT = 4;
    static final int ARRAY = 8;
    static final int NUMBER = 16;
    static final int INTEGER = 32;
    static final int STRING = 64;

    private final int mask;
    final String expected;

    Type(int mask, String expected) {
      this.mask = mask;
      this.expected = expected;
    }

    static int bit(String name) {
      switch (name) {
        case "null":
          return NULL;
        case "boolean":
          return BOOLEAN;
        case "object":
          return OBJECT;
        case "array":
          return ARRAY;
        case "number":
          return NUMBER;
        case "integer":
          return INTEGER;
        case "string":
          return STRING;
        default:
          return 0;
      }
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (matches(v)) {
        return true;
      }
      if (out != null) {
        out.add(
            ViolationCode.TYPE_MISMATCH,
            "expected " + out.expectedHere(expected) + ", found " + JsonValues.describeWithKind(v));
      }
      return false;
    }

    private boolean matches(JsonNode v) {
      if (v.isTextual()) {
        return (mask & STRING) != 0;
      }
      if (v.isNumber()) {
        if (!JsonValues.isRealNumber(v)) {
          return false;
        }
        return (mask & NUMBER) != 0 || ((mask & INTEGER) != 0 && JsonValues.isIntegral(v));
      }
      if (v.isObject()) {
        return (mask & OBJECT) != 0;
      }
      if (v.isArray()) {
        return (mask & ARRAY) != 0;
      }
      if (v.isBoolean()) {
        return (mask & BOOLEAN) != 0;
      }
      if (v.isNull()) {
        return (mask & NULL) != 0;
      }
      return false;
    }
  }

  /** {@code enum} (any JSON values) or {@code const}, by JSON equality ({@code 1} equals 1.0). */
  static final class Equal extends Keyword {
    private final ImmutableList<JsonNode> allowed;
    private final boolean isConst;

    Equal(ImmutableList<JsonNode> allowed, boolean isConst) {
      this.allowed = allowed;
      this.isConst = isConst;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      return ConstChecker.check(allowed, isConst, v, out);
    }
  }

  /** {@code minLength}, {@code maxLength} (code points). */
  static final class Length extends Keyword {
    private final int min;
    private final int max;

    Length(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isTextual()) {
        return true;
      }
      String s = v.textValue();
      int n = s.length();
      if ((n + 1) / 2 >= min && n <= max) {
        return true;
      }
      int cp = s.codePointCount(0, n);
      if (cp >= min && cp <= max) {
        return true;
      }
      if (out != null) {
        out.addSize(ViolationCode.LENGTH, "string", "characters", min, max, cp);
      }
      return false;
    }
  }

  /** {@code pattern}: an unanchored search. */
  static final class Pattern extends Keyword {
    private final Regex regex;

    Pattern(Regex regex) {
      this.regex = regex;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isTextual()) {
        return true;
      }
      if (out == null) {
        return regex.find(v.textValue());
      }
      String mismatch = regex.mismatch(v.textValue());
      if (mismatch == null) {
        return true;
      }
      out.add(ViolationCode.PATTERN_MISMATCH, mismatch);
      return false;
    }
  }

  /** {@code format}, for the formats the validator knows (others are annotations). */
  static final class Format extends Keyword {
    private final StringFormat format;

    Format(StringFormat format) {
      this.format = format;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!v.isTextual() || Formats.matches(format, v.textValue())) {
        return true;
      }
      if (out != null) {
        out.add(
            ViolationCode.FORMAT_MISMATCH,
            "expected " + format.wireName() + ", found " + JsonValues.quote(v.textValue()));
      }
      return false;
    }
  }

  /**
   * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum} (draft-07
   * numeric forms), each exact; any may be null.
   */
  static final class Bounds extends Keyword {
    private final NumericBound minimum;
    private final NumericBound maximum;
    private final NumericBound exclusiveMinimum;
    private final NumericBound exclusiveMaximum;

    Bounds(
        NumericBound minimum,
        NumericBound maximum,
        NumericBound exclusiveMinimum,
        NumericBound exclusiveMaximum) {
      this.minimum = minimum;
      this.maximum = maximum;
      this.exclusiveMinimum = exclusiveMinimum;
      this.exclusiveMaximum = exclusiveMaximum;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!JsonValues.isRealNumber(v)) {
        return true;
      }
      boolean ok = true;
      if (minimum != null && minimum.compare(v) < 0) {
        ok = range(">=", minimum, v, out);
        if (out == null) {
          return false;
        }
      }
      if (exclusiveMinimum != null && exclusiveMinimum.compare(v) <= 0) {
        ok = range(">", exclusiveMinimum, v, out);
        if (out == null) {
          return false;
        }
      }
      if (maximum != null && maximum.compare(v) > 0) {
        ok = range("<=", maximum, v, out);
        if (out == null) {
          return false;
        }
      }
      if (exclusiveMaximum != null && exclusiveMaximum.compare(v) >= 0) {
        ok = range("<", exclusiveMaximum, v, out);
      }
      return ok;
    }

    private static boolean range(String op, NumericBound bound, JsonNode v, Collector out) {
      if (out != null) {
        out.add(
            ViolationCode.RANGE,
            "expected number " + op + " " + bound.text + ", found " + JsonValues.describe(v));
      }
      return false;
    }
  }

  /** {@code multipleOf}, exact. */
  static final class Multiple extends Keyword {
    private final MultipleOf step;

    Multiple(MultipleOf step) {
      this.step = step;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!JsonValues.isRealNumber(v) || step.test(v)) {
        return true;
      }
      if (out != null) {
        out.add(
            ViolationCode.MULTIPLE_OF,
            "expected a multiple of " + step.text + ", found " + JsonValues.describe(v));
      }
      return false;
    }
  }
}
