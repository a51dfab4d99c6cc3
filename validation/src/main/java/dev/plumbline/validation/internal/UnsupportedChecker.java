package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;

/** A JSON Schema this engine cannot check yet: every value gets one clear violation. */
public final class UnsupportedChecker extends Checker {
  private final String reason;

  public UnsupportedChecker(String reason) {
    this.reason = reason;
  }

  /** Why this schema cannot be checked, naming the keyword and where it is. */
  public String reason() {
    return reason;
  }

  @Override
  public String expected() {
    return "a value of an unsupported JSON Schema";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (out != null) {
      out.add(ViolationCode.UNSUPPORTED_SCHEMA, "cannot check this JSON Schema type: " + reason);
    }
    return false;
  }
}
