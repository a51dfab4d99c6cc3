package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.validation.ViolationCode;

/** {@code string} with length (in code points), pattern and format. */
final class StringChecker extends Checker {
  private final boolean nullable;
  private final int minLength;
  private final int maxLength;
  private final Regex pattern;
  private final StringFormat format;

  StringChecker(
      boolean nullable, int minLength, int maxLength, Regex pattern, StringFormat format) {
    this.nullable = nullable;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
    this.format = format;
  }

  @Override
  public String expected() {
    return nullable ? "string or null" : "string";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    String s = JsonValues.textOf(value);
    if (s == null) {
      return (nullable && value.isNull()) || typeMismatch(expected(), value, out);
    }
    boolean ok = true;
    if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
      int n = s.length();
      boolean sureLongEnough = (n + 1) / 2 >= minLength;
      boolean sureShortEnough = n <= maxLength;
      if (!sureLongEnough || !sureShortEnough) {
        int cp = s.codePointCount(0, n);
        if (cp < minLength || cp > maxLength) {
          if (out == null) {
            return false;
          }
          out.addSize(ViolationCode.LENGTH, "string", "characters", minLength, maxLength, cp);
          ok = false;
        }
      }
    }
    if (pattern != null) {
      if (out == null) {
        if (!pattern.find(s)) {
          return false;
        }
      } else {
        String mismatch = pattern.mismatch(s);
        if (mismatch != null) {
          out.add(ViolationCode.PATTERN_MISMATCH, mismatch);
          ok = false;
        }
      }
    }
    if (format != null && !Formats.matches(format, s)) {
      if (out == null) {
        return false;
      }
      out.add(
          ViolationCode.FORMAT_MISMATCH,
          "expected " + format.wireName() + ", found " + JsonValues.quote(s));
      ok = false;
    }
    return ok;
  }
}
