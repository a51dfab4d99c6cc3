package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;

/** Every part must hold; when collecting, every part reports. */
final class AllChecker extends Checker {
  private final ImmutableList<Checker> parts;

  /** Whether PII is declared inside (an object's constraints may render the whole object). */
  private final boolean holdsPii;

  AllChecker(ImmutableList<Checker> parts, boolean holdsPii) {
    this.parts = parts;
    this.holdsPii = holdsPii;
  }

  @Override
  public String expected() {
    return parts.get(0).expected();
  }

  @Override
  int declaredOverlap(JsonNode value) {
    int most = -1;
    for (Checker part : parts) {
      most = Math.max(most, part.declaredOverlap(value));
    }
    return most;
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    return out != null && holdsPii
        ? out.hidingValueHere(() -> checkParts(value, depth, out))
        : checkParts(value, depth, out);
  }

  private boolean checkParts(JsonNode value, int depth, Collector out) {
    boolean ok = true;
    for (Checker part : parts) {
      if (!part.check(value, depth, out)) {
        if (out == null) {
          return false;
        }
        ok = false;
      }
    }
    return ok;
  }
}
