package dev.plumbline.core;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.env.DestinationOverlay;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.internal.PipelineChecks;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.TransformStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole customer-data pipeline: the tracking plan, the steps every event goes through, the
 * destinations, the routes to them and the environments it is deployed to.
 *
 * <pre>{@code
 * Pipeline storefront = Pipeline.named("storefront")
 *     .plan(plan)
 *     .steps(normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE))
 *     .destination(Destination.named("warehouse").kind("snowflake")
 *         .setting("password", SecretRef.env("SNOWFLAKE_PASSWORD"))
 *         .contract(Contract.acceptingAllEvents().acceptPii(PiiCategory.values())))
 *     .route(Route.to("warehouse"))
 *     .environment(Environment.named("dev").destination("warehouse", o -> o.sampling(0.1)))
 *     .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} and the canonical constructor check the whole declaration: a route to
 * an unknown destination, an overlay of an undeclared setting, a sampling outside (0, 1], a
 * malformed regular expression in a condition and the like are all reported in one {@link
 * DeclarationException}, each with its path. A few mistakes cannot be held until then and throw
 * {@link IllegalArgumentException} at the call that makes them, quoting the argument: a malformed
 * field path ({@code exists("properties..a")}: {@code field path 'properties..a' has an empty
 * segment}) and a bound that is not a finite number ({@code min(Double.NaN)}: {@code minimum must
 * be a finite number, got NaN}).
 *
 * @param name the pipeline's name
 * @param plan the tracking plan
 * @param steps the steps every event goes through before routing, in order
 * @param destinations by name
 * @param routes in declaration order
 * @param environments by name
 */
