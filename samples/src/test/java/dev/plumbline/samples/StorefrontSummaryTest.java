package dev.plumbline.samples;

import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.Pipeline;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import org.junit.jupiter.api.Test;

class StorefrontSummaryTest {
  private final Pipeline pipeline = StorefrontPipeline.pipeline();
  private final String summary = new StorefrontSummary().render(pipeline);

  @Test
  void namesThePipelinePlanVersionEveryEventAndEveryDestination() {
    assertThat(summary).startsWith("Pipeline storefront (plan storefront 2.3.0)\n");
    assertThat(pipeline.plan().events().keySet())
        .allSatisfy(name -> assertThat(summary).contains("    " + name + " ["));
    assertThat(pipeline.destinations().values())
        .allSatisfy(d -> assertThat(summary).contains("  " + d.name() + " (" + d.kind() + ")\n"));
    assertThat(pipeline.plan().customTypes().keySet())
        .allSatisfy(name -> assertThat(summary).contains("  " + name + ": object"));
  }

  @Test
  void countsPropertiesAndListsPiiPerEvent() {
    assertThat(summary)
        .contains(
            "    Order Completed [Ecommerce]: 4 required, 6 optional; owner checkout-team\n"
                + "      PII: shipping_address (address)\n")
        .contains("PII: email (email), phone (phone), name (name), address (address)")
        .contains("payer_email (email, when payment_method is paypal)");
  }

  @Test
  void showsSecretsAsReferencesAndContractsReadably() {
    assertThat(summary)
        .contains("password = ${env:SNOWFLAKE_PASSWORD} (secret)")
        .contains("user = \"PLUMBLINE_LOADER\"")
        .contains(
            "contract: events Signed Up, Order Completed, Newsletter Subscribed, Identify;"
                + " PII email; requires messageId")
        .contains(
            "product-analytics (amplitude)\n    settings: api_key = ${env:AMPLITUDE_API_KEY}"
                + " (secret), region = \"US\"\n    contract: events Product Viewed,");
  }

  @Test
  void rendersRouteConditionsStepsAndEnvironmentChanges() {
    assertThat(summary)
        .contains(
            "  lifecycle-to-email -> email-marketing\n"
                + "    when (type is track and event in [\"Signed Up\", \"Order Completed\","
                + " \"Newsletter Subscribed\"]) or type is identify\n"
                + "    then hash traits.email (sha256, salt ${env:EMAIL_HASH_SALT})\n")
        .contains(
            "  1. drop events when context.app.env == \"test\" or context.userAgent matches"
                + " /PlumblineSynthetics/\n")
        .contains("  dev\n    email-marketing: disabled\n    product-analytics: sampling 0.1\n")
        .contains("  prod: every destination as declared\n");
  }

  @Test
  void rendersAnyPipelineNotJustTheStorefront() {
    Pipeline tiny =
        Pipeline.named("tiny")
            .plan(
                TrackingPlan.named("tiny")
                    .event(EventSpec.track("Ping").optional("note", string())))
            .destination(Destination.named("log").kind("stdout"))
            .route(Route.to("log"))
            .build();
    String text = new StorefrontSummary().render(tiny);
    assertThat(text)
        .startsWith("Pipeline tiny (plan tiny 1.0.0)\n  1 event, 0 custom types, 1 destination")
        .contains("    Ping: 0 required, 1 optional\n")
        .contains("Steps for every event\n  none\n")
        .contains("  log (stdout)\n    contract: events all; PII none\n")
        .doesNotContain("Custom types");
  }
}
