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
    settings = ImmutableMap.copyOf(requireNonNull(settings, "settings"));
  }

  /** An overlay that changes nothing yet. */
  public static DestinationOverlay none() {
    return new DestinationOverlay(Optional.empty(), Optional.empty(), ImmutableMap.of());
  }

  /**
   * Enables ({@code true}) or disables ({@code false}) the destination in this environment; a
   * destination an environment does not mention stays enabled.
   */
  public DestinationOverlay enabled(boolean on) {
    return new DestinationOverlay(Optional.of(on), sampling, settings);
  }

  /**
   * Disables the destination in this environment: it receives no event there, but it is still
   * deployed (with {@code enabled == false}) and its routes are still checked. The same as {@code
   * enabled(false)}.
   */
  public DestinationOverlay disabled() {
    return enabled(false);
  }

  /**
   * Delivers only this share of events, in (0, 1]; a share outside that range is reported when the
   * pipeline is built. The destination receives every event (a share of 1) if not set.
   */
  public DestinationOverlay sampling(double share) {
    return new DestinationOverlay(enabled, Optional.of(share), settings);
  }

  /**
   * Replaces the value of a setting in this environment: {@code .setting("api_key",
   * SecretRef.env("PROD_API_KEY"))}. Only settings the destination itself declares may be changed;
   * another key is reported when the pipeline is built, and so is a plain string that looks like a
   * secret reference ({@code ${...}}).
   */
  public DestinationOverlay setting(String key, SettingValue value) {
    Map<String, SettingValue> copy = new LinkedHashMap<>(settings);
    copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new DestinationOverlay(enabled, sampling, ImmutableMap.copyOf(copy));
  }

  /**
   * Replaces a setting with a plain string, as {@link #setting(String, SettingValue)}: {@code
   * .setting("region", "EU")}.
   */
  public DestinationOverlay setting(String key, String value) {
    return setting(key, SettingValue.of(value));
  }
}