public record Pipeline(
    String name,
    TrackingPlan plan,
    ImmutableList<TransformStep> steps,
    ImmutableMap<String, Destination> destinations,
    ImmutableList<Route> routes,
    ImmutableMap<String, Environment> environments) {

  public Pipeline {
    requireNonNull(name, "name");
    requireNonNull(plan, "plan");
    steps = ImmutableList.copyOf(requireNonNull(steps, "steps"));
    destinations = ImmutableMap.copyOf(requireNonNull(destinations, "destinations"));
    routes = ImmutableList.copyOf(requireNonNull(routes, "routes"));
    environments = ImmutableMap.copyOf(requireNonNull(environments, "environments"));
    List<Problem> problems = PipelineChecks.check(name, steps, destinations, routes, environments);
    if (!problems.isEmpty()) {
      throw new DeclarationException("pipeline '" + name + "'", problems);
    }
  }

  /** Starts a pipeline; the tracking plan comes next. */
  public static PlanStep named(String name) {
    requireNonNull(name, "name");
    return new PlanStep() {
      @Override
      public Builder plan(TrackingPlan plan) {
        return new Builder(name, requireNonNull(plan, "plan"), null);
      }

      @Override
      public Builder plan(TrackingPlan.Builder plan) {
        return new Builder(name, null, requireNonNull(plan, "plan"));
      }
    };
  }

  /** The mandatory second step: the tracking plan. */
  @FunctionalInterface
  public interface PlanStep {
    /** Takes the built, checked tracking plan. */
    Builder plan(TrackingPlan plan);

    /**
     * Takes a plan still being declared. The step returned by {@link Pipeline#named} builds it in
     * {@link Builder#build()}, so the plan's problems (with paths under {@code plan/}) are reported
     * in the same {@link DeclarationException} as the pipeline's; this default builds it at once.
     */
    default Builder plan(TrackingPlan.Builder plan) {
      return plan(requireNonNull(plan, "plan").build());
    }
  }

  /**
   * The destinations as deployed in one environment: overlays applied, disabled ones included with
   * {@code enabled == false}.
   *
   * @throws IllegalArgumentException naming the environment and the declared ones if unknown
   */
  public ImmutableMap<String, DeployedDestination> deployedIn(String environment) {
    requireNonNull(environment, "environment");
    Environment env = environments.get(environment);
    if (env == null) {
      throw new IllegalArgumentException(
          "unknown environment '" + environment + "'; declared: " + environments.keySet());
    }
    ImmutableMap.Builder<String, DeployedDestination> out = ImmutableMap.builder();
    for (Destination d : destinations.values()) {
      DestinationOverlay o = env.overlays().getOrDefault(d.name(), DestinationOverlay.none());
      Map<String, SettingValue> settings = new LinkedHashMap<>(d.settings());
      settings.putAll(o.settings());
      out.put(
          d.name(),
          new DeployedDestination(
              new Destination(d.name(), d.kind(), ImmutableMap.copyOf(settings), d.contract()),
              o.enabled().orElse(true),
              o.sampling().orElse(1.0)));
    }
    return out.build();
  }

  /** The destinations with no environment applied: all enabled, sampling 1. */
  public ImmutableMap<String, DeployedDestination> deployedWithoutEnvironment() {
    ImmutableMap.Builder<String, DeployedDestination> out = ImmutableMap.builder();
    destinations.values().forEach(d -> out.put(d.name(), new DeployedDestination(d, true, 1.0)));
    return out.build();
  }

  /**
   * A destination as one environment deploys it.
   *
   * @param destination with the environment's settings applied
   * @param enabled whether it receives events
   * @param sampling the share of events it receives
   */
  public record DeployedDestination(Destination destination, boolean enabled, double sampling) {
    public DeployedDestination {
      requireNonNull(destination, "destination");
    }
  }

  /** Declares a pipeline. Not thread-safe; {@link #build()} returns an immutable, checked value. */
  public static final class Builder {
    private final String name;
    // Exactly one of plan and planBuilder is set; a builder is built (and checked) in build().
    private final TrackingPlan plan;
    private final TrackingPlan.Builder planBuilder;
    private final List<TransformStep> steps = new ArrayList<>();
    private final List<Destination> destinations = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<Environment> environments = new ArrayList<>();

    private Builder(String name, TrackingPlan plan, TrackingPlan.Builder planBuilder) {
      this.name = name;
      this.plan = plan;
      this.planBuilder = planBuilder;
    }

    /**
     * Appends steps every event goes through before routing, in order; each call adds to the steps
     * of earlier calls. {@link #build()} checks each step (its fields must start with an envelope
     * field such as {@code properties} or {@code traits}, a rename must not rename a field to
     * itself, ...).
     *
     * <pre>{@code
     * .steps(normalize("traits.email", Normalization.TRIM), drop("context.ip"))
     * }</pre>
     */
    public Builder steps(TransformStep... steps) {
      this.steps.addAll(Arrays.asList(requireNoNullElements(steps, "steps")));
      return this;
    }

    /**
     * Declares a destination. Its name must be unique within the pipeline: {@link #build()} reports
     * a second destination of the same name, a blank name or kind, a setting that looks like a
     * secret reference but is a plain string, and a required field outside the envelope.
     */
    public Builder destination(Destination destination) {
      destinations.add(requireNonNull(destination, "destination"));
      return this;
    }

    /**
     * Declares a destination still being declared, building it at once: {@code
     * .destination(Destination.named("warehouse").kind("snowflake"))}. The same as {@code
     * destination(destination.build())}.
     */
    public Builder destination(Destination.Builder destination) {
      return destination(requireNonNull(destination, "destination").build());
    }

    /**
     * Adds a route; routes fan out, so an event takes every route whose condition it matches.
     * {@link #build()} reports a route to an undeclared destination, two routes of the same name
     * and a problem in its condition or steps.
     */
    public Builder route(Route route) {
      routes.add(requireNonNull(route, "route"));
      return this;
    }

    /**
     * Adds a route still being declared, building it at once: {@code
     * .route(Route.to("warehouse"))}. The same as {@code route(route.build())}.
     */
    public Builder route(Route.Builder route) {
      return route(requireNonNull(route, "route").build());
    }

    /**
     * Declares an environment the pipeline is deployed to. {@link #build()} reports two
     * environments of the same name, a blank name, an overlay of an undeclared destination or of a
     * setting the destination does not declare, and a sampling share outside (0, 1].
     */
    public Builder environment(Environment environment) {
      environments.add(requireNonNull(environment, "environment"));
      return this;
    }

    /**
     * Declares an environment still being declared, building it at once: {@code
     * .environment(Environment.named("prod"))}. The same as {@code
     * environment(environment.build())}.
     */
    public Builder environment(Environment.Builder environment) {
      return environment(requireNonNull(environment, "environment").build());
    }

    /**
     * Builds and checks the pipeline.
     *
     * @throws DeclarationException listing every problem, each with its path
     */
    public Pipeline build() {
      List<Problem> problems = new ArrayList<>();
      TrackingPlan builtPlan = plan;
      if (planBuilder != null) {
        try {
          builtPlan = planBuilder.build();
        } catch (DeclarationException e) {
          e.problems().forEach(p -> problems.add(new Problem("plan/" + p.path(), p.message())));
        }
      }
      Map<String, Destination> destinationMap = new LinkedHashMap<>();
      for (Destination d : destinations) {
        if (destinationMap.putIfAbsent(d.name(), d) != null) {
          problems.add(
              new Problem(
                  "destinations/" + d.name(),
                  "destination '" + d.name() + "' is declared more than once"));
        }
      }
      Map<String, Environment> environmentMap = new LinkedHashMap<>();
      for (Environment e : environments) {
        if (environmentMap.putIfAbsent(e.name(), e) != null) {
          problems.add(
              new Problem(
                  "environments/" + e.name(),
                  "environment '" + e.name() + "' is declared more than once"));
        }
      }
      problems.addAll(PipelineChecks.check(name, steps, destinationMap, routes, environmentMap));
      if (!problems.isEmpty()) {
        throw new DeclarationException("pipeline '" + name + "'", problems);
      }
      return new Pipeline(
          name,
          builtPlan,
          ImmutableList.copyOf(steps),
          ImmutableMap.copyOf(destinationMap),
          ImmutableList.copyOf(routes),
          ImmutableMap.copyOf(environmentMap));
    }
  }
}
