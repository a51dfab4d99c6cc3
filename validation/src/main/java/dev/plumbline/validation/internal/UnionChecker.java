package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.ViolationCode;

/**
 * {@code anyOf} (at least one option) or {@code oneOf} (exactly one). Options are tried in fast
 * mode. When no option matches and exactly one of them finds fault only below the value (the others
 * also with the value itself: its kind, its size, its enum...), that option's violations are
 * reported, as the closest match: {@code {"amount":5,"email":"x"}} against {@code
 * anyOf(object(amount), integer())} gives {@code UNPLANNED_PROPERTY /email}, which a STRIP policy
 * then removes. Otherwise only the union's own violation is reported.
 */
final class UnionChecker extends Checker {
  private final boolean oneOf;
  private final ImmutableList<Checker> options;
  private final String expected;

  /** Whether an option declares PII (a value in the union's place may be PII). */
  private final boolean holdsPii;

  UnionChecker(boolean oneOf, ImmutableList<Checker> options, boolean holdsPii) {
    this.holdsPii = holdsPii;
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
    return out != null && holdsPii
        ? out.hidingValueHere(() -> checkHere(value, depth, out))
        : checkHere(value, depth, out);
  }

  private boolean checkHere(JsonNode value, int depth, Collector out) {
    if (!oneOf) {
      for (Checker option : options) {
        if (option.check(value, depth, null)) {
          return true;
        }
      }
      if (out != null) {
        reportNoMatch(ViolationCode.ANY_OF_NO_MATCH, value, depth, out);
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
      reportNoMatch(ViolationCode.ONE_OF_NO_MATCH, value, depth, out);
    }
    return false;
  }

  /**
   * No option matched. The options that found nothing wrong with the value itself, only below it (a
   * missing or undeclared property, a bad item), are candidates for the closest match: the only
   * one, or, when every candidate is a typed object, the one that declares most of the value's
   * property names (then the one with fewest violations), when a single one does. Its violations
   * are reported; otherwise the union's own {@code code}, saying {@code which no option accepts}
   * when some option accepts the value's kind.
   */
  private void reportNoMatch(ViolationCode code, JsonNode value, int depth, Collector out) {
    Collector closest = null;
    int closestOverlap = -1;
    boolean tie = false;
    boolean unknown = false;
    int candidates = 0;
    boolean kindAccepted = false;
    for (Checker option : options) {
      Collector trial = out.trial();
      option.check(value, depth, trial);
      kindAccepted |= !trial.foundWrongKind();
      if (trial.foundAtRoot(null) || trial.violations().isEmpty()) {
        continue;
      }
      candidates++;
      int overlap = option.declaredOverlap(value);
      if (overlap < 0) {
        unknown = true; // a candidate whose closeness cannot be told: no pick among several
      }
      int order =
          closest == null
              ? 1
              : overlap != closestOverlap
                  ? Integer.compare(overlap, closestOverlap)
                  : Integer.compare(closest.violations().size(), trial.violations().size());
      if (order > 0) {
        closest = trial;
        closestOverlap = overlap;
        tie = false;
      } else if (order == 0) {
        tie = true;
      }
    }
    if (closest != null && (candidates == 1 || (!tie && !unknown))) {
      out.addAll(closest);
      return;
    }
    String described = JsonValues.describeWithKind(value);
    if (!kindAccepted) {
      out.noteWrongKind();
    }
    out.add(
        code,
        "expected "
            + out.expectedHere(expected)
            + ", found "
            + (kindAccepted ? described + ", which no option accepts" : described));
  }
}
