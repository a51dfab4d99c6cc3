package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.validation.ViolationCode;

/** One of a fixed set of strings. A non-string is a type mismatch. */
final class EnumChecker extends Checker {
  private final boolean nullable;
  private final ImmutableSet<String> values;
  private final String listed;

  EnumChecker(boolean nullable, ImmutableList<String> values) {
    this.nullable = nullable;
    this.values = ImmutableSet.copyOf(values);
    StringBuilder sb = new StringBuilder("[");
    int shown = 0;
    for (String v : values) {
      if (shown > 0) {
        sb.append(", ");
      }
      if (shown == 10) {
        sb.append("… ").append(values.size() - 10).append(" more");
        break;
      }
      sb.append(JsonValues.quote(v));
      shown++;
    }
    this.listed = sb.append(']').toString();
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
    if (values.contains(s)) {
      return true;
    }
    if (out != null) {
      out.add(
          ViolationCode.ENUM_MISMATCH,
          "expected one of " + listed + ", found " + JsonValues.quote(s));
    }
    return false;
  }
}
