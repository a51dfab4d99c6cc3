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

  static Literal of(String value) {
    return new Text(value);
  }

  static Literal of(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  static Literal of(double value) {
    return new Number(Numbers.of(value));
  }

  static Literal of(BigDecimal value) {
    return new Number(value);
  }

  static Literal of(boolean value) {
    return new Bool(value);
  }

  static Literal ofNull() {
    return new Null();
  }
}
