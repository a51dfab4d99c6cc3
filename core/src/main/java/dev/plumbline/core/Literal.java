package dev.plumbline.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A scalar JSON value written in a declaration: a string, a number, a boolean or null. Used by
 * conditions ({@code equals}, {@code in}), steps ({@code set}, {@code setDefault}) and settings.
 *
 * <pre>{@code
 * Literal.of("EUR"); Literal.of(10); Literal.of(true); Literal.ofNull();
 * }</pre>
 */
public sealed interface Literal {

  /** A JSON string. */
  record Text(String value) implements Literal {
    public Text {
      requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return '"' + value + '"';
    }
  }

  /** A JSON number, kept exact and normalised (so {@code 1.0} equals {@code 1}). */
  record Number(BigDecimal value) implements Literal {
    public Number {
      value = Numbers.normalize(value);
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A JSON boolean. */
  record Bool(boolean value) implements Literal {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** JSON null. */
  record Null() implements Literal {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** A JSON string: {@code Literal.of("EUR")}. */
  static Literal of(String value) {
    return new Text(value);
  }

  /** A JSON number: {@code Literal.of(10)}. */
  static Literal of(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  /**
   * A JSON number, converted as {@link Numbers#of(double)} does ({@code 0.1} stays {@code 0.1}).
   *
   * @throws IllegalArgumentException for NaN and infinities
   */
  static Literal of(double value) {
    return new Number(Numbers.of(value, "value"));
  }

  /**
   * A JSON number, exact and normalised ({@code 1.50} becomes {@code 1.5}).
   *
   * @throws IllegalArgumentException for a number longer than {@link Numbers#MAX_WRITTEN_LENGTH}
   *     characters written out
   */
  static Literal of(BigDecimal value) {
    return new Number(value);
  }

  /** A JSON boolean. */
  static Literal of(boolean value) {
    return new Bool(value);
  }

  /** JSON null. */
  static Literal ofNull() {
    return new Null();
  }
}
