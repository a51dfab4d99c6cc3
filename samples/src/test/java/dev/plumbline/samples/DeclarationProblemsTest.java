package dev.plumbline.samples;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Problem;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import org.junit.jupiter.api.Test;

/** DSL misuse is reported at {@code build()}, all of it at once, each problem with its path. */
class DeclarationProblemsTest {

  @Test
  void oneBuilderWithFiveMistakesFailsWithOneExceptionListingAllFive() {
    Pipeline.Builder broken =
        Pipeline.named("storefront")
            .plan(
                TrackingPlan.named("storefront")
                    .version("2.3.0")
                    .customType(
                        "Product",
                        object()
                            .required("sku", string())
                            .required("price", number().min(100).max(1))) // min > max
                    .event(
                        EventSpec.track("Order Completed")
                            .required("order_id", string())
                            .required("products", array(ref("Prodcut")))) // dangling ref
                    .event(EventSpec.track("Order Completed"))) // duplicate event
            .destination(
                Destination.named("warehouse").kind("snowflake").setting("database", "ANALYTICS"))
            .route(Route.to("warehouse"))
            .route(Route.to("warehuose")) // unknown destination
            .environment(
                Environment.named("dev")
                    .destination("warehouse", o -> o.setting("schema", "DEV"))); // undeclared

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            DeclarationException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "environments/dev/destinations/warehouse/settings/schema",
                      "plan/customTypes/Product/properties/price/minimum",
                      "plan/events/Order Completed",
                      "plan/events/Order Completed/properties/products/items",
                      "routes/warehuose/destination");
              assertThat(e.problems())
                  .extracting(Problem::message)
                  .anySatisfy(m -> assertThat(m).contains("minimum 100 is greater than maximum 1"))
                  .anySatisfy(m -> assertThat(m).contains("'Prodcut' is not declared"))
                  .anySatisfy(m -> assertThat(m).contains("declared more than once"))
                  .anySatisfy(m -> assertThat(m).contains("unknown destination 'warehuose'"))
                  .anySatisfy(m -> assertThat(m).contains("declares [database]"));
              assertThat(e.getMessage())
                  .startsWith("Invalid pipeline 'storefront': 5 problems")
                  .contains("plan/events/Order Completed/properties/products/items: ");
            });
  }

  @Test
  void theStorefrontPlanBuilderAloneHasNoProblems() {
    assertThat(StorefrontPipeline.plan().problems()).isEmpty();
  }
}
