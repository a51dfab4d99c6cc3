package dev.plumbline.core.routing;

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
    steps = ImmutableList.copyOf(steps);
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

    public Builder named(String routeName) {
      this.name = requireNonNull(routeName, "name");
      return this;
    }

    /** Which events take this route; every event if not set. */
    public Builder when(Condition c) {
      this.condition = requireNonNull(c, "condition");
      return this;
    }

    public Builder steps(TransformStep... more) {
      steps.addAll(Arrays.asList(more));
      return this;
    }

    public Route build() {
      return new Route(name, destination, condition, ImmutableList.copyOf(steps));
    }
  }
}
