package dev.plumbline.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Problem;
import dev.plumbline.core.internal.PlanChecks;
import dev.plumbline.core.types.DataType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tracking plan: the events a product may send, the reusable types they use, their categories,
 * and how the plan is enforced per event type.
 *
 * <pre>{@code
 * TrackingPlan plan = TrackingPlan.named("storefront")
 *     .version("1.4.0")
 *     .category("Ecommerce", "Browsing and buying")
 *     .customType("Product", object()
 *         .required("product_id", string().minLength(1))
 *         .required("price", number().min(0)))
 *     .event(EventSpec.track("Order Completed")
 *         .category("Ecommerce")
 *         .required("order_id", string())
 *         .required("products", array(ref("Product")).minItems(1)))
 *     .event(EventSpec.identify("Identify")
 *         .required("email", string().format(EMAIL), PiiCategory.EMAIL))
 *     .policy(EventType.TRACK, EnforcementPolicy.DEFAULT.unplannedEvent(UnplannedEventAction.DROP))
 *     .build();
 * }</pre>
 *
 * <p>Constructing a plan checks it: a dangling {@code ref}, a {@code min} above its {@code max}, a
 * pattern that does not compile, an unknown category and the like are all reported together in one
 * {@link DeclarationException}, each with its path.
 *
 * <p>A plan declared without {@link Builder#version(String) .version(...)} has version {@code
 * 1.0.0}. The version is written to a manifest's {@code metadata.version}, and enforcement that
 * propagates violations puts it in events' {@code context.trackingPlanVersion}.
 *
 * @param name the plan's name
 * @param version a semantic version, {@code MAJOR.MINOR.PATCH}
 * @param events the event specs by name
 * @param customTypes the custom types by name
 * @param categories the categories by name
 * @param policies explicit enforcement policies; an event type without one uses {@link
 *     EnforcementPolicy#DEFAULT}
 */
public record TrackingPlan(
    String name,
    String version,
    ImmutableMap<String, EventSpec> events,
    ImmutableMap<String, CustomType> customTypes,
    ImmutableMap<String, Category> categories,
    ImmutableMap<EventType, EnforcementPolicy> policies) {

  public TrackingPlan {
    requireNonNull(name, "name");
    requireNonNull(version, "version");
    events = ImmutableMap.copyOf(requireNonNull(events, "events"));
    customTypes = ImmutableMap.copyOf(requireNonNull(customTypes, "customTypes"));
    categories = ImmutableMap.copyOf(requireNonNull(categories, "categories"));
    policies = ImmutableMap.copyOf(requireNonNull(policies, "policies"));
    List<Problem> problems =
        new ArrayList<>(PlanChecks.check(name, version, events, customTypes, categories, ""));
    problems.addAll(policyProblems(policies));
    if (!problems.isEmpty()) {
      throw new DeclarationException("tracking plan '" + name + "'", problems);
    }
  }

  private static List<Problem> policyProblems(Map<EventType, EnforcementPolicy> policies) {
    return policies.containsKey(EventType.ALIAS)
        ? List.of(
            new Problem(
                "policies/alias",
                "alias calls are never validated, so an alias policy would never apply"))
        : List.of();
  }

  /** Starts a plan. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The policy for an event type: the explicit one or {@link EnforcementPolicy#DEFAULT}. */
  public EnforcementPolicy policyFor(EventType type) {
    return policies.getOrDefault(requireNonNull(type, "type"), EnforcementPolicy.DEFAULT);
  }

  /** The spec for an event name, if planned. */
  public Optional<EventSpec> event(String eventName) {
    return Optional.ofNullable(events.get(requireNonNull(eventName, "eventName")));
  }

  /** Declares a plan. Not thread-safe; {@link #build()} returns an immutable, checked value. */
  public static final class Builder {
    private final String name;
    private String version = "1.0.0";
    private final List<Object> events = new ArrayList<>();
    private final List<CustomType> customTypes = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final Map<EventType, EnforcementPolicy> policies = new EnumMap<>(EventType.class);

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /** The plan's semantic version; {@code 1.0.0} if not set. */
    public Builder version(String semver) {
      this.version = requireNonNull(semver, "semver");
      return this;
    }

    /** Adds an event spec; its duplicate properties are reported with the plan's problems. */
    public Builder event(EventSpec.Builder spec) {
      events.add(requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Adds a built event spec. Its name must be unique within the plan: {@link #build()} reports a
     * second spec of the same name, and checks the spec's types, category and event type.
     */
    public Builder event(EventSpec spec) {
      events.add(requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Declares a reusable type that specs use through {@code Types.ref(typeName)}: {@code
     * .customType("Product", object().required("sku", string()))}. {@link #build()} reports a blank
     * or duplicate name, a problem in the type, and custom types that refer to themselves.
     */
    public Builder customType(String typeName, DataType type) {
      requireNonNull(typeName, "typeName");
      customTypes.add(new CustomType(typeName, type, Optional.empty()));
      return this;
    }

    /** Declares a documented reusable type, as {@link #customType(String, DataType)}. */
    public Builder customType(String typeName, DataType type, String description) {
      requireNonNull(typeName, "typeName");
      requireNonNull(type, "type");
      customTypes.add(
          new CustomType(typeName, type, Optional.of(requireNonNull(description, "description"))));
      return this;
    }

    /**
     * Declares a category that event specs may be filed under with {@code .category(name)}. {@link
     * #build()} reports a blank or duplicate name.
     */
    public Builder category(String categoryName) {
      requireNonNull(categoryName, "categoryName");
      categories.add(new Category(categoryName, Optional.empty()));
      return this;
    }

    /**
     * Declares a documented category: {@code .category("Ecommerce", "Browsing and buying")}, as
     * {@link #category(String)}.
     */
    public Builder category(String categoryName, String description) {
      requireNonNull(categoryName, "categoryName");
      categories.add(
          new Category(categoryName, Optional.of(requireNonNull(description, "description"))));
      return this;
    }

    /** Sets the enforcement policy of one event type. */
    public Builder policy(EventType type, EnforcementPolicy policy) {
      policies.put(requireNonNull(type, "type"), requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Builds and checks the plan.
     *
     * @throws DeclarationException listing every problem, each with its path
     */
    public TrackingPlan build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, EventSpec> eventMap = new LinkedHashMap<>();
      for (Object o : events) {
        EventSpec spec;
        if (o instanceof EventSpec.Builder b) {
          problems.addAll(b.problems("events/" + b.name()));
          spec = b.buildUnchecked();
        } else {
          spec = (EventSpec) o;
        }
        if (eventMap.putIfAbsent(spec.name(), spec) != null) {
          problems.add(
              new Problem(
                  "events/" + spec.name(),
                  "event '" + spec.name() + "' is declared more than once"));
        }
      }
      Map<String, CustomType> typeMap = new LinkedHashMap<>();
      for (CustomType t : customTypes) {
        if (typeMap.putIfAbsent(t.name(), t) != null) {
          problems.add(
              new Problem(
                  "customTypes/" + t.name(),
                  "custom type '" + t.name() + "' is declared more than once"));
        }
      }
      Map<String, Category> categoryMap = new LinkedHashMap<>();
      for (Category c : categories) {
        if (categoryMap.putIfAbsent(c.name(), c) != null) {
          problems.add(
              new Problem(
                  "categories/" + c.name(),
                  "category '" + c.name() + "' is declared more than once"));
        }
      }
      problems.addAll(PlanChecks.check(name, version, eventMap, typeMap, categoryMap, ""));
      problems.addAll(policyProblems(policies));
      if (!problems.isEmpty()) {
        throw new DeclarationException("tracking plan '" + name + "'", problems);
      }
      return new TrackingPlan(
          name,
          version,
          ImmutableMap.copyOf(eventMap),
          ImmutableMap.copyOf(typeMap),
          ImmutableMap.copyOf(categoryMap),
          ImmutableMap.copyOf(policies));
    }

    /** The problems {@link #build()} would report, without throwing. */
    public ImmutableList<Problem> problems() {
      try {
        build();
        return ImmutableList.of();
      } catch (DeclarationException e) {
        return e.problems();
      }
    }
  }
}
