package dev.plumbline.core.routing;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.Literal;

/**
 * The value of a destination setting: a plain literal, or a {@link SecretRef} resolved by the
 * runtime. Secrets are never written as literals.
 *
 * <pre>{@code
 * SettingValue.of("eu-west-1");
 * SecretRef.env("AMPLITUDE_API_KEY");   // written as ${env:AMPLITUDE_API_KEY}
 * }</pre>
 */
public sealed interface SettingValue permits SettingValue.Plain, SecretRef {

  /** A non-secret value. */
  record Plain(Literal value) implements SettingValue {
    public Plain {
      requireNonNull(value, "value");
    }
  }

  /**
   * A plain string setting. A string that looks like a secret reference ({@code ${...}}) is
   * reported when the pipeline is built: declare it with {@link SecretRef#env} instead.
   */
  static SettingValue of(String value) {
    return new Plain(Literal.of(value));
  }

  /** A plain number setting. */
  static SettingValue of(long value) {
    return new Plain(Literal.of(value));
  }

  /** A plain boolean setting. */
  static SettingValue of(boolean value) {
    return new Plain(Literal.of(value));
  }
}
