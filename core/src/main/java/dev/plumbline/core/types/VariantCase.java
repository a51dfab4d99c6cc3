package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * One case of {@link Variants}: when the discriminator equals one of {@code match}, these
 * properties apply in addition to the object's own.
 *
 * @param name a display name, unique among the cases
 * @param match discriminator values that select this case
 * @param properties the extra properties of this case
 */
public record VariantCase(
    String name, ImmutableList<String> match, ImmutableMap<String, Property> properties) {
  public VariantCase {
    requireNonNull(name, "name");
    match = ImmutableList.copyOf(requireNonNull(match, "match"));
    properties = ImmutableMap.copyOf(requireNonNull(properties, "properties"));
  }
}
