package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;

/**
 * Stands for a schema while it is being compiled, so that a {@code $ref} back into it (recursion)
 * compiles without looping. Set once, before the compiled tree is published.
 */
final class Deferred extends Checker {
  private Checker target;

  void set(Checker target) {
    this.target = target;
  }

  @Override
  public String expected() {
    return "a value matching a recursive schema";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    return target.check(value, depth, out);
  }
}
