package dev.plumbline.core.steps;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.conditions.Condition;
import java.util.Map;
import java.util.Optional;

/**
 * Entry points of the transform-step DSL. Field paths are dotted ({@code properties.email}).
 *
 * <pre>{@code
 * import static dev.plumbline.core.steps.Steps.*;
 *
 * List<TransformStep> steps = List.of(
 *     normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE),
 *     hash("traits.email"),
 *     drop("traits.phone"),
 *     setDefault("properties.currency", Literal.of("USD")),
 *     cast("properties.quantity", CastTarget.INTEGER));
 * }</pre>
 */
public final class Steps {
  private Steps() {}

  public static TransformStep rename(String from, String to) {
    return new TransformStep.Rename(FieldPath.of(from), FieldPath.of(to));
  }

  public static TransformStep copy(String from, String to) {
    return new TransformStep.Copy(FieldPath.of(from), FieldPath.of(to));
  }

  public static TransformStep drop(String field) {
    return new TransformStep.Drop(FieldPath.of(field));
  }

  public static TransformStep set(String field, Literal value) {
    return new TransformStep.Set(FieldPath.of(field), value);
  }

  public static TransformStep setDefault(String field, Literal value) {
    return new TransformStep.SetDefault(FieldPath.of(field), value);
  }

  /** SHA-256 of the field's text, unsalted; add a salt with {@link TransformStep.Hash#withSalt}. */
  public static TransformStep.Hash hash(String field) {
    return new TransformStep.Hash(FieldPath.of(field), HashAlgorithm.SHA256, Optional.empty());
  }

  /** Replaces the value with {@code "[REDACTED]"}. */
  public static TransformStep redact(String field) {
    return new TransformStep.Redact(FieldPath.of(field), "[REDACTED]");
  }

  public static TransformStep redact(String field, String replacement) {
    return new TransformStep.Redact(FieldPath.of(field), replacement);
  }

  public static TransformStep normalize(String field, Normalization... operations) {
    return new TransformStep.Normalize(FieldPath.of(field), ImmutableSet.copyOf(operations));
  }

  public static TransformStep mapValues(String field, Map<String, Literal> mapping) {
    return new TransformStep.MapValues(FieldPath.of(field), ImmutableMap.copyOf(mapping));
  }

  public static TransformStep cast(String field, CastTarget target) {
    return new TransformStep.Cast(FieldPath.of(field), target);
  }

  /** Drops every event the condition matches. */
  public static TransformStep filter(Condition dropWhen) {
    return new TransformStep.Filter(dropWhen);
  }

  /** A Java transformation registered with the runtime under this name. */
  public static TransformStep custom(String name) {
    return new TransformStep.Custom(name, ImmutableMap.of());
  }

  public static TransformStep custom(String name, Map<String, String> parameters) {
    return new TransformStep.Custom(name, ImmutableMap.copyOf(parameters));
  }
}
