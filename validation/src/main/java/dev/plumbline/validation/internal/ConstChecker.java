package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.ViolationCode;

/** JSON Schema {@code enum} (of any JSON values) or {@code const}, by JSON equality. */
public final class ConstChecker extends Checker {
  private final ImmutableList<JsonNode> allowed;
  private final boolean isConst;

  ConstChecker(ImmutableList<JsonNode> allowed, boolean isConst) {
    this.allowed = allowed;
    this.isConst = isConst;
  }

  @Override
  public String expected() {
    return isConst ? "the constant value" : "one of the enum values";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    return check(allowed, isConst, value, out);
  }

  /**
   * Whether {@code value} equals one of {@code allowed} (JSON equality, any depth); if not and
   * {@code out} is given, reports CONST_MISMATCH or ENUM_MISMATCH listing them. Shared by the typed
   * checker and the draft-07 engine's {@code enum}/{@code const}.
   */
  public static boolean check(
      ImmutableList<JsonNode> allowed, boolean isConst, JsonNode value, Collector out) {
    for (JsonNode a : allowed) {
      if (JsonValues.jsonEquals(a, value)) {
        return true;
      }
    }
    if (out != null) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode a : allowed) {
        sb.append(sb.length() == 0 ? "" : ", ").append(JsonValues.describe(a));
        if (sb.length() > 200) {
          sb.append(", …");
          break;
        }
      }
      out.add(
          isConst ? ViolationCode.CONST_MISMATCH : ViolationCode.ENUM_MISMATCH,
          "expected "
              + (isConst ? sb : "one of [" + sb + "]")
              + ", found "
              + JsonValues.describe(value));
    }
    return false;
  }
}
