package dev.plumbline.core.steps;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.routing.SecretRef;
import java.util.Optional;

/**
 * A declarative transformation of an event. Steps compile to config; the runtime executes them.
 * Build with {@link Steps}:
 *
 * <pre>{@code
 * import static dev.plumbline.core.steps.Steps.*;
 *
 * rename("properties.total", "properties.revenue");
 * hash("traits.email").withSalt(SecretRef.env("EMAIL_SALT"));
 * normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE);
 * filter(Conditions.equalTo("context.app.env", "test"));
 * custom("geo-enrich");
 * }</pre>
 */
public sealed interface TransformStep {

  /** The step kind as written in the manifest: {@code rename}, {@code hash}, ... */
  String kind();

  /** Moves a field. */
  record Rename(FieldPath from, FieldPath to) implements TransformStep {
    public Rename {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public String kind() {
      return "rename";
    }
  }

  /** Copies a field, keeping the original. */
  record Copy(FieldPath from, FieldPath to) implements TransformStep {
    public Copy {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public String kind() {
      return "copy";
    }
  }

  /** Removes a field. */
  record Drop(FieldPath field) implements TransformStep {
    public Drop {
      requireNonNull(field, "field");
    }

    @Override
    public String kind() {
      return "drop";
    }
  }

  /** Sets a field to a value, replacing what is there. */
  record Set(FieldPath field, Literal value) implements TransformStep {
    public Set {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
    }

    @Override
    public String kind() {
      return "set";
    }
  }

  /** Sets a field to a value only when it is absent or null. */
  record SetDefault(FieldPath field, Literal value) implements TransformStep {
    public SetDefault {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
    }

    @Override
    public String kind() {
      return "setDefault";
    }
  }

  /** Replaces a field with the lowercase hex SHA-256 of its text, optionally salted by a secret. */
  record Hash(FieldPath field, HashAlgorithm algorithm, Optional<SecretRef> salt)
      implements TransformStep {
    public Hash {
      requireNonNull(field, "field");
      requireNonNull(algorithm, "algorithm");
      requireNonNull(salt, "salt");
    }

    /** The same step with a salt read from a secret reference, never a literal. */
    public Hash withSalt(SecretRef secret) {
      requireNonNull(secret, "secret");
      return new Hash(field, algorithm, Optional.of(secret));
    }

    @Override
    public String kind() {
      return "hash";
    }
  }

  /** Replaces a field's value with a fixed replacement text. */
  record Redact(FieldPath field, String replacement) implements TransformStep {
    public Redact {
      requireNonNull(field, "field");
      requireNonNull(replacement, "replacement");
    }

    @Override
    public String kind() {
      return "redact";
    }
  }

  /** Normalises a string field: trims and/or lowercases it. */
  record Normalize(FieldPath field, ImmutableSet<Normalization> operations)
      implements TransformStep {
    public Normalize {
      requireNonNull(field, "field");
      operations = ImmutableSet.copyOf(requireNonNull(operations, "operations"));
    }

    @Override
    public String kind() {
      return "normalize";
    }
  }

  /** Replaces a string field's value through a lookup table; unmapped values stay. */
  record MapValues(FieldPath field, ImmutableMap<String, Literal> mapping)
      implements TransformStep {
    public MapValues {
      requireNonNull(field, "field");
      mapping = ImmutableMap.copyOf(requireNonNull(mapping, "mapping"));
    }

    @Override
    public String kind() {
      return "mapValues";
    }
  }

  /** Converts a field to another JSON type ({@code "12"} to {@code 12}, ...). */
  record Cast(FieldPath field, CastTarget target) implements TransformStep {
    public Cast {
      requireNonNull(field, "field");
      requireNonNull(target, "target");
    }

    @Override
    public String kind() {
      return "cast";
    }
  }

  /** Drops the events the condition matches. */
  record Filter(Condition dropWhen) implements TransformStep {
    public Filter {
      requireNonNull(dropWhen, "dropWhen");
    }

    @Override
    public String kind() {
      return "filter";
    }
  }

  /**
   * A Java transformation registered with the runtime by name. A manifest never names a class to
   * load: the embedding application registers the implementation.
   */
  record Custom(String name, ImmutableMap<String, String> parameters) implements TransformStep {
    public Custom {
      requireNonNull(name, "name");
      parameters = ImmutableMap.copyOf(requireNonNull(parameters, "parameters"));
    }

    @Override
    public String kind() {
      return "custom";
    }
  }
}
