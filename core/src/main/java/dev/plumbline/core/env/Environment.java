package dev.plumbline.core.env;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A deployment environment (dev, staging, prod) and its overlays on destinations.
 *
 * <pre>{@code
 * Environment dev = Environment.named("dev")
 *     .destination("email-marketing", o -> o.disabled())
 *     .destination("product-analytics", o -> o.sampling(0.1).setting("region", "EU"))
 *     .build();
 * }</pre>
 *
 * @param name unique within the pipeline
 * @param overlays per destination name
 */
public record Environment(String name, ImmutableMap<String, DestinationOverlay> overlays) {
  public Environment {
    requireNonNull(name, "name");
    overlays = ImmutableMap.copyOf(requireNonNull(overlays, "overlays"));
  }

  /**
   * Starts an environment; {@code dev}, {@code staging} and {@code prod} are usual names. A blank
   * name, or two environments of the same name, are reported when the pipeline is built.
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Declares an environment. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final String name;
    private final Map<String, DestinationOverlay> overlays = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /**
     * Changes one destination in this environment: {@code overlay} receives the overlay declared so
     * far for it ({@link DestinationOverlay#none()} at first) and returns the new one, so calls for
     * the same destination add up. An overlay of a destination the pipeline does not declare is
     * reported when the pipeline is built.
     *
     * <pre>{@code
     * .destination("warehouse", o -> o.sampling(0.1).setting("region", "EU"))
     * }</pre>
     */
    public Builder destination(String destination, UnaryOperator<DestinationOverlay> overlay) {
      requireNonNull(destination, "destination");
      requireNonNull(overlay, "overlay");
      DestinationOverlay current = overlays.getOrDefault(destination, DestinationOverlay.none());
      overlays.put(destination, requireNonNull(overlay.apply(current), "overlay"));
      return this;
    }

    /**
     * The environment as declared. Its overlays are checked against the pipeline's destinations
     * when the pipeline is built.
     */
    public Environment build() {
      return new Environment(name, ImmutableMap.copyOf(overlays));
    }
  }
}
