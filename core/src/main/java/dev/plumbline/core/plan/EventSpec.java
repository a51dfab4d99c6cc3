package dev.plumbline.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Problem;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.Types;
import dev.plumbline.core.types.Variants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declared shape of one event: its type, its name and the object its payload must match ({@code
 * properties} for track, page and screen; {@code traits} for identify and group).
 *
 * <pre>{@code
 * EventSpec.track("Order Completed")
 *     .description("A customer paid for an order")
 *     .category("Ecommerce")
 *     .owner("checkout-team")
 *     .required("order_id", string().minLength(1))
 *     .required("revenue", number().min(0))
 *     .required("products", array(ref("Product")).minItems(1))
 *     .optional("coupon", string())
 * }</pre>
 *
 * @param name unique within the plan: the {@code event} of a track call, the {@code name} of a page
 *     or screen call, a label for identify and group specs
 * @param type the envelope type this spec applies to
 * @param payload the object the payload must match
 * @param description what the event means
 * @param category the name of a category declared on the plan
 * @param owners who to ask about this event
 */
public record EventSpec(
    String name,
    EventType type,
    ObjectType payload,
    Optional<String> description,
    Optional<String> category,
    ImmutableList<String> owners) {

  public EventSpec {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(payload, "payload");
    requireNonNull(description, "description");
    requireNonNull(category, "category");
    owners = ImmutableList.copyOf(requireNonNull(owners, "owners"));
  }

  /**
   * Starts the spec of a track call, matched by its {@code event} field and validating its {@code
   * properties}: {@code EventSpec.track("Order Completed")}. The payload starts as an empty, closed
   * object. A blank name is reported when the plan is built.
   */
  public static Builder track(String name) {
    return new Builder(name, EventType.TRACK);
  }

  /**
   * Starts the spec of identify calls, validating their {@code traits}; the name is a label, such
   * as {@code "Identify"}.
   */
  public static Builder identify(String name) {
    return new Builder(name, EventType.IDENTIFY);
  }

  /**
   * Starts the spec of a page call, matched by its {@code name} field and validating its {@code
   * properties}: {@code EventSpec.page("Product Page")}.
   */
  public static Builder page(String name) {
    return new Builder(name, EventType.PAGE);
  }

  /**
   * Starts the spec of a screen call, matched by its {@code name} field and validating its {@code
   * properties}.
   */
  public static Builder screen(String name) {
    return new Builder(name, EventType.SCREEN);
  }

  /**
   * Starts the spec of group calls, validating their {@code traits}; the name is a label, such as
   * {@code "Group"}.
   */
  public static Builder group(String name) {
    return new Builder(name, EventType.GROUP);
  }

  /**
   * Starts the spec of an event of the given type, as the factory of that type does: {@code
   * EventSpec.of(EventType.TRACK, "Order Completed")}. An {@link EventType#ALIAS} spec is reported
   * when the plan is built (alias calls are never validated).
   */
  public static Builder of(EventType type, String name) {
    return new Builder(name, type);
  }

  /** Declares an event spec. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final String name;
    private final EventType type;
    private ObjectType payload = Types.object();
    private Optional<String> description = Optional.empty();
    private Optional<String> category = Optional.empty();
    private final List<String> owners = new ArrayList<>();
    private final Set<String> duplicateProperties = new LinkedHashSet<>();

    private Builder(String name, EventType type) {
      this.name = requireNonNull(name, "name");
      this.type = requireNonNull(type, "type");
    }

    /**
     * Declares a property of the payload: {@code .property("email",
     * Property.required(string()).pii(PiiCategory.EMAIL).description("Login email"))}. A name
     * declared twice is reported by {@link #build()} and by the plan's build.
     */
    public Builder property(String propertyName, Property property) {
      requireNonNull(propertyName, "propertyName");
      requireNonNull(property, "property");
      if (payload.properties().containsKey(propertyName)) {
        duplicateProperties.add(propertyName);
      }
      payload = payload.property(propertyName, property);
      return this;
    }

    /**
     * Declares a property that must be present: {@code .required("order_id",
     * string().minLength(1))}. The type's constraints are checked when the plan is built.
     */
    public Builder required(String propertyName, DataType type) {
      requireNonNull(propertyName, "propertyName");
      return property(propertyName, Property.required(type));
    }

    /**
     * Declares a property that must be present and holds personal data of the given category:
     * {@code .required("email", string().format(EMAIL), PiiCategory.EMAIL)}.
     */
    public Builder required(String propertyName, DataType type, PiiCategory pii) {
      requireNonNull(propertyName, "propertyName");
      requireNonNull(type, "type");
      return property(propertyName, Property.required(type).pii(requireNonNull(pii, "pii")));
    }

    /**
     * Declares a property that may be absent: {@code .optional("coupon", string())}. To also accept
     * JSON null, declare its type {@code nullable(...)}.
     */
    public Builder optional(String propertyName, DataType type) {
      requireNonNull(propertyName, "propertyName");
      return property(propertyName, Property.optional(type));
    }

    /**
     * Declares a property that may be absent and holds personal data of the given category: {@code
     * .optional("phone", string(), PiiCategory.PHONE)}.
     */
    public Builder optional(String propertyName, DataType type, PiiCategory pii) {
      requireNonNull(propertyName, "propertyName");
      requireNonNull(type, "type");
      return property(propertyName, Property.optional(type).pii(requireNonNull(pii, "pii")));
    }

    /** Accepts undeclared properties without a violation. Events are closed by default. */
    public Builder open() {
      payload = payload.open();
      return this;
    }

    /**
     * Sets the payload's discriminated variants, replacing any set before; the plan's build checks
     * that the discriminator is a property declared on the payload itself.
     */
    public Builder variants(Variants variants) {
      payload = payload.variants(requireNonNull(variants, "variants"));
      return this;
    }

    /** What the event means, replacing any description set before; none if not set. */
    public Builder description(String text) {
      description = Optional.of(requireNonNull(text, "text"));
      return this;
    }

    /**
     * Files the event under a category, replacing any set before; none if not set. The category
     * must be declared on the plan ({@code TrackingPlan.Builder.category(...)}); an undeclared one
     * is reported when the plan is built.
     */
    public Builder category(String categoryName) {
      category = Optional.of(requireNonNull(categoryName, "categoryName"));
      return this;
    }

    /**
     * Adds an owner, who to ask about this event: {@code .owner("checkout-team")}. Owners keep the
     * order they are added in; one added twice is listed once.
     */
    public Builder owner(String owner) {
      owners.add(requireNonNull(owner, "owner"));
      return this;
    }

    String name() {
      return name;
    }

    /**
     * Problems this builder alone can see (duplicate property names), with paths under {@code
     * prefix}.
     */
    ImmutableList<Problem> problems(String prefix) {
      return duplicateProperties.stream()
          .map(
              p ->
                  new Problem(
                      prefix + "/properties/" + p,
                      "property '" + p + "' is declared more than once"))
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * Builds the spec.
     *
     * @throws DeclarationException if a property is declared twice
     */
    public EventSpec build() {
      ImmutableList<Problem> problems = problems("events/" + name);
      if (!problems.isEmpty()) {
        throw new DeclarationException("event '" + name + "'", problems);
      }
      return buildUnchecked();
    }

    /** The spec as declared, without reporting duplicates (the plan builder reports them). */
    EventSpec buildUnchecked() {
      return new EventSpec(
          name, type, payload, description, category, ImmutableSet.copyOf(owners).asList());
    }
  }
}
