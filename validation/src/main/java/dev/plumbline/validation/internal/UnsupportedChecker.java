package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.ViolationCode;
import java.util.List;

/** A JSON Schema this engine cannot check yet: every value gets one clear violation. */
public final class UnsupportedChecker extends Checker {
  private final String reason;
  private final ImmutableList<String> problems;

  /**
   * @param reason the message's explanation
   * @param problems each problem on its own, naming the keyword and where it is
   */
  public UnsupportedChecker(String reason, List<String> problems) {
    this.reason = reason;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem that makes this schema uncheckable, naming the keyword and where it is. */
  public ImmutableList<String> problems() {
    return problems;
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
