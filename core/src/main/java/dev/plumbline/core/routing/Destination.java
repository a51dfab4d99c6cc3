package dev.plumbline.core.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where events go: a named instance of a destination kind, its settings and its contract.
 *
 * <pre>{@code
 * Destination amplitude = Destination.named("product-analytics")
 *     .kind("amplitude")
 *     .setting("api_key", SecretRef.env("AMPLITUDE_API_KEY"))
 *     .setting("region", "EU")
 *     .contract(Contract.acceptingEvents("Product Viewed", "Product Added"))
 *     .build();
 * }</pre>
 *
 * @param name unique within the pipeline
 * @param kind the destination type, such as {@code snowflake} or {@code amplitude}
 * @param settings configuration; secrets as {@link SecretRef}
 * @param contract what the destination accepts
 */
public record Destination(
    String name, String kind, ImmutableMap<String, SettingValue> settings, Contract contract) {

  public Destination {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    settings = ImmutableMap.copyOf(requireNonNull(settings, "settings"));
    requireNonNull(contract, "contract");
  }

  /** Starts a destination; the kind comes next. */
  public static KindStep named(String name) {
    requireNonNull(name, "name");
    return kind -> new Builder(name, requireNonNull(kind, "kind"));
  }

  /** The mandatory second step: what kind of destination this is. */
  @FunctionalInterface
  public interface KindStep {
    /**
     * The destination type, such as {@code snowflake} or {@code amplitude}. A blank kind is
     * reported when the pipeline is built.
     */
    Builder kind(String kind);
  }

  /** Declares a destination. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final String name;
    private final String kind;
    private final Map<String, SettingValue> settings = new LinkedHashMap<>();
    private Contract contract = Contract.acceptingAllEvents();

    private Builder(String name, String kind) {
      this.name = name;
      this.kind = kind;
    }

    /**
     * Sets a configuration value, replacing an earlier one of the same key: {@code
     * .setting("api_key", SecretRef.env("AMPLITUDE_API_KEY"))}. Secrets must be {@link SecretRef}s:
     * a plain string that looks like a reference ({@code ${...}}) is reported when the pipeline is
     * built. Environments may replace only the settings declared here.
     */
    public Builder setting(String key, SettingValue value) {
      settings.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /** Sets a plain string value: {@code .setting("region", "EU")}. */
    public Builder setting(String key, String value) {
      return setting(key, SettingValue.of(value));
    }

    /** Sets a plain number value: {@code .setting("batch_size", 500)}. */
    public Builder setting(String key, long value) {
      return setting(key, SettingValue.of(value));
    }

    /** Sets a plain boolean value: {@code .setting("gzip", true)}. */
    public Builder setting(String key, boolean value) {
      return setting(key, SettingValue.of(value));
    }

    /** What the destination accepts; every event and no PII if not set. */
    public Builder contract(Contract contract) {
      this.contract = requireNonNull(contract, "contract");
      return this;
    }

    /**
     * The destination as declared. Its name, kind, settings and contract are checked when the
     * pipeline is built.
     */
    public Destination build() {
      return new Destination(name, kind, ImmutableMap.copyOf(settings), contract);
    }
  }
}
