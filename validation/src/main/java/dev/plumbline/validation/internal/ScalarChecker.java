package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code boolean}, {@code null}, anything ({@code true} schema) or nothing ({@code false}). */
final class ScalarChecker extends Checker {
  enum Kind {
    BOOLEAN,
    NULL,
    ANY,
    NOTHING
  }

  private final Kind kind;
  private final boolean nullable;

  ScalarChecker(Kind kind, boolean nullable) {
    this.kind = kind;
    this.nullable = nullable;
  }

  @Override
  public String expected() {
    switch (kind) {
      case BOOLEAN:
        return nullable ? "boolean or null" : "boolean";
      case NULL:
        return "null";
      case ANY:
        return "any value";
      default:
        return "no value (false schema)";
    }
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    switch (kind) {
      case BOOLEAN:
        return value.isBoolean()
            || (nullable && value.isNull())
            || typeMismatch(expected(), value, out);
      case NULL:
        return value.isNull() || typeMismatch(expected(), value, out);
      case ANY:
        return true;
      default:
        return typeMismatch(expected(), value, out);
    }
  }
}
