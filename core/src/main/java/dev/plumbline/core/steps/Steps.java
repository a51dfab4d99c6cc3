package dev.plumbline.core.steps;

import static dev.plumbline.core.internal.NullChecks.mapOf;
import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

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

  /**
   * Moves a field: {@code rename("properties.total", "properties.revenue")}. Both paths must start
   * with an envelope field and differ, which is checked when the pipeline is built.
   */
  public static TransformStep rename(String from, String to) {
    return new TransformStep.Rename(path(from, "from"), path(to, "to"));
  }

  /**
   * Copies a field, keeping the original: {@code copy("traits.email", "context.traits.email")}.
   * Both paths must start with an envelope field and differ, which is checked when the pipeline is
   * built.
   */
  public static TransformStep copy(String from, String to) {
    return new TransformStep.Copy(path(from, "from"), path(to, "to"));
  }

  /** Removes a field: {@code drop("context.ip")}. */
  public static TransformStep drop(String field) {
    return new TransformStep.Drop(path(field, "field"));
  }

  /**
   * Sets a field to a value, replacing what is there: {@code set("context.app.env",
   * Literal.of("prod"))}.
   */
  public static TransformStep set(String field, Literal value) {
    return new TransformStep.Set(path(field, "field"), value);
  }

  /**
   * Sets a field to a value only when it is absent or null: {@code
   * setDefault("properties.currency", Literal.of("USD"))}.
   */
  public static TransformStep setDefault(String field, Literal value) {
    return new TransformStep.SetDefault(path(field, "field"), value);
  }

  /** SHA-256 of the field's text, unsalted; add a salt with {@link TransformStep.Hash#withSalt}. */
  public static TransformStep.Hash hash(String field) {
    return new TransformStep.Hash(path(field, "field"), HashAlgorithm.SHA256, Optional.empty());
  }

  /** Replaces the value with {@code "[REDACTED]"}. */
  public static TransformStep redact(String field) {
    return new TransformStep.Redact(path(field, "field"), "[REDACTED]");
  }

  /** Replaces the value with a text of your own: {@code redact("traits.phone", "***")}. */
  public static TransformStep redact(String field, String replacement) {
    return new TransformStep.Redact(path(field, "field"), replacement);
  }

  /**
   * Normalises a string field: {@code normalize("traits.email", Normalization.TRIM,
   * Normalization.LOWERCASE)}. An operation listed twice counts once; none at all is reported when
   * the pipeline is built.
   */
  public static TransformStep normalize(String field, Normalization... operations) {
    FieldPath path = path(field, "field");
    return new TransformStep.Normalize(
        path, ImmutableSet.copyOf(requireNoNullElements(operations, "operations")));
  }

  /**
   * Replaces a string field's value through a lookup table; values the table does not list stay as
   * they are: {@code mapValues("properties.country", Map.of("UK", Literal.of("GB")))}. An empty
   * table is reported when the pipeline is built.
   */
  public static TransformStep mapValues(String field, Map<String, Literal> mapping) {
    FieldPath path = path(field, "field");
    return new TransformStep.MapValues(path, mapOf(mapping, "mapping"));
  }

  /**
   * Converts a field to another JSON type ({@code "12"} to {@code 12}, ...): {@code
   * cast("properties.quantity", CastTarget.INTEGER)}.
   */
  public static TransformStep cast(String field, CastTarget target) {
    return new TransformStep.Cast(path(field, "field"), target);
  }

  /** Drops every event the condition matches. */
  public static TransformStep filter(Condition dropWhen) {
    return new TransformStep.Filter(dropWhen);
  }

  /** A Java transformation registered with the runtime under this name. */
  public static TransformStep custom(String name) {
    return new TransformStep.Custom(name, ImmutableMap.of());
  }

  /**
   * A Java transformation registered with the runtime under this name, given text parameters:
   * {@code custom("geo-enrich", Map.of("precision", "city"))}. A blank name is reported when the
   * pipeline is built.
   */
  public static TransformStep custom(String name, Map<String, String> parameters) {
    requireNonNull(name, "name");
    return new TransformStep.Custom(name, mapOf(parameters, "parameters"));
  }

  /** Parses a field argument; a null one is a NullPointerException naming {@code name}. */
  private static FieldPath path(String dotted, String name) {
    return FieldPath.of(requireNonNull(dotted, name));
  }
}
