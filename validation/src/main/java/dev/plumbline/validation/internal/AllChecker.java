package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;

/** Every part must hold; when collecting, every part reports. */
final class AllChecker extends Checker {
  private final ImmutableList<Checker> parts;

  AllChecker(ImmutableList<Checker> parts) {
    this.parts = parts;
  }

  @Override
  public String expected() {
    return parts.get(0).expected();
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
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
