package dev.plumbline.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a secret, resolved when the pipeline runs: {@code ${env:NAME}} reads the
 * environment variable {@code NAME}. The manifest holds the reference, never the secret.
 *
 * <pre>{@code
 * SecretRef key = SecretRef.env("AMPLITUDE_API_KEY");
 * key.toString(); // ${env:AMPLITUDE_API_KEY}
 * }</pre>
 *
 * @param provider where the secret lives; {@code env} today
 * @param name the secret's name within the provider
 */
public record SecretRef(String provider, String name) implements SettingValue {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z]+):([^}]*)}$");

  public SecretRef {
    requireNonNull(provider, "provider");
    requireNonNull(name, "name");
    checkArgument("env".equals(provider), "unknown secret provider '%s', expected env", provider);
    checkArgument(
        NAME.matcher(name).matches(),
        "secret name '%s' must start with a letter or '_' and contain only letters, digits, _ . / -",
        name);
  }

  /** A secret read from an environment variable. */
  public static SecretRef env(String name) {
    requireNonNull(name, "name");
    return new SecretRef("env", name);
  }

  /** Whether a string looks like a reference ({@code ${...}}), valid or not. */
  public static boolean looksLikeReference(String text) {
    requireNonNull(text, "text");
    return text.startsWith("${") && text.endsWith("}");
  }

  /**
   * Parses {@code ${provider:name}}.
   *
   * @return empty if the text is not a reference at all
   * @throws IllegalArgumentException if it looks like one but is malformed
   */
  public static Optional<SecretRef> parse(String text) {
    requireNonNull(text, "text");
    if (!looksLikeReference(text)) {
      return Optional.empty();
    }
    Matcher m = REFERENCE.matcher(text);
    checkArgument(m.matches(), "malformed secret reference '%s', expected ${env:NAME}", text);
    try {
      return Optional.of(new SecretRef(m.group(1), m.group(2)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "malformed secret reference '" + text + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "${" + provider + ":" + name + "}";
  }
}
