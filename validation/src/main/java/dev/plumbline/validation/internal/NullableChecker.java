package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON {@code null} or a value of the inner checker (for unions, references, JSON Schemas). */
final class NullableChecker extends Checker {
  private final Checker inner;

  NullableChecker(Checker inner) {
    this.inner = inner;
  }

  @Override
  public String expected() {
    return inner.expected() + " or null";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    return value.isNull() || inner.check(value, depth, out);
  }

  @Override
  public int firstFailure(JsonNode value, int depth) {
    return value.isNull() ? VALID : inner.firstFailure(value, depth);
  }

  @Override
  public boolean collectAfter(JsonNode value, int depth, Collector out, int hint) {
    return inner.collectAfter(value, depth, out, hint);
  }
}
