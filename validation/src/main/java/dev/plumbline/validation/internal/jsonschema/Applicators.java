package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.JsonValues;

/**
 * {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}.
 * Options of {@code anyOf} and {@code oneOf}, {@code not} and {@code if} are evaluated in the fast
 * mode; only their keyword's own violation is reported.
 */
final class Applicators {
  private Applicators() {}

  /** {@code allOf}: every schema's violations are reported. */
  static final class AllOf extends Keyword {
    private final Checker[] schemas;

    AllOf(Checker[] schemas) {
      this.schemas = schemas;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      boolean ok = true;
      for (int i = 0; i < schemas.length; i++) {
        if (!sub(schemas[i], v, depth, out, null, "allOf/" + i)) {
          if (out == null) {
            return false;
          }
          ok = false;
        }
      }
      return ok;
    }
  }

  /** {@code anyOf} (at least one) or {@code oneOf} (exactly one). */
  static final class Union extends Keyword {
    private final Checker[] schemas;
    private final boolean oneOf;

    Union(Checker[] schemas, boolean oneOf) {
      this.schemas = schemas;
      this.oneOf = oneOf;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      int first = -1;
      for (int i = 0; i < schemas.length; i++) {
        if (schemas[i].check(v, depth + 1, null)) {
          if (!oneOf) {
            return true;
          }
          if (first >= 0) {
            if (out != null) {
              out.add(
                  ViolationCode.ONE_OF_MULTIPLE_MATCH,
                  "expected a value matching exactly one oneOf schema, found "
                      + JsonValues.describeWithKind(v)
                      + " matching schemas "
                      + first
                      + " and "
                      + i);
            }
            return false;
          }
          first = i;
        }
      }
      if (first >= 0) {
        return true;
      }
      if (out != null) {
        out.add(
            oneOf ? ViolationCode.ONE_OF_NO_MATCH : ViolationCode.ANY_OF_NO_MATCH,
            "expected a value matching "
                + (oneOf ? "exactly one oneOf schema" : "at least one anyOf schema")
                + " of "
                + schemas.length
                + ", found "
                + JsonValues.describeWithKind(v)
                + " matching none");
      }
      return false;
    }
  }

  /** {@code not}. */
  static final class Not extends Keyword {
    private final Checker schema;

    Not(Checker schema) {
      this.schema = schema;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      if (!schema.check(v, depth + 1, null)) {
        return true;
      }
      if (out != null) {
        out.add(
            ViolationCode.NOT_MATCHED,
            "expected a value not matching the not schema ("
                + schema.expected()
                + "), found "
                + JsonValues.describeWithKind(v));
      }
      return false;
    }
  }

  /** {@code if} with {@code then} and/or {@code else} (either may be null). */
  static final class IfThenElse extends Keyword {
    private final Checker condition;
    private final Checker then;
    private final Checker otherwise;

    IfThenElse(Checker condition, Checker then, Checker otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    boolean check(JsonNode v, int depth, Collector out) {
      boolean matched = condition.check(v, depth + 1, null);
      Checker branch = matched ? then : otherwise;
      if (branch == null || branch.check(v, depth + 1, null)) {
        return true;
      }
      if (out != null) {
        String segment = matched ? "then" : "else";
        out.add(
            ViolationCode.IF_THEN_ELSE,
            matched
                ? "expected a value matching then, because it matches if, found "
                    + JsonValues.describeWithKind(v)
                : "expected a value matching else, because it does not match if, found "
                    + JsonValues.describeWithKind(v));
        sub(branch, v, depth, out, null, segment);
      }
      return false;
    }
  }
}
