package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.PiiCategory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object with declared properties. Closed by default: see {@link AdditionalProperties}.
 *
 * <pre>{@code
 * object()
 *     .required("sku", string().minLength(1))
 *     .optional("price", number().min(0))
 *     .optional("email", string().format(EMAIL), PiiCategory.EMAIL)
 * }</pre>
 *
 * <p>Declaring a property twice keeps the last declaration; a duplicate is not an error here
 * because an object is a value, but an event spec reports duplicate property names at build time.
 *
 * @param properties the declared properties by name
 * @param additionalProperties whether undeclared properties are accepted
 * @param variants discriminated variants, if any
 * @param constraints further JSON Schema draft-07 constraints the whole object must also satisfy;
 *     set by imports for keywords the typed model has no place for ({@code patternProperties},
 *     {@code dependencies}, {@code minProperties}, ...), empty for objects declared in Java
 */
public record ObjectType(
    ImmutableMap<String, Property> properties,
    AdditionalProperties additionalProperties,
    Optional<Variants> variants,
    Optional<JsonSchemaType> constraints)
    implements DataType {

  public ObjectType {
    properties = ImmutableMap.copyOf(requireNonNull(properties, "properties"));
    requireNonNull(additionalProperties, "additionalProperties");
    requireNonNull(variants, "variants");
    requireNonNull(constraints, "constraints");
  }

  /** An object without extra JSON Schema constraints. */
  public ObjectType(
      ImmutableMap<String, Property> properties,
      AdditionalProperties additionalProperties,
      Optional<Variants> variants) {
    this(properties, additionalProperties, variants, Optional.empty());
  }

  static final ObjectType EMPTY =
      new ObjectType(ImmutableMap.of(), AdditionalProperties.CLOSED, Optional.empty());

  /** Adds or replaces a property. */
  public ObjectType property(String name, Property property) {
    requireNonNull(name, "name");
    requireNonNull(property, "property");
    Map<String, Property> copy = new LinkedHashMap<>(properties);
    copy.put(name, property);
    return new ObjectType(ImmutableMap.copyOf(copy), additionalProperties, variants, constraints);
  }

  /**
   * Adds or replaces a property that must be present: {@code object().required("sku",
   * string().minLength(1))}.
   */
  public ObjectType required(String name, DataType type) {
    requireNonNull(name, "name");
    return property(name, Property.required(type));
  }

  /**
   * Adds or replaces a property that must be present and holds personal data of the given category:
   * {@code .required("email", string().format(EMAIL), PiiCategory.EMAIL)}.
   */
  public ObjectType required(String name, DataType type, PiiCategory pii) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(pii, "pii");
    return property(name, Property.required(type).pii(pii));
  }

  /**
   * Adds or replaces a property that may be absent: {@code .optional("price", number().min(0))}. To
   * also accept JSON null, declare its type {@code nullable(...)}.
   */
  public ObjectType optional(String name, DataType type) {
    requireNonNull(name, "name");
    return property(name, Property.optional(type));
  }

  /**
   * Adds or replaces a property that may be absent and holds personal data of the given category.
   */
  public ObjectType optional(String name, DataType type, PiiCategory pii) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(pii, "pii");
    return property(name, Property.optional(type).pii(pii));
  }

  /** Accepts undeclared properties. */
  public ObjectType open() {
    return new ObjectType(properties, AdditionalProperties.OPEN, variants, constraints);
  }

  /** Rejects undeclared properties (the default). */
  public ObjectType closed() {
    return new ObjectType(properties, AdditionalProperties.CLOSED, variants, constraints);
  }

  /**
   * Sets discriminated variants, replacing any set before (see {@link Variants} for an example).
   * The plan's build checks that the discriminator is one of this object's own properties, that no
   * case redeclares one of them, and that each case can be selected.
   */
  public ObjectType variants(Variants variants) {
    return new ObjectType(
        properties,
        additionalProperties,
        Optional.of(requireNonNull(variants, "variants")),
        constraints);
  }

  /** Adds JSON Schema constraints the whole object must also satisfy (used by imports). */
  public ObjectType constraints(JsonSchemaType schema) {
    return new ObjectType(
        properties, additionalProperties, variants, Optional.of(requireNonNull(schema, "schema")));
  }

  @Override
  public String kind() {
    return "object";
  }
}
