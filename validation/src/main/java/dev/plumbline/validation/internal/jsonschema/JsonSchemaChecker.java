package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;

/**
 * The root of a compiled schema document, where it plugs into the validator's checker tree. It
 * turns an evaluation that went too deep anywhere inside into a {@code NESTING_TOO_DEEP} violation
 * and an invalid value.
 */
final class JsonSchemaChecker extends Checker {
  private final Checker root;

  JsonSchemaChecker(Checker root) {
    this.root = root;
  }

  @Override
  public String expected() {
    return root.expected();
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    int level = out == null ? 0 : out.level();
    try {
      return root.check(value, depth, out);
    } catch (DepthExceeded e) {
      if (out != null) {
        out.popTo(level);
        if (!e.recorded) {
          out.add(ViolationCode.NESTING_TOO_DEEP, DepthExceeded.MESSAGE);
        }
      }
      return false;
    }
  }
}
