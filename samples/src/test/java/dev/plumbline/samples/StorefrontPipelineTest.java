package dev.plumbline.samples;

import static dev.plumbline.samples.StorefrontPipeline.EMAIL_MARKETING;
import static dev.plumbline.samples.StorefrontPipeline.PRODUCT_ANALYTICS;
import static dev.plumbline.samples.StorefrontPipeline.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.EventType;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Pipeline.DeployedDestination;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.Steps;
import dev.plumbline.core.steps.TransformStep;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.EnumType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.samples.internal.PiiFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StorefrontPipelineTest {
  private final Pipeline pipeline = StorefrontPipeline.pipeline();
  private final TrackingPlan plan = pipeline.plan();

  @Test
  void buildsTheSamePipelineEveryTime() {
    assertThat(new StorefrontPipeline().define()).isEqualTo(pipeline);
    assertThat(pipeline.name()).isEqualTo("storefront");
    assertThat(plan.version()).isEqualTo("2.3.0");
  }

  @Test
  void plansAtLeastTwelveEventsOverTrackIdentifyAndPage() {
    assertThat(plan.events()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(plan.events().values())
        .extracting(EventSpec::type)
        .contains(EventType.TRACK, EventType.IDENTIFY, EventType.PAGE);
    assertThat(plan.events().keySet())
        .contains(
            "Product Viewed",
            "Product List Viewed",
            "Product Added",
            "Product Removed",
            "Cart Viewed",
            "Checkout Started",
            "Payment Info Entered",
            "Order Completed",
            "Order Refunded",
            "Signed Up",
            "Logged In",
            "Newsletter Subscribed",
            "Search Performed",
            "Home",
            "Product Detail",
            "Checkout");
    assertThat(plan.events().values())
        .allSatisfy(
            e -> {
              assertThat(e.description()).as("%s description", e.name()).isPresent();
              assertThat(e.category()).as("%s category", e.name()).isPresent();
              assertThat(e.owners()).as("%s owners", e.name()).isNotEmpty();
            });
  }

  @Test
  void identifyClassifiesContactTraitsAsPii() {
    Map<String, Property> traits = plan.event("Identify").orElseThrow().payload().properties();
    assertThat(traits.get("email").pii()).contains(PiiCategory.EMAIL);
    assertThat(traits.get("email").required()).isTrue();
    assertThat(((StringType) traits.get("email").type()).format()).contains(StringFormat.EMAIL);
    assertThat(traits.get("phone").pii()).contains(PiiCategory.PHONE);
    Pattern e164 = Pattern.compile(((StringType) traits.get("phone").type()).pattern().get());
    assertThat(e164.matcher("+14155550101").find()).isTrue();
    assertThat(e164.matcher("555-0100").find()).isFalse();
    assertThat(traits.get("name").pii()).contains(PiiCategory.NAME);
    assertThat(traits.get("address").pii()).contains(PiiCategory.ADDRESS);
    assertThat(traits.get("plan_tier").type())
        .isEqualTo(new EnumType(ImmutableList.of("free", "plus", "pro")));
  }

  @Test
  void orderCompletedUsesCustomTypesTheCurrencyEnumAndANullableCoupon() {
    Map<String, Property> order =
        plan.event("Order Completed").orElseThrow().payload().properties();
    ArrayType products = (ArrayType) order.get("products").type();
    assertThat(products.items()).isEqualTo(new TypeRef("Product"));
    assertThat(products.minItems()).contains(1);
    assertThat(((EnumType) order.get("currency").type()).values())
        .containsExactlyElementsOf(
            Arrays.stream(StorefrontPipeline.Currency.values()).map(Enum::name).toList());
    assertThat(order.get("coupon").type()).isInstanceOf(NullableType.class);
    assertThat(order.get("shipping_address").type()).isEqualTo(new TypeRef("Address"));
    assertThat(plan.customTypes()).containsKeys("Product", "Address");
  }

  @Test
  void paymentInfoRequiresDifferentFieldsPerPaymentMethod() {
    var variants = plan.event("Payment Info Entered").orElseThrow().payload().variants().get();
    assertThat(variants.discriminator()).isEqualTo("payment_method");
    Map<String, Set<String>> required =
        variants.cases().stream()
            .collect(
                Collectors.toMap(
                    c -> String.join(",", c.match()),
                    c ->
                        c.properties().entrySet().stream()
                            .filter(p -> p.getValue().required())
                            .map(Map.Entry::getKey)
                            .collect(Collectors.toSet())));
    assertThat(required)
        .containsEntry("card", Set.of("card_brand", "last4"))
        .containsEntry("paypal", Set.of("payer_email"));
  }

  @Test
  void enforcesTrackStrictlyAndDropsIdentifyCallsWithUnplannedTraits() {
    var track = plan.policyFor(EventType.TRACK);
    assertThat(track.unplannedProperty()).isEqualTo(UnplannedPropertyAction.STRIP);
    assertThat(track.otherViolation()).isEqualTo(ViolationAction.QUARANTINE);
    assertThat(track.propagateViolations()).isTrue();
    assertThat(plan.policyFor(EventType.IDENTIFY).unplannedProperty())
        .isEqualTo(UnplannedPropertyAction.DROP_EVENT);
  }

  @Test
  void everyEventFirstLosesInternalTestTraffic() {
    assertThat(pipeline.steps().get(0))
        .isInstanceOfSatisfying(
            TransformStep.Filter.class,
            f ->
                assertThat(conditionsIn(f.dropWhen()))
                    .contains(
                        new Condition.EqualTo(
                            FieldPath.of("context.app.env"), Literal.of("test"))));
    assertThat(pipeline.steps())
        .contains(
            new TransformStep.SetDefault(FieldPath.of("properties.currency"), Literal.of("USD")),
            new TransformStep.Drop(FieldPath.of("context.debug")));
  }

  @Test
  void theWarehouseTakesEverythingWithEveryPiiCategoryAndSecretCredentials() {
    var warehouse = pipeline.destinations().get(WAREHOUSE);
    assertThat(warehouse.kind()).isEqualTo("snowflake");
    assertThat(warehouse.contract().acceptedEvents()).isEmpty();
    assertThat(warehouse.contract().acceptedPii()).containsExactlyInAnyOrder(PiiCategory.values());
    assertThat(warehouse.settings().get("password")).isEqualTo(SecretRef.env("SNOWFLAKE_PASSWORD"));
    assertThat(warehouse.settings().get("account")).isInstanceOf(SecretRef.class);
    assertThat(routeTo(WAREHOUSE).condition()).isEqualTo(new Condition.Always());
  }

  @Test
  void productAnalyticsTakesOnlyBrowsingEventsThatCarryNoPii() {
    var analytics = pipeline.destinations().get(PRODUCT_ANALYTICS);
    assertThat(analytics.kind()).isEqualTo("amplitude");
    Contract contract = analytics.contract();
    assertThat(contract.acceptedPii()).isEmpty();
    assertThat(contract.acceptedEvents().orElseThrow())
        .isNotEmpty()
        .allSatisfy(
            name -> {
              EventSpec spec = plan.event(name).orElseThrow();
              assertThat(spec.category().orElseThrow()).as(name).isIn("Browsing", "Ecommerce");
              assertThat(PiiFields.of(spec.payload(), plan.customTypes())).as(name).isEmpty();
            })
        .doesNotContain("Order Completed", "Signed Up", "Identify");
    assertThat(analytics.settings().get("api_key")).isInstanceOf(SecretRef.class);
    Route route = routeTo(PRODUCT_ANALYTICS);
    assertThat(eventNamesIn(route.condition()))
        .containsExactlyInAnyOrderElementsOf(contract.acceptedEvents().get());
    assertThat(route.steps())
        .contains(
            new TransformStep.Drop(FieldPath.of("context.ip")),
            new TransformStep.Drop(FieldPath.of("properties.email")));
  }

  @Test
  void emailMarketingTakesLifecycleEventsWithHashedEmailsOnly() {
    var email = pipeline.destinations().get(EMAIL_MARKETING);
    assertThat(email.kind()).isIn("braze", "customerio");
    Contract contract = email.contract();
    assertThat(contract.acceptedPii()).containsExactly(PiiCategory.EMAIL);
    assertThat(contract.acceptedEvents().orElseThrow())
        .containsExactlyInAnyOrder(
            "Signed Up", "Order Completed", "Newsletter Subscribed", "Identify");
    Route route = routeTo(EMAIL_MARKETING);
    assertThat(conditionsIn(route.condition()))
        .contains(new Condition.EventTypeIn(ImmutableSet.of(EventType.IDENTIFY)));
    assertThat(eventNamesIn(route.condition()))
        .containsExactlyInAnyOrder("Signed Up", "Order Completed", "Newsletter Subscribed");
    SecretRef salt = SecretRef.env("EMAIL_HASH_SALT");
    assertThat(route.steps())
        .contains(
            Steps.hash("traits.email").withSalt(salt),
            Steps.hash("properties.email").withSalt(salt));
  }

  @Test
  void everyRouteRemovesThePiiItsDestinationDoesNotAccept() {
    for (Route route : pipeline.routes()) {
      Contract contract = pipeline.destinations().get(route.destination()).contract();
      Set<FieldPath> removed = new HashSet<>();
      for (TransformStep s : route.steps()) {
        if (s instanceof TransformStep.Drop d) {
          removed.add(d.field());
        } else if (s instanceof TransformStep.Hash h) {
          removed.add(h.field());
        }
      }
      for (String name : contract.acceptedEvents().orElse(plan.events().keySet())) {
        EventSpec spec = plan.event(name).orElseThrow();
        spec.payload()
            .properties()
            .forEach(
                (property, p) -> {
                  boolean accepted = p.pii().map(contract.acceptedPii()::contains).orElse(true);
                  FieldPath path = FieldPath.of(spec.type().payloadField() + "." + property);
                  if (!accepted) {
                    assertThat(removed)
                        .as("%s on route %s", path, route.name())
                        .anySatisfy(f -> assertThat(path.toString()).startsWith(f.toString()));
                  }
                });
      }
    }
  }

  @Test
  void everyDestinationIsRoutedAndEveryContractNamesPlannedEvents() {
    assertThat(pipeline.routes())
        .extracting(Route::destination)
        .containsExactlyInAnyOrder(WAREHOUSE, PRODUCT_ANALYTICS, EMAIL_MARKETING);
    pipeline
        .destinations()
        .values()
        .forEach(
            d ->
                d.contract()
                    .acceptedEvents()
                    .ifPresent(
                        names ->
                            assertThat(plan.events()).containsKeys(names.toArray(new String[0]))));
  }

  @Test
  void devDisablesEmailSamplesAnalyticsAndUsesADevDatabase() {
    Map<String, DeployedDestination> dev = pipeline.deployedIn("dev");
    assertThat(dev.get(EMAIL_MARKETING).enabled()).isFalse();
    assertThat(dev.get(PRODUCT_ANALYTICS).sampling()).isEqualTo(0.1);
    assertThat(dev.get(PRODUCT_ANALYTICS).enabled()).isTrue();
    assertThat(dev.get(WAREHOUSE).destination().settings().get("database"))
        .isEqualTo(SettingValue.of("ANALYTICS_DEV"));
  }

  @Test
  void stagingSamplesAndProdRunsEverythingAsDeclared() {
    Map<String, DeployedDestination> staging = pipeline.deployedIn("staging");
    assertThat(staging.values()).allSatisfy(d -> assertThat(d.enabled()).isTrue());
    assertThat(staging.get(PRODUCT_ANALYTICS).sampling()).isLessThan(1.0);
    assertThat(pipeline.deployedIn("prod")).isEqualTo(pipeline.deployedWithoutEnvironment());
  }

  private Route routeTo(String destination) {
    return pipeline.routes().stream()
        .filter(r -> r.destination().equals(destination))
        .findFirst()
        .orElseThrow();
  }

  /** Every node of a condition tree. */
  private static List<Condition> conditionsIn(Condition c) {
    List<Condition> out = new ArrayList<>();
    out.add(c);
    if (c instanceof Condition.And a) {
      a.operands().forEach(o -> out.addAll(conditionsIn(o)));
    } else if (c instanceof Condition.Or o) {
      o.operands().forEach(x -> out.addAll(conditionsIn(x)));
    } else if (c instanceof Condition.Not n) {
      out.addAll(conditionsIn(n.operand()));
    }
    return out;
  }

  private static Set<String> eventNamesIn(Condition c) {
    return conditionsIn(c).stream()
        .filter(Condition.EventNameIn.class::isInstance)
        .flatMap(x -> ((Condition.EventNameIn) x).names().stream())
        .collect(Collectors.toSet());
  }
}
