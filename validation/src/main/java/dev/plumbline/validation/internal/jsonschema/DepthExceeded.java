package dev.plumbline.validation.internal.jsonschema;

import dev.plumbline.validation.ViolationCode;
import dev.plumbline.validation.internal.Collector;

/**
 * Thrown when an evaluation would nest deeper than {@link #MAX_DEPTH} schema evaluations, and
 * caught by {@link JsonSchemaChecker}: the whole value is then invalid, whatever {@code not},
 * {@code anyOf} or {@code if} around the failed evaluation would have made of a plain failure. The
 * two instances are shared and carry no stack trace.
 */
final class DepthExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The deepest nested schema evaluation allowed. */
  static final int MAX_DEPTH = 256;

  static final String MESSAGE =
      "expected at most "
          + MAX_DEPTH
          + " nested schema evaluations, found more (a recursive schema over a deep value, or a"
          + " $ref cycle)";

  private static final DepthExceeded RECORDED = new DepthExceeded(true);
  private static final DepthExceeded UNRECORDED = new DepthExceeded(false);

  /** Whether the violation was already added where the limit was hit. */
  final boolean recorded;

  private DepthExceeded(boolean recorded) {
    super(MESSAGE, null, false, false);
    this.recorded = recorded;
  }

  /** Records the violation here when collecting, and returns the exception to throw. */
  static DepthExceeded at(Collector out) {
    if (out != null) {
      out.add(ViolationCode.NESTING_TOO_DEEP, MESSAGE);
      return RECORDED;
    }
    return UNRECORDED;
  }
}
