package dev.plumbline.cli;

import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.string;

import dev.plumbline.core.Pipeline;
import dev.plumbline.core.PipelineDefinition;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;

/** A small pipeline a user could write, found by class name. */
public final class TinyPipeline implements PipelineDefinition {
  @Override
  public Pipeline define() {
    return Pipeline.named("tiny")
        .plan(
            TrackingPlan.named("tiny")
                .version("1.0.0")
                .event(
                    EventSpec.track("Order Completed")
                        .required("order_id", string().minLength(1))
                        .required("revenue", number().min(0))))
        .destination(
            Destination.named("warehouse")
                .kind("snowflake")
                .setting("password", SecretRef.env("WAREHOUSE_PASSWORD"))
                .setting("database", "ANALYTICS"))
        .route(Route.to("warehouse"))
        .environment(
            Environment.named("dev").destination("warehouse", o -> o.setting("database", "DEV")))
        .environment(Environment.named("prod"))
        .build();
  }

  /** Not a pipeline definition: the CLI must say so. */
  public static final class NotAPipeline {}

  /** Declares an invalid pipeline: the CLI must list every problem. */
  public static final class BrokenPipeline implements PipelineDefinition {
    @Override
    public Pipeline define() {
      return Pipeline.named("broken")
          .plan(
              TrackingPlan.named("broken")
                  .event(EventSpec.track("A").required("n", number().min(2).max(1))))
          .route(Route.to("nowhere"))
          .build();
    }
  }

  /**
   * Event names that make the same file name, and properties declared out of name order (a manifest
   * keeps them sorted).
   */
  public static final class CollidingNames implements PipelineDefinition {
    @Override
    public Pipeline define() {
      return Pipeline.named("colliding")
          .plan(
              TrackingPlan.named("colliding")
                  .event(EventSpec.track("a_b").required("z", string()).required("a", string()))
                  .event(EventSpec.track("a/b"))
                  .event(EventSpec.track("A:B")))
          .build();
    }
  }

  /** Its define() fails the way user code does. */
  public static final class ThrowingPipeline implements PipelineDefinition {
    @Override
    public Pipeline define() {
      throw new IllegalStateException("no config for region eu-1");
    }
  }

  /** Its static initializer fails. */
  public static final class FailingInitializer implements PipelineDefinition {
    static final String REGION = region();

    private static String region() {
      throw new IllegalStateException("static boom");
    }

    @Override
    public Pipeline define() {
      return null;
    }
  }
}
