package dev.plumbline.validation;

/**
 * What a {@link Violation} is about: one code per envelope rule or constraint keyword. Codes are
 * stable; adapters map them to RudderStack's and Segment's vocabularies ({@link
 * RudderStackViolations}, {@link SegmentViolations}).
 *
 * <pre>{@code
 * if (violation.code() == ViolationCode.REQUIRED_MISSING) { ... }
 * }</pre>
 */
public enum ViolationCode {
  /**
   * The event is not a JSON object, its {@code type} is missing or not one of track, identify,
   * page, screen, group, alias, or its name field ({@code event} for track) is missing or not a
   * string.
   */
  INVALID_ENVELOPE,
  /** The plan has no spec for the event's type and name. */
  UNPLANNED_EVENT,
  /** A closed object holds a property it does not declare ({@code additionalProperties: false}). */
  UNPLANNED_PROPERTY,
  /** A required property is absent ({@code required}). */
  REQUIRED_MISSING,
  /** The value has the wrong JSON type ({@code type}). */
  TYPE_MISMATCH,
  /** A string is not one of an enum's values ({@code enum}). */
  ENUM_MISMATCH,
  /** A value differs from the only allowed value ({@code const}, JSON Schema types only). */
  CONST_MISMATCH,
  /** A string contains no match of the pattern ({@code pattern}). */
  PATTERN_MISMATCH,
  /** A string is not of its declared format ({@code format}). */
  FORMAT_MISMATCH,
  /**
   * A number is outside its bounds ({@code minimum}, {@code maximum}, {@code exclusiveMinimum},
   * {@code exclusiveMaximum}); the message names the bound.
   */
  RANGE,
  /** A number is not a multiple of its step ({@code multipleOf}). */
  MULTIPLE_OF,
  /** A string is too short or too long, in code points ({@code minLength}, {@code maxLength}). */
  LENGTH,
  /** An array has too few or too many items ({@code minItems}, {@code maxItems}). */
  ITEMS,
  /** An array that must hold distinct items holds two equal ones ({@code uniqueItems}). */
  UNIQUE,
  /** A value matches none of the options of an {@code anyOf} union. */
  ANY_OF_NO_MATCH,
  /** A value matches none of the options of a {@code oneOf} union. */
  ONE_OF_NO_MATCH,
  /** A value matches more than one option of a {@code oneOf} union. */
  ONE_OF_MULTIPLE_MATCH,
  /**
   * Reserved: a discriminator value selects no variant case. Plan-compiled validators do not emit
   * it, because an unmatched discriminator selects the default properties (as the exported JSON
   * Schema does).
   */
  VARIANT_NO_MATCH,
  /**
   * The validator would have to descend more than 256 levels into the event to check it, or a JSON
   * Schema type would need more than 256 nested schema evaluations (a recursive schema over a deep
   * value).
   */
  NESTING_TOO_DEEP,
  /**
   * A JSON Schema type is not a valid draft-07 schema (a keyword with a value of the wrong kind,
   * such as {@code "minLength": -1} or an invalid {@code pattern}); every value gets this
   * violation, naming the keyword and where it is, so nothing passes unchecked.
   */
  UNSUPPORTED_SCHEMA,
  /** A value matches the schema of a JSON Schema {@code not}. */
  NOT_MATCHED,
  /**
   * No item of an array matches the JSON Schema {@code contains} schema (or the array is empty).
   */
  CONTAINS,
  /**
   * A property name does not match the JSON Schema {@code propertyNames} schema; the pointer is the
   * property's.
   */
  PROPERTY_NAME,
  /**
   * A present property's JSON Schema {@code dependencies} are not met: a property it needs is
   * absent (pointer at the absent property), or the object does not match its dependency schema
   * (the schema's own violations follow).
   */
  DEPENDENCY,
  /**
   * An object has too few or too many properties (JSON Schema {@code minProperties}, {@code
   * maxProperties}).
   */
  PROPERTIES_COUNT,
  /**
   * A value matches a JSON Schema {@code if} but not its {@code then}, or does not match the {@code
   * if} and not its {@code else}; the branch's own violations follow.
   */
  IF_THEN_ELSE
}
