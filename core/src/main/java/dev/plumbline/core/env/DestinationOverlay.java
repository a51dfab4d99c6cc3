package dev.plumbline.core.env;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.routing.SettingValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an environment changes about one destination: whether it is enabled, the share of events it
 * samples, and the values of settings it already declares. Nothing else can be changed, so staging
 * and prod provably run the same plan, steps and routes.
 *
 * @param enabled whether the destination receives events in this environment
 * @param sampling the share of events delivered, in (0, 1]
 * @param settings replaced setting values
 */
public record DestinationOverlay(
    Optional<Boolean> enabled,
    Optional<Double> sampling,
    ImmutableMap<String, SettingValue> settings) {

  public DestinationOverlay {
    requireNonNull(enabled, "enabled");
    requireNonNull(sampling, "sampling");
    settings = ImmutableMap.copyOf(settings);
  }

  /** An overlay that changes nothing yet. */
  public static DestinationOverlay none() {
    return new DestinationOverlay(Optional.empty(), Optional.empty(), ImmutableMap.of());
  }

  public DestinationOverlay enabled(boolean on) {
    return new DestinationOverlay(Optional.of(on), sampling, settings);
  }

  public DestinationOverlay disabled() {
    return enabled(false);
  }

  /** Delivers only this share of events, in (0, 1]. */
  public DestinationOverlay sampling(double share) {
    return new DestinationOverlay(enabled, Optional.of(share), settings);
  }

  public DestinationOverlay setting(String key, SettingValue value) {
    Map<String, SettingValue> copy = new LinkedHashMap<>(settings);
    copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new DestinationOverlay(enabled, sampling, ImmutableMap.copyOf(copy));
  }

  public DestinationOverlay setting(String key, String value) {
    return setting(key, SettingValue.of(value));
  }
}
