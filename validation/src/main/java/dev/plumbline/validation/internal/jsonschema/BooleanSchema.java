package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.JsonValues;

/** The boolean schemas: {@code true} accepts every value, {@code false} none. */
final class BooleanSchema extends Checker {
  static final BooleanSchema TRUE = new BooleanSchema(true);
  static final BooleanSchema FALSE = new BooleanSchema(false);

  private final boolean accepts;

  private BooleanSchema(boolean accepts) {
    this.accepts = accepts;
  }

  static BooleanSchema of(boolean accepts) {
    return accepts ? TRUE : FALSE;
  }

  boolean accepts() {
    return accepts;
  }

  @Override
  public String expected() {
    return accepts ? "any value" : "no value (false schema)";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (accepts) {
      return true;
    }
    if (out != null) {
      out.add(
          ViolationCode.TYPE_MISMATCH,
          "expected no value (false schema), found " + JsonValues.describeWithKind(value));
    }
    return false;
  }
}
