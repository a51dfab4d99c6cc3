package dev.plumbline.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.Numbers;
import java.util.Optional;

/** Numbers in JSON documents the model keeps (JSON Schema types, imported schemas). */
public final class JsonNumbers {
  private JsonNumbers() {}

  /**
   * Why a number node cannot be kept and written out again, if it cannot: it is not finite (a
   * literal beyond the range of a double, such as {@code 1e400}, read as a double), or longer than
   * {@link Numbers#MAX_WRITTEN_LENGTH} characters written out ({@code 1e999999999}), as manifests
   * write numbers in full. Empty for every other node.
   */
  public static Optional<String> whyUnwritable(JsonNode node) {
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return Optional.of(
          "the number is "
              + node.doubleValue()
              + " as read: beyond the range of a double; read schemas with"
              + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS to keep such numbers exact");
    }
    if (node.isBigDecimal() || node.isBigInteger()) {
      long length = Numbers.writtenLength(node.decimalValue());
      if (length > Numbers.MAX_WRITTEN_LENGTH) {
        return Optional.of(
            "the number "
                + node.decimalValue()
                + " is "
                + length
                + " characters written out; at most "
                + Numbers.MAX_WRITTEN_LENGTH
                + " are supported");
      }
    }
    return Optional.empty();
  }
}
