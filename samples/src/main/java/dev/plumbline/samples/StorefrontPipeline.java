package dev.plumbline.samples;

import static dev.plumbline.core.conditions.Conditions.and;
import static dev.plumbline.core.conditions.Conditions.equalTo;
import static dev.plumbline.core.conditions.Conditions.eventIn;
import static dev.plumbline.core.conditions.Conditions.matches;
import static dev.plumbline.core.conditions.Conditions.or;
import static dev.plumbline.core.conditions.Conditions.typeIn;
import static dev.plumbline.core.steps.Steps.cast;
import static dev.plumbline.core.steps.Steps.custom;
import static dev.plumbline.core.steps.Steps.drop;
import static dev.plumbline.core.steps.Steps.filter;
import static dev.plumbline.core.steps.Steps.hash;
import static dev.plumbline.core.steps.Steps.normalize;
import static dev.plumbline.core.steps.Steps.setDefault;
import static dev.plumbline.core.types.Types.anyOf;
import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Literal;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.PipelineDefinition;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedEventAction;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.steps.CastTarget;
import dev.plumbline.core.steps.Normalization;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.Variants;
import java.util.List;

/**
 * The pipeline of a small online shop, declared with the Plumbline DSL: a tracking plan of
 * browsing, shopping and account events, the steps every event goes through, a warehouse, a
 * product-analytics tool and an email-marketing tool, and the dev, staging and prod environments.
 *
 * <p>It is the first example to read, and it is used by the samples' tests and by {@link
 * StorefrontDemo}:
 *
 * <pre>{@code
 * Pipeline storefront = StorefrontPipeline.pipeline();
 * storefront.plan().event("Order Completed");            // the spec of one event
 * storefront.deployedIn("dev").get("email-marketing");   // disabled in dev
 * }</pre>
 *
 * <p>The command line finds it by class name: {@code plumbline compile --pipeline
 * dev.plumbline.samples.StorefrontPipeline}.
 */
public final class StorefrontPipeline implements PipelineDefinition {

  /** The currencies the shop sells in; the plan's currency properties take these names. */
  public enum Currency {
    USD,
    EUR,
    GBP,
    CAD,
    JPY
  }

  /** Name of the warehouse destination. */
  public static final String WAREHOUSE = "warehouse";

  /** Name of the product-analytics destination. */
  public static final String PRODUCT_ANALYTICS = "product-analytics";

  /** Name of the email-marketing destination. */
  public static final String EMAIL_MARKETING = "email-marketing";

  /** The track events product analytics receives: browsing and cart activity, no PII. */
  public static final ImmutableList<String> PRODUCT_TRACK_EVENTS =
      ImmutableList.of(
          "Product Viewed",
          "Product List Viewed",
          "Product Added",
          "Product Removed",
          "Cart Viewed",
          "Search Performed");

  /** The pages product analytics receives. */
  public static final ImmutableList<String> PRODUCT_PAGES =
      ImmutableList.of("Home", "Category", "Product Detail", "Search Results");

  /** The lifecycle track events email marketing receives (plus identify calls). */
  public static final ImmutableList<String> LIFECYCLE_EVENTS =
      ImmutableList.of("Signed Up", "Order Completed", "Newsletter Subscribed");

  /** The name of the identify spec. */
  public static final String IDENTIFY = "Identify";

  /** Creates the definition; {@link #define()} declares the pipeline. */
  public StorefrontPipeline() {}

  /** The storefront pipeline, built and checked. */
  public static Pipeline pipeline() {
    return new StorefrontPipeline().define();
  }

