package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.ViolationCode;

/**
 * {@code anyOf} (at least one option) or {@code oneOf} (exactly one). Options are tried in fast
 * mode; a failure reports only the union's own violation, not the options' violations.
 */
final class UnionChecker extends Checker {
  private final boolean oneOf;
  private final ImmutableList<Checker> options;
  private final String expected;

  UnionChecker(boolean oneOf, ImmutableList<Checker> options) {
    this.oneOf = oneOf;
    this.options = options;
    StringBuilder sb = new StringBuilder(oneOf ? "exactly one of [" : "any of [");
    for (int i = 0; i < options.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(options.get(i).expected());
    }
    this.expected = sb.append(']').toString();
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (!oneOf) {
      for (Checker option : options) {
        if (option.check(value, depth, null)) {
          return true;
        }
      }
      if (out != null) {
        out.add(
            ViolationCode.ANY_OF_NO_MATCH,
            "expected "
                + out.expectedHere(expected)
                + ", found "
                + JsonValues.describeWithKind(value));
      }
      return false;
    }
    int first = -1;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).check(value, depth, null)) {
        if (first < 0) {
          first = i;
        } else {
          if (out != null) {
            out.add(
                ViolationCode.ONE_OF_MULTIPLE_MATCH,
                "expected "
                    + expected
                    + ", found "
                    + JsonValues.describeWithKind(value)
                    + " matching options "
                    + first
                    + " and "
                    + i);
          }
          return false;
        }
      }
    }
    if (first >= 0) {
      return true;
    }
    if (out != null) {
      out.add(
          ViolationCode.ONE_OF_NO_MATCH,
          "expected "
              + out.expectedHere(expected)
              + ", found "
              + JsonValues.describeWithKind(value));
    }
    return false;
  }
}
