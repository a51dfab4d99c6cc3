package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled check of one type node. Immutable and thread-safe.
 *
 * <p>{@link #check} runs in two modes. With a {@code null} collector it answers yes or no as fast
 * as it can, stops at the first failure and allocates nothing: the valid path. With a collector it
 * reports every violation at its pointer and plan location; this mode only runs once an event is
 * known to be invalid. Both modes must agree on validity.
 *
 * <p>Callers that collect use {@link #firstFailure} and {@link #collectAfter} instead of two calls
 * to {@code check}: containers (objects, arrays) then resume after the fields or items the fast
 * check already found valid rather than checking them again.
 *
 * <p>This is the seam for other engines (the draft-07 engine in {@code internal.jsonschema}): any
 * implementation that honours the two modes and the depth limit plugs into the tree.
 */
public abstract class Checker {

  /**
   * Checks a value.
   *
   * @param value the value, never null (absent values are handled by the parent)
   * @param depth how many containers lie above the value in the checked document
   * @param out null for a fast yes/no answer, otherwise where violations go
   * @return whether the value is valid
   */
  public abstract boolean check(JsonNode value, int depth, Collector out);

  /** What {@link #firstFailure} returns for a valid value. */
  public static final int VALID = -1;

  /**
   * The fast check with a hint for {@link #collectAfter}: {@link #VALID}, or a non-negative hint of
   * how far the check got before it failed. Allocates nothing, like {@code check(value, depth,
   * null)}, and agrees with it.
   */
  public int firstFailure(JsonNode value, int depth) {
    return check(value, depth, null) ? VALID : 0;
  }

  /**
   * The collecting walk of a value that {@link #firstFailure} found invalid, given its hint: skips
   * what that check already found valid. Returns whether the value is valid (false, unless the
   * checker disagrees with itself).
   */
  public boolean collectAfter(JsonNode value, int depth, Collector out, int hint) {
    return check(value, depth, out);
  }

  /** What this checker accepts, for messages: {@code string}, {@code integer or null}, ... */
  public abstract String expected();

  /**
   * For picking the closest of several union options that all fault below the value: how many of
   * the value's property names this checker declares, or -1 when it cannot say (it does not check a
   * typed object: a JSON Schema part, an array, ...).
   */
  int declaredOverlap(JsonNode value) {
    return -1;
  }

  /** Reports a type mismatch, if collecting, and returns false. */
  static boolean typeMismatch(String expected, JsonNode value, Collector out) {
    if (out != null) {
      out.add(
          dev.plumbline.validation.ViolationCode.TYPE_MISMATCH,
          "expected "
              + out.expectedHere(expected)
              + ", found "
              + JsonValues.describeWithKind(value));
    }
    return false;
  }

  /** Reports a value nested too deep, if collecting, and returns false. */
  static boolean tooDeep(Collector out) {
    if (out != null) {
      out.add(
          dev.plumbline.validation.ViolationCode.NESTING_TOO_DEEP,
          "expected at most " + Collector.MAX_DEPTH + " levels of nesting, found more");
    }
    return false;
  }
}