  @Override
  public Pipeline define() {
    return Pipeline.named("storefront")
        .plan(plan())
        .steps(
            // Internal QA traffic never leaves the collector.
            filter(
                or(
                    equalTo("context.app.env", "test"),
                    matches("context.userAgent", "PlumblineSynthetics"))),
            normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE),
            normalize("properties.email", Normalization.TRIM, Normalization.LOWERCASE),
            setDefault("properties.currency", Literal.of(Currency.USD.name())),
            // Older iOS builds send 2.0 for a quantity of 2.
            cast("properties.quantity", CastTarget.INTEGER),
            drop("context.debug"),
            custom("geoip-enrich", ImmutableMap.of("from", "context.ip", "to", "context.location")))
        .destination(warehouse())
        .destination(productAnalytics())
        .destination(emailMarketing())
        .route(Route.to(WAREHOUSE).named("everything-to-warehouse"))
        .route(
            Route.to(PRODUCT_ANALYTICS)
                .named("browsing-to-product-analytics")
                .when(
                    or(
                        and(typeIn(EventType.TRACK), eventIn(PRODUCT_TRACK_EVENTS)),
                        and(typeIn(EventType.PAGE), eventIn(PRODUCT_PAGES))))
                .steps(
                    drop("context.ip"),
                    drop("context.traits"),
                    drop("properties.email"),
                    drop("traits")))
        .route(
            Route.to(EMAIL_MARKETING)
                .named("lifecycle-to-email")
                .when(
                    or(
                        and(typeIn(EventType.TRACK), eventIn(LIFECYCLE_EVENTS)),
                        typeIn(EventType.IDENTIFY)))
                .steps(
                    hash("traits.email").withSalt(SecretRef.env("EMAIL_HASH_SALT")),
                    hash("properties.email").withSalt(SecretRef.env("EMAIL_HASH_SALT")),
                    drop("traits.phone"),
                    drop("traits.name"),
                    drop("traits.address"),
                    drop("properties.shipping_address"),
                    drop("context.ip")))
        .environment(
            Environment.named("dev")
                .destination(EMAIL_MARKETING, o -> o.disabled())
                .destination(PRODUCT_ANALYTICS, o -> o.sampling(0.1))
                .destination(
                    WAREHOUSE,
                    o ->
                        o.setting("database", "ANALYTICS_DEV")
                            .setting("password", SecretRef.env("SNOWFLAKE_DEV_PASSWORD"))))
        .environment(
            Environment.named("staging")
                .destination(PRODUCT_ANALYTICS, o -> o.sampling(0.5))
                .destination(
                    EMAIL_MARKETING,
                    o -> o.sampling(0.25).setting("api_key", SecretRef.env("BRAZE_STAGING_KEY")))
                .destination(WAREHOUSE, o -> o.setting("database", "ANALYTICS_STAGING")))
        .environment(Environment.named("prod"))
        .build();
  }

  /** The storefront tracking plan, version 2.3.0. */
  static TrackingPlan.Builder plan() {
    StringType sku = string().pattern("^[A-Z]{2,4}-[0-9]{3,6}$");
    StringType orderId = string().pattern("^ord_[0-9]{6,}$");
    StringType cartId = string().minLength(8).maxLength(64);
    StringType email = string().format(StringFormat.EMAIL).maxLength(254);

    return TrackingPlan.named("storefront")
        .version("2.3.0")
        .category("Browsing", "Looking around the catalogue")
        .category("Ecommerce", "Carts, checkouts, orders and refunds")
        .category("Account", "Signing up and logging in")
        .category("Lifecycle", "Marketing consent and customer lifecycle")
        .customType(
            "Product",
            object()
                .required("product_id", string().minLength(1).maxLength(64))
                .required("sku", sku)
                .required("name", string().minLength(1).maxLength(200))
                .required("price", number().min(0).multipleOf(0.01))
                .optional("quantity", integer().min(1).max(99))
                .optional("category", string().minLength(1))
                .optional("brand", string().minLength(1))
                .optional("variant", string().minLength(1))
                .optional("position", integer().min(1))
                .optional("url", string().format(StringFormat.URI))
                .optional("image_url", string().format(StringFormat.URI)),
            "A product as it appears in lists, carts and orders")
        .customType(
            "Address",
            object()
                .required("line1", string().minLength(1).maxLength(200))
                .optional("line2", nullable(string().maxLength(200)))
                .required("city", string().minLength(1).maxLength(100))
                .optional("region", string().maxLength(100))
                .required("postal_code", string().minLength(2).maxLength(10))
                .required("country", string().pattern("^[A-Z]{2}$")),
            "A postal address; the country is an ISO 3166-1 alpha-2 code")
        // --- Browsing -------------------------------------------------------------------------
        .event(
            EventSpec.track("Product Viewed")
                .description("A visitor opened a product's detail view")
                .category("Browsing")
                .owner("catalog-team")
                .required("product_id", string().minLength(1).maxLength(64))
                .required("sku", sku)
                .required("name", string().minLength(1).maxLength(200))
                .required("price", number().min(0).multipleOf(0.01))
                .optional("currency", enumOf(Currency.class))
                .optional("category", string().minLength(1))
                .optional("brand", string().minLength(1))
                .optional("url", string().format(StringFormat.URI)))
        .event(
            EventSpec.track("Product List Viewed")
                .description("A visitor saw a category or collection listing")
                .category("Browsing")
                .owner("catalog-team")
                .required("list_id", string().minLength(1))
                .optional("category", string().minLength(1))
                .required("products", array(ref("Product")).maxItems(60)))
        .event(
            EventSpec.track("Search Performed")
                .description("A visitor searched the catalogue")
                .category("Browsing")
                .owner("search-team")
                .required("query", string().minLength(1).maxLength(200))
                .required("results_count", integer().min(0))
                .optional("sort", enumOf("relevance", "price_asc", "price_desc", "newest"))
                .optional(
                    "filters",
                    object()
                        .optional("price_max", number().exclusiveMin(0))
                        .optional("colors", array(string().minLength(1)).uniqueItems())
                        .open()))
        // --- Ecommerce ------------------------------------------------------------------------
        .event(
            EventSpec.track("Product Added")
                .description("A product was added to the cart")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("cart_id", cartId)
                .required("product_id", string().minLength(1).maxLength(64))
                .required("sku", sku)
                .required("name", string().minLength(1).maxLength(200))
                .required("price", number().min(0).multipleOf(0.01))
                .required("quantity", integer().min(1).max(99))
                .optional("currency", enumOf(Currency.class)))
        .event(
            EventSpec.track("Product Removed")
                .description("A product was removed from the cart")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("cart_id", cartId)
                .required("product_id", string().minLength(1).maxLength(64))
                .required("quantity", integer().min(1).max(99)))
        .event(
            EventSpec.track("Cart Viewed")
                .description("A visitor opened the cart; an empty cart has no products")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("cart_id", cartId)
                .required("products", array(ref("Product")).maxItems(100))
                .optional("value", number().min(0))
                .optional("currency", enumOf(Currency.class)))
        .event(
            EventSpec.track("Checkout Started")
                .description("A customer started the checkout flow")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("order_id", orderId)
                .required("value", number().min(0))
                .optional("currency", enumOf(Currency.class))
                .required("products", array(ref("Product")).minItems(1).maxItems(100))
                .optional("coupon", nullable(string().minLength(1).maxLength(32))))
        .event(
            EventSpec.track("Coupon Applied")
                .description("A coupon was accepted at checkout")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("order_id", orderId)
                .required("coupon", string().pattern("^[A-Z0-9]{4,16}$"))
                .required(
                    "discount",
                    // money off, or a percentage such as "15%"
                    anyOf(number().exclusiveMin(0), string().pattern("^[1-9][0-9]?%$"))))
        .event(
            EventSpec.track("Payment Info Entered")
                .description("A customer chose how to pay")
                .category("Ecommerce")
                .owner("payments-team")
                .required("order_id", orderId)
                .required("payment_method", enumOf("card", "paypal", "gift_card"))
                .variants(
                    Variants.on("payment_method")
                        .when(
                            "Card",
                            List.of("card"),
                            ImmutableMap.of(
                                "card_brand",
                                Property.required(enumOf("visa", "mastercard", "amex", "discover")),
                                "last4",
                                Property.required(string().pattern("^[0-9]{4}$"))))
                        .when(
                            "PayPal",
                            List.of("paypal"),
                            ImmutableMap.of(
                                "payer_email",
                                Property.required(email)
                                    .pii(PiiCategory.EMAIL)
                                    .description("The PayPal account's email")))
                        .when(
                            "Gift card",
                            List.of("gift_card"),
                            ImmutableMap.of(
                                "gift_card_balance", Property.required(number().min(0))))))
        .event(
            EventSpec.track("Order Completed")
                .description("A customer paid for an order")
                .category("Ecommerce")
                .owner("checkout-team")
                .required("order_id", orderId)
                .required("revenue", number().min(0).exclusiveMax(1_000_000))
                .optional("shipping", number().min(0))
                .optional("tax", number().min(0))
                .optional("discount", number().min(0))
                .required("currency", enumOf(Currency.class))
                .required("products", array(ref("Product")).minItems(1).maxItems(100))
                .optional("coupon", nullable(string().minLength(1).maxLength(32)))
                .optional("payment_method", enumOf("card", "paypal", "gift_card"))
                .optional("shipping_address", ref("Address"), PiiCategory.ADDRESS))
        .event(
            EventSpec.track("Order Refunded")
                .description("Support refunded all or part of an order")
                .category("Ecommerce")
                .owner("support-tools")
                .required("order_id", orderId)
                .required("amount", number().exclusiveMin(0))
                .required("currency", enumOf(Currency.class))
                .required("reason", enumOf("damaged", "not_as_described", "late", "changed_mind"))
                .optional("products", array(ref("Product")).minItems(1)))
        // --- Account and lifecycle ------------------------------------------------------------
        .event(
            EventSpec.track("Signed Up")
                .description("A visitor created an account")
                .category("Account")
                .owner("growth-team")
                .required("method", enumOf("email", "google", "apple"))
                .required("email", email, PiiCategory.EMAIL)
                .optional("referral_code", nullable(string().pattern("^[A-Z0-9]{6}$")))
                .optional("accepts_marketing", bool()))
        .event(
            EventSpec.track("Logged In")
                .description("A customer logged in")
                .category("Account")
                .owner("growth-team")
                .required("method", enumOf("email", "google", "apple"))
                .optional("remember_me", bool()))
        .event(
            EventSpec.track("Newsletter Subscribed")
                .description("Someone subscribed to a newsletter, signed in or not")
                .category("Lifecycle")
                .owner("crm-team")
                .required("email", email, PiiCategory.EMAIL)
                .required("list_id", enumOf("weekly-deals", "new-arrivals"))
                .optional("source", enumOf("footer", "popup", "checkout", "account")))
        .event(
            EventSpec.identify(IDENTIFY)
                .description("Who a signed-in customer is")
                .category("Account")
                .owner("growth-team")
                .property(
                    "email",
                    Property.required(email)
                        .pii(PiiCategory.EMAIL)
                        .description("Login email, normalised to lower case"))
                .optional("phone", string().pattern("^\\+[1-9][0-9]{7,14}$"), PiiCategory.PHONE)
                .optional("name", string().minLength(1).maxLength(100), PiiCategory.NAME)
                .optional("plan_tier", enumOf("free", "plus", "pro"))
                .optional("address", ref("Address"), PiiCategory.ADDRESS)
                .optional("created_at", string().format(StringFormat.DATE_TIME))
                .optional("marketing_opt_in", bool())
                .optional("loyalty_points", integer().min(0)))
        // --- Pages ----------------------------------------------------------------------------
        .event(page("Home", "The landing page"))
        .event(page("Category", "A category listing").required("category", string().minLength(1)))
        .event(
            page("Product Detail", "One product's page")
                .required("product_id", string().minLength(1).maxLength(64)))
        .event(page("Search Results", "Results of a catalogue search"))
        .event(page("Cart", "The cart"))
        .event(
            page("Checkout", "A step of the checkout flow")
                .required("step", integer().min(1).max(4)))
        .event(page("Order Confirmation", "Shown after payment"))
        // --- Enforcement ----------------------------------------------------------------------
        .policy(
            EventType.TRACK,
            EnforcementPolicy.DEFAULT
                .unplannedEvent(UnplannedEventAction.FLAG)
                .unplannedProperty(UnplannedPropertyAction.STRIP)
                .otherViolation(ViolationAction.QUARANTINE)
                .propagateViolations(true))
        .policy(
            EventType.IDENTIFY,
            EnforcementPolicy.DEFAULT
                .unplannedEvent(UnplannedEventAction.FLAG)
                .unplannedProperty(UnplannedPropertyAction.DROP_EVENT)
                .otherViolation(ViolationAction.DROP)
                .propagateViolations(false))
        .policy(
            EventType.PAGE,
            EnforcementPolicy.DEFAULT
                .unplannedEvent(UnplannedEventAction.ALLOW)
                .unplannedProperty(UnplannedPropertyAction.STRIP)
                .otherViolation(ViolationAction.FLAG)
                .propagateViolations(true));
  }

  /** A page spec with the properties every page call carries. */
  private static EventSpec.Builder page(String name, String description) {
    return EventSpec.page(name)
        .description(description)
        .category("Browsing")
        .owner("web-team")
        .required("path", string().pattern("^/"))
        .required("url", string().format(StringFormat.URI))
        .optional("title", string().maxLength(300))
        .optional("referrer", string().maxLength(2048))
        .optional("search", string().maxLength(2048));
  }

  private static Destination warehouse() {
    return Destination.named(WAREHOUSE)
        .kind("snowflake")
        .setting("account", SecretRef.env("SNOWFLAKE_ACCOUNT"))
        .setting("user", "PLUMBLINE_LOADER")
        .setting("password", SecretRef.env("SNOWFLAKE_PASSWORD"))
        .setting("database", "ANALYTICS")
        .setting("schema", "STOREFRONT")
        .setting("warehouse", "LOADING")
        .contract(
            Contract.acceptingAllEvents()
                .requireFields("messageId", "timestamp")
                .acceptPii(PiiCategory.values()))
        .build();
  }

  private static Destination productAnalytics() {
    return Destination.named(PRODUCT_ANALYTICS)
        .kind("amplitude")
        .setting("api_key", SecretRef.env("AMPLITUDE_API_KEY"))
        .setting("region", "US")
        .contract(
            Contract.acceptingEvents(
                    ImmutableList.<String>builder()
                        .addAll(PRODUCT_TRACK_EVENTS)
                        .addAll(PRODUCT_PAGES)
                        .build()
                        .toArray(new String[0]))
                .requireFields("messageId"))
        .build();
  }

  private static Destination emailMarketing() {
    return Destination.named(EMAIL_MARKETING)
        .kind("braze")
        .setting("api_key", SecretRef.env("BRAZE_API_KEY"))
        .setting("rest_endpoint", "https://rest.iad-01.braze.com")
        .contract(
            Contract.acceptingEvents(
                    "Signed Up", "Order Completed", "Newsletter Subscribed", IDENTIFY)
                .requireFields("messageId")
                .acceptPii(PiiCategory.EMAIL))
        .build();
  }
}
