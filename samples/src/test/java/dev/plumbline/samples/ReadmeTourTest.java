package dev.plumbline.samples;

import static dev.plumbline.core.conditions.Conditions.*;
import static dev.plumbline.core.steps.Steps.*;
import static dev.plumbline.core.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.PipelineDefinition;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.steps.Normalization;
import dev.plumbline.core.types.StringFormat;
import org.junit.jupiter.api.Test;

/** The README's tour of the DSL, verbatim: it must compile, build and round-trip. */
class ReadmeTourTest {
  static final class TourPipeline implements PipelineDefinition {
    enum Currency {
      USD,
      EUR,
      GBP
    }

    @Override
    public Pipeline define() {
      TrackingPlan plan =
          TrackingPlan.named("storefront")
              .version("2.3.0")
              .category("Ecommerce", "Browsing and buying")
              // a reusable custom type, referenced with ref("Product")
              .customType(
                  "Product",
                  object()
                      .required("product_id", string().minLength(1))
                      .required("price", number().min(0))
                      .required("quantity", integer().min(1)))
              .event(
                  EventSpec.track("Order Completed")
                      .category("Ecommerce")
                      .owner("checkout-team")
                      .required("order_id", string().pattern("^ord_[0-9]+$"))
                      .required("revenue", number().min(0))
                      .required("currency", enumOf(Currency.class)) // a Java enum is an enum type
                      .required("products", array(ref("Product")).minItems(1))
                      .optional("coupon", nullable(string())))
              .event(
                  EventSpec.identify("Identify")
                      .required("email", string().format(StringFormat.EMAIL), PiiCategory.EMAIL)
                      .optional(
                          "phone", string().pattern("^\\+[1-9][0-9]{6,14}$"), PiiCategory.PHONE))
              // typed enforcement per event type: never string booleans
              .policy(
                  EventType.TRACK,
                  EnforcementPolicy.DEFAULT
                      .unplannedProperty(UnplannedPropertyAction.STRIP)
                      .otherViolation(ViolationAction.QUARANTINE)
                      .propagateViolations(true))
              .build();

      return Pipeline.named("storefront")
          .plan(plan)
          .steps(normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE))
          .destination(
              Destination.named("warehouse")
                  .kind("snowflake")
                  .setting("account", SecretRef.env("SNOWFLAKE_ACCOUNT")) // secrets are references
                  .contract(Contract.acceptingAllEvents().acceptPii(PiiCategory.values())))
          .destination(
              Destination.named("email-marketing")
                  .kind("braze")
                  .setting("api_key", SecretRef.env("BRAZE_API_KEY"))
                  .contract(
                      Contract.acceptingEvents("Signed Up", "Order Completed")
                          .acceptPii(PiiCategory.EMAIL)))
          .route(Route.to("warehouse"))
          .route(
              Route.to("email-marketing")
                  .when(or(eventIn("Signed Up", "Order Completed"), typeIn(EventType.IDENTIFY)))
                  .steps(hash("traits.email").withSalt(SecretRef.env("EMAIL_SALT"))))
          .environment(
              Environment.named("dev")
                  .destination("email-marketing", o -> o.disabled())
                  .destination("warehouse", o -> o.sampling(0.1)))
          .environment(Environment.named("prod"))
          .build();
    }
  }

  @Test
  void theTourPipelineBuildsCompilesAndLoadsBack() {
    Pipeline pipeline = new TourPipeline().define();

    Manifest prod = Manifests.compile(pipeline, "prod");

    assertThat(Manifests.load(prod.json()).pipeline()).isEqualTo(pipeline);
    assertThat(prod.specDigest()).isEqualTo(Manifests.compile(pipeline, "dev").specDigest());
    assertThat(pipeline.plan().events()).containsOnlyKeys("Order Completed", "Identify");
  }
}
