package dev.plumbline.benchmarks;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;

import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.conditions.Conditions;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.StringFormat;

/** Deterministic large plans for benchmarks: every event has the same mix of property kinds. */
public final class LargePlans {
  private LargePlans() {}

  /** A plan of {@code events} track events with {@code properties} properties each. */
  public static TrackingPlan.Builder plan(int events, int properties) {
    TrackingPlan.Builder plan =
        TrackingPlan.named("large")
            .version("1.0.0")
            .category("Generated")
            .customType(
                "Item",
                object()
                    .required("sku", string().minLength(1).maxLength(64))
                    .required("price", number().min(0))
                    .optional("quantity", integer().min(1)));
    for (int e = 0; e < events; e++) {
      EventSpec.Builder spec =
          EventSpec.track("Event " + e).category("Generated").description("generated event " + e);
      for (int p = 0; p < properties; p++) {
        String name = "property_" + p;
        DataType type = typeFor(p);
        if (p % 3 == 0) {
          spec.required(name, type);
        } else if (p % 11 == 5) {
          spec.optional(name, type, PiiCategory.EMAIL);
        } else {
          spec.optional(name, type);
        }
      }
      plan.event(spec);
    }
    return plan;
  }

  /** A pipeline around {@link #plan}, with two destinations and two routes. */
  public static Pipeline pipeline(int events, int properties) {
    return Pipeline.named("large")
        .plan(plan(events, properties))
        .destination(
            Destination.named("warehouse")
                .kind("snowflake")
                .setting("password", SecretRef.env("WAREHOUSE_PASSWORD")))
        .destination(Destination.named("analytics").kind("amplitude"))
        .route(Route.to("warehouse"))
        .route(Route.to("analytics").when(Conditions.eventIn("Event 1", "Event 2")))
        .build();
  }

  private static DataType typeFor(int p) {
    switch (p % 10) {
      case 0:
        return string().minLength(1).maxLength(128);
      case 1:
        return number().min(0).max(1_000_000);
      case 2:
        return integer().min(0);
      case 3:
        return bool();
      case 4:
        return enumOf("a", "b", "c", "d");
      case 5:
        return string().format(StringFormat.EMAIL);
      case 6:
        return array(ref("Item")).minItems(1);
      case 7:
        return nullable(string().pattern("^[A-Z]{3}$"));
      case 8:
        return object().required("x", number()).optional("y", number()).open();
      default:
        return array(string()).uniqueItems();
    }
  }
}
