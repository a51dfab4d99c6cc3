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
    String innerExpected = inner.expected();
    return innerExpected.endsWith(" or null") ? innerExpected : innerExpected + " or null";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (value.isNull()) {
      return true;
    }
    if (out == null) {
      return inner.check(value, depth, null);
    }
    int saved = out.acceptNullHere();
    boolean valid = inner.check(value, depth, out);
    out.restoreNullAccepted(saved);
    return valid;
  }

  @Override
  int declaredOverlap(JsonNode value) {
    return inner.declaredOverlap(value);
  }

  @Override
  public int firstFailure(JsonNode value, int depth) {
    return value.isNull() ? VALID : inner.firstFailure(value, depth);
  }

  @Override
  public boolean collectAfter(JsonNode value, int depth, Collector out, int hint) {
    int saved = out.acceptNullHere();
    boolean valid = inner.collectAfter(value, depth, out, hint);
    out.restoreNullAccepted(saved);
    return valid;
  }
}
