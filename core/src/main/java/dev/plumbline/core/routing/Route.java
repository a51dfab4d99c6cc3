package dev.plumbline.core.routing;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.conditions.Conditions;
import dev.plumbline.core.steps.TransformStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which events go to which destination, through which per-route steps. Routes fan out: an event
 * goes to every route whose condition it matches.
 *
 * <pre>{@code
 * Route.to("email-marketing")
 *     .named("lifecycle-to-email")
 *     .when(eventIn("Signed Up", "Order Completed"))
 *     .steps(hash("traits.email"))
 *     .build();
 * }</pre>
 *
 * @param name unique within the pipeline; the destination's name if not set
 * @param destination the name of a destination declared on the pipeline
 * @param condition which events take this route
 * @param steps transformations applied on this route only, in order
 */
public record Route(
    String name, String destination, Condition condition, ImmutableList<TransformStep> steps) {

  public Route {
    requireNonNull(name, "name");
    requireNonNull(destination, "destination");
    requireNonNull(condition, "condition");
    steps = ImmutableList.copyOf(requireNonNull(steps, "steps"));
  }

  /** Starts a route to the named destination. */
  public static Builder to(String destination) {
    return new Builder(destination);
  }

  /** Declares a route. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final String destination;
    private String name;
    private Condition condition = Conditions.always();
    private final List<TransformStep> steps = new ArrayList<>();

    private Builder(String destination) {
      this.destination = requireNonNull(destination, "destination");
      this.name = destination;
    }

    /**
     * Names the route; the destination's name if not set. Route names must be unique within the
     * pipeline, so a second route to one destination needs a name of its own.
     */
    public Builder named(String routeName) {
      this.name = requireNonNull(routeName, "routeName");
      return this;
    }

    /** Which events take this route; every event if not set. */
    public Builder when(Condition condition) {
      this.condition = requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Appends steps applied on this route only, after the pipeline's own steps: {@code
     * .steps(hash("traits.email"))}. Each call adds to the steps of earlier calls.
     */
    public Builder steps(TransformStep... steps) {
      this.steps.addAll(Arrays.asList(requireNoNullElements(steps, "steps")));
      return this;
    }

    /**
     * The route as declared. The pipeline's build checks that its destination is declared, that no
     * other route has its name, and its condition and steps.
     */
    public Route build() {
      return new Route(name, destination, condition, ImmutableList.copyOf(steps));
    }
  }
}
