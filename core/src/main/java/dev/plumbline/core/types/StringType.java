package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A string, optionally bounded in length (in Unicode code points, as JSON Schema counts), matching
 * a regular expression and of a well-known format.
 *
 * <pre>{@code
 * string().minLength(1).maxLength(64).pattern("^ord_[0-9]+$")
 * string().format(StringFormat.EMAIL)
 * }</pre>
 */
public record StringType(
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<String> pattern,
    Optional<StringFormat> format)
    implements DataType {

  public StringType {
    requireNonNull(minLength, "minLength");
    requireNonNull(maxLength, "maxLength");
    requireNonNull(pattern, "pattern");
    requireNonNull(format, "format");
  }

  static final StringType ANY =
      new StringType(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * At least this many characters, counted in Unicode code points ({@code minLength}): {@code
   * string().minLength(1)} refuses the empty string. A negative length, or one above {@link
   * #maxLength(int)}, is reported when the plan is built.
   */
  public StringType minLength(int min) {
    return new StringType(Optional.of(min), maxLength, pattern, format);
  }

  /**
   * At most this many characters, counted in Unicode code points ({@code maxLength}). A negative
   * length is reported when the plan is built.
   */
  public StringType maxLength(int max) {
    return new StringType(minLength, Optional.of(max), pattern, format);
  }

  /**
   * A regular expression the value must contain a match of (JSON Schema semantics: unanchored),
   * read as ECMA-262, JSON Schema's dialect (docs/VALIDATION.md): {@code
   * "^[A-Z]{2,4}-[0-9]{3,6}$"}. {@code build()} checks it with {@code java.util.regex} syntax, and
   * refuses Java syntax that ECMA-262 reads otherwise: a class intersection ({@code &&}) or nested
   * class ({@code [a-z[0-9]]}), a {@code ]} first in a class, {@code \Q...\E}, inline flags ({@code
   * (?i)}).
   */
  public StringType pattern(String regex) {
    return new StringType(
        minLength, maxLength, Optional.of(requireNonNull(regex, "regex")), format);
  }

  /**
   * A well-known format the value must have, as JSON Schema's {@code format} keyword: {@code
   * string().format(StringFormat.EMAIL)}. Setting it again replaces it.
   */
  public StringType format(StringFormat format) {
    return new StringType(
        minLength, maxLength, pattern, Optional.of(requireNonNull(format, "format")));
  }

  @Override
  public String kind() {
    return "string";
  }
}
