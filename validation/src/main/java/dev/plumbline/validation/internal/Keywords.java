package dev.plumbline.validation.internal;

import dev.plumbline.validation.Violation;

/** The JSON Schema keyword (or envelope rule) behind a violation. */
public final class Keywords {
  private Keywords() {}

  /**
   * The draft-07 keyword a violation stands for: {@code required}, {@code type}, {@code minimum},
   * {@code maxLength}, ...; for codes that cover several keywords the message the engine wrote
   * tells which ({@code expected number >= 0} is {@code minimum}); a violation built elsewhere,
   * whose message does not say, gives the code's own name ({@code range}, {@code length}, {@code
   * items}, {@code propertiesCount}) rather than a guess. Envelope and plan-level codes give {@code
   * envelope}, {@code unplannedEvent}, ...
   */
  public static String of(Violation v) {
    String m = v.message();
    switch (v.code()) {
      case INVALID_ENVELOPE:
        return "envelope";
      case UNPLANNED_EVENT:
        return "unplannedEvent";
      case UNPLANNED_PROPERTY:
        return "additionalProperties";
      case REQUIRED_MISSING:
        return "required";
      case TYPE_MISMATCH:
        return "type";
      case ENUM_MISMATCH:
        return "enum";
      case CONST_MISMATCH:
        return "const";
      case PATTERN_MISMATCH:
        return "pattern";
      case FORMAT_MISMATCH:
        return "format";
      case RANGE:
        String head = m.contains(", found") ? m.substring(0, m.indexOf(", found")) : m;
        if (head.contains(" >= ")) {
          return "minimum";
        }
        if (head.contains(" > ")) {
          return "exclusiveMinimum";
        }
        if (head.contains(" <= ")) {
          return "maximum";
        }
        return head.contains(" < ") ? "exclusiveMaximum" : "range";
      case MULTIPLE_OF:
        return "multipleOf";
      case LENGTH:
        return atLeastOrAtMost(m, "minLength", "maxLength", "length");
      case ITEMS:
        if (m.contains("additionalItems")) {
          return "additionalItems";
        }
        return atLeastOrAtMost(m, "minItems", "maxItems", "items");
      case UNIQUE:
        return "uniqueItems";
      case ANY_OF_NO_MATCH:
        return "anyOf";
      case ONE_OF_NO_MATCH:
      case ONE_OF_MULTIPLE_MATCH:
        return "oneOf";
      case VARIANT_NO_MATCH:
        return "variants";
      case NESTING_TOO_DEEP:
        return "nesting";
      case UNSUPPORTED_SCHEMA:
        return "unsupported";
      case NOT_MATCHED:
        return "not";
      case CONTAINS:
        return "contains";
      case PROPERTY_NAME:
        return "propertyNames";
      case DEPENDENCY:
        return "dependencies";
      case PROPERTIES_COUNT:
        return atLeastOrAtMost(m, "minProperties", "maxProperties", "propertiesCount");
      case IF_THEN_ELSE:
        return "if";
      default:
        return v.code().name();
    }
  }

  /**
   * {@code min} for a message saying "at least", {@code max} for "at most", else {@code neither}.
   */
  private static String atLeastOrAtMost(String message, String min, String max, String neither) {
    if (message.contains("at least")) {
      return min;
    }
    return message.contains("at most") ? max : neither;
  }
}
