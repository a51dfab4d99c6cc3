package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.ViolationCode;

/**
 * {@code anyOf} (at least one option) or {@code oneOf} (exactly one). Options are tried in fast
 * mode. When no option matches and exactly one of them accepts the value's kind (the others report
 * a TYPE_MISMATCH of the value itself), that option's violations are reported, as the closest
 * match: {@code {"amount":5,"email":"x"}} against {@code anyOf(object(amount), integer())} gives
 * {@code UNPLANNED_PROPERTY /email}, which a STRIP policy then removes. Otherwise only the union's
 * own violation is reported.
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
      if (out != null && !reportedClosestOption(value, depth, out)) {
        out.add(
            ViolationCode.ANY_OF_NO_MATCH,
            "expected " + out.expectedHere(expected) + ", found " + found(value));
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
    if (out != null && !reportedClosestOption(value, depth, out)) {
      out.add(
          ViolationCode.ONE_OF_NO_MATCH,
          "expected " + out.expectedHere(expected) + ", found " + found(value));
    }
    return false;
  }

  /**
   * When exactly one option accepts the value's kind, reports that option's violations and returns
   * true; otherwise reports nothing.
   */
  private boolean reportedClosestOption(JsonNode value, int depth, Collector out) {
    Collector closest = null;
    for (Checker option : options) {
      Collector trial = out.trial();
      option.check(value, depth, trial);
      if (!trial.foundWrongKind()) {
        if (closest != null) {
          return false;
        }
        closest = trial;
      }
    }
    if (closest == null) {
      return false;
    }
    out.addAll(closest);
    return true;
  }

  /**
   * The value, saying that no option accepts it when its kind is among the expected ones ({@code
   * object, which no option accepts} for two object options).
   */
  private String found(JsonNode value) {
    String described = JsonValues.describeWithKind(value);
    String kind = JsonValues.kind(value);
    return expected.contains(kind) ? described + ", which no option accepts" : described;
  }
}
