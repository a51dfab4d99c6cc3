package dev.plumbline.core.types;

import static dev.plumbline.core.internal.NullChecks.listOf;
import static dev.plumbline.core.internal.NullChecks.mapOf;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Discriminated variants of an object (RudderStack {@code variants}): the value of one of the
 * object's own properties selects which extra properties apply.
 *
 * <pre>{@code
 * object()
 *     .required("method", enumOf("card", "paypal"))
 *     .variants(Variants.on("method")
 *         .when("Card", List.of("card"), Map.of("last4", Property.required(string().minLength(4))))
 *         .when("PayPal", List.of("paypal"), Map.of("payer_id", Property.required(string()))))
 * }</pre>
 *
 * @param discriminator the name of a property declared on the object itself
 * @param cases the cases, tried in order
 * @param defaultProperties the properties that apply when no case matches
 */
public record Variants(
    String discriminator,
    ImmutableList<VariantCase> cases,
    ImmutableMap<String, Property> defaultProperties) {

  public Variants {
    requireNonNull(discriminator, "discriminator");
    cases = ImmutableList.copyOf(requireNonNull(cases, "cases"));
    defaultProperties = ImmutableMap.copyOf(requireNonNull(defaultProperties, "defaultProperties"));
  }

  /** Starts variants discriminated by the named property. */
  public static Variants on(String discriminator) {
    return new Variants(discriminator, ImmutableList.of(), ImmutableMap.of());
  }

  /** Adds a case. */
  public Variants when(String name, Iterable<String> match, Map<String, Property> properties) {
    requireNonNull(name, "name");
    VariantCase added =
        new VariantCase(name, listOf(match, "match"), mapOf(properties, "properties"));
    return new Variants(
        discriminator,
        ImmutableList.<VariantCase>builder().addAll(cases).add(added).build(),
        defaultProperties);
  }

  /** Sets the properties that apply when no case matches. */
  public Variants otherwise(Map<String, Property> properties) {
    return new Variants(discriminator, cases, mapOf(properties, "properties"));
  }
}
