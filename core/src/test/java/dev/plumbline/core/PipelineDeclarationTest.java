package dev.plumbline.core;

import static dev.plumbline.core.conditions.Conditions.eventIn;
import static dev.plumbline.core.conditions.Conditions.matches;
import static dev.plumbline.core.steps.Steps.hash;
import static dev.plumbline.core.steps.Steps.rename;
import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.types.Variants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineDeclarationTest {

  enum Currency {
    USD,
    EUR
  }

  private static TrackingPlan.Builder validPlan() {
    return TrackingPlan.named("shop")
        .version("1.2.0")
        .category("Ecommerce")
        .customType("Product", object().required("sku", string().minLength(1)))
        .event(
            EventSpec.track("Order Completed")
                .category("Ecommerce")
                .required("revenue", number().min(0))
                .required("currency", enumOf(Currency.class))
                .required("products", array(ref("Product")).minItems(1)));
  }

  @Test
  void should_build_a_valid_plan_with_java_enum_values() {
    TrackingPlan plan = validPlan().build();

    assertThat(plan.events()).containsOnlyKeys("Order Completed");
    assertThat(
            plan.event("Order Completed")
                .orElseThrow()
                .payload()
                .properties()
                .get("currency")
                .type())
        .isEqualTo(enumOf("USD", "EUR"));
  }

  @Test
  void should_list_every_plan_problem_with_its_path_in_one_exception() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .version("1.2")
            .customType("Product", object().required("sku", string().minLength(5).maxLength(2)))
            .event(EventSpec.track("Order Completed").required("products", array(ref("Produkt"))))
            .event(EventSpec.track("Order Completed").required("x", string()))
            .event(
                EventSpec.track("Product Viewed")
                    .category("Nope")
                    .required("price", number().min(10).max(1))
                    .required("price", number())
                    .required("sku", string().pattern("([a-z")));

    DeclarationException e = catchThrowableOfType(DeclarationException.class, plan::build);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "version",
            "customTypes/Product/properties/sku/minLength",
            "events/Order Completed/properties/products/items",
            "events/Order Completed",
            "events/Product Viewed/category",
            "events/Product Viewed/properties/price",
            "events/Product Viewed/properties/sku/pattern");
    assertThat(e.getMessage())
        .contains("7 problems")
        .contains("custom type 'Produkt' is not declared")
        .contains("minLength 5 is greater than maxLength 2")
        .contains("event 'Order Completed' is declared more than once")
        .contains("property 'price' is declared more than once");
  }

  @Test
  void should_refuse_java_syntax_that_ecma_patterns_read_otherwise() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(
                EventSpec.track("A")
                    .required("vowelless", string().pattern("^[a-z&&[^aeiou]]+$"))
                    .required("nested", string().pattern("^[a-f[0-9]]+$"))
                    .required("quoted", string().pattern("^\\Qv1.0\\E-[0-9]+$"))
                    .required("bracket", string().pattern("^[]a-z]+$"))
                    .required("negated", string().pattern("^[^]a]$"))
                    .required("flags", string().pattern("(?i)^abc$"))
                    .required("scoped", string().pattern("^(?i:abc)$"))
                    .required("possessive", string().pattern("^a++b{2}+$"))
                    .required("atomic", string().pattern("^(?>ab)$"))
                    .required("anchor", string().pattern("\\Aabc\\z"))
                    .required("dotall", string().pattern("(?s)^a.b$"))
                    .required(
                        "escaped",
                        string().pattern("^[\\[\\]&+]+\\++(?:a|b)*?(?=c)(?<n>x)\\k<n>\\(\\b{2}$"))
                    .required("plain", string().pattern("^[A-Z]{2,4}-[0-9]{3,6}$")));

    assertThat(plan.problems())
        .extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "events/A/properties/vowelless/pattern: pattern '^[a-z&&[^aeiou]]+$' has '&&' inside a"
                + " character class: java.util.regex reads it as an intersection, ECMA-262 as"
                + " literals; escape it (\\&\\&) or write the class out; patterns are ECMA-262, as"
                + " in JSON Schema",
            "events/A/properties/nested/pattern: pattern '^[a-f[0-9]]+$' has '[' inside a"
                + " character class: java.util.regex reads it as a nested class, ECMA-262 as a"
                + " literal; escape it (\\[) or write the class out; patterns are ECMA-262, as in"
                + " JSON Schema",
            "events/A/properties/quoted/pattern: pattern '^\\Qv1.0\\E-[0-9]+$' quotes with"
                + " \\Q...\\E, which ECMA-262 reads as the letters Q and E; escape each special"
                + " character instead (\\.); patterns are ECMA-262, as in JSON Schema",
            "events/A/properties/bracket/pattern: pattern '^[]a-z]+$' has ']' first in a character"
                + " class: java.util.regex reads it as a literal, ECMA-262 as the end of an empty"
                + " class; escape it (\\]); patterns are ECMA-262, as in JSON Schema",
            "events/A/properties/negated/pattern: pattern '^[^]a]$' has ']' first in a character"
                + " class: java.util.regex reads it as a literal, ECMA-262 as the end of an empty"
                + " class; escape it (\\]); patterns are ECMA-262, as in JSON Schema",
            "events/A/properties/flags/pattern: pattern '(?i)^abc$' sets flags inline ((?i)),"
                + " which ECMA-262 does not have; spell the cases out ([Aa]); patterns are"
                + " ECMA-262, as in JSON Schema",
            "events/A/properties/scoped/pattern: pattern '^(?i:abc)$' sets flags inline ((?i:),"
                + " which ECMA-262 does not have; spell the cases out ([Aa]); patterns are"
                + " ECMA-262, as in JSON Schema",
            "events/A/properties/possessive/pattern: pattern '^a++b{2}+$' has a possessive"
                + " quantifier (*+, ++, ?+, {n}+), which ECMA-262 does not have (a syntax error"
                + " there); patterns are ECMA-262, as in JSON Schema",
            "events/A/properties/atomic/pattern: pattern '^(?>ab)$' has an atomic group"
                + " (?>...), which ECMA-262 does not have (a syntax error there); patterns are"
                + " ECMA-262, as in JSON Schema",
            "events/A/properties/anchor/pattern: pattern '\\Aabc\\z' uses \\A, which"
                + " java.util.regex reads as the start of the text and ECMA-262 as the letter A;"
                + " use ^ or $; patterns are ECMA-262, as in JSON Schema",
            "events/A/properties/dotall/pattern: pattern '(?s)^a.b$' sets flags inline ((?s)),"
                + " which ECMA-262 does not have; patterns are ECMA-262, as in JSON Schema");
  }

  @Test
  void should_report_min_greater_than_max_even_after_a_duplicate_replaced_it() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(EventSpec.track("A").required("n", integer().min(10).max(1)));

    assertThat(plan.problems())
        .extracting(Problem::toString)
        .containsExactly("events/A/properties/n/minimum: minimum 10 is greater than maximum 1");
  }

  @Test
  void should_reject_alias_specs_and_policies_which_would_never_apply() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(EventSpec.of(EventType.ALIAS, "Merge").required("x", string()))
            .policy(
                EventType.ALIAS,
                dev.plumbline.core.plan.EnforcementPolicy.DEFAULT.otherViolation(
                    dev.plumbline.core.plan.ViolationAction.DROP));

    assertThat(plan.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "events/Merge: alias calls carry no payload and are never validated, so an alias spec"
                + " would never apply; declare track, identify, page, screen or group specs",
            "policies/alias: alias calls are never validated, so an alias policy would never apply");
  }

  @Test
  void should_reject_exclusive_bounds_no_number_satisfies() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(EventSpec.track("A").required("n", number().exclusiveMin(1).max(1)));

    assertThat(plan.problems())
        .extracting(Problem::path)
        .containsExactly("events/A/properties/n/exclusiveMinimum");
  }

  @Test
  void should_accept_bounds_some_value_satisfies_when_an_inclusive_bound_is_the_tighter() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(
                EventSpec.track("A")
                    .required("a", number().min(1).max(1).exclusiveMin(0))
                    .required("b", number().min(1).max(1).exclusiveMax(2))
                    .required("c", integer().min(1).max(1).exclusiveMax(5))
                    .required("d", number().min(new java.math.BigDecimal("1.0")).max(1))
                    .required("e", integer().exclusiveMin(0).exclusiveMax(2)));

    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void should_reject_integer_bounds_that_hold_no_integer() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .event(
                EventSpec.track("A")
                    .required("a", integer().exclusiveMin(0).exclusiveMax(1))
                    .required("b", integer().min(0.5).max(0.7))
                    .required("c", number().min(0.5).max(0.7))
                    .required(
                        "d", number().min(1).exclusiveMin(new java.math.BigDecimal("1.0")).max(1)));

    assertThat(plan.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "events/A/properties/a/exclusiveMinimum: no integer satisfies the bounds: > 0 and < 1",
            "events/A/properties/b/minimum: no integer satisfies the bounds: >= 0.5 and <= 0.7",
            "events/A/properties/d/exclusiveMinimum: no number satisfies the bounds: > 1 and <= 1");
  }

  /**
   * Jackson refuses a lone surrogate in a key: such a plan would compile into an unreadable
   * manifest.
   */
  @Test
  void should_reject_names_holding_a_lone_surrogate() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .customType("T\uDC00", object())
            .event(
                EventSpec.track("ev\uD800x")
                    .required("p\uD800", string())
                    .required("ok \uD83D\uDE00", string()));

    assertThat(plan.problems())
        .extracting(Problem::message)
        .containsExactly(
            "a custom type name must be Unicode text, but holds a lone surrogate (\\udc00) at index"
                + " 1, which JSON readers refuse in a manifest's keys",
            "an event name must be Unicode text, but holds a lone surrogate (\\ud800) at index 2,"
                + " which JSON readers refuse in a manifest's keys",
            "a property name must be Unicode text, but holds a lone surrogate (\\ud800) at index 1,"
                + " which JSON readers refuse in a manifest's keys");
  }

  @Test
  void should_quote_the_argument_of_mistakes_thrown_at_the_call() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> dev.plumbline.core.conditions.Conditions.exists("properties..a")))
        .hasMessage("field path 'properties..a' has an empty segment");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> number().min(Double.NaN)))
        .hasMessage("minimum must be a finite number, got NaN");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> integer().exclusiveMax(Double.POSITIVE_INFINITY)))
        .hasMessage("exclusiveMaximum must be a finite number, got Infinity");
  }

  @Test
  void should_refuse_every_manifest_key_holding_a_lone_surrogate() {
    Pipeline.Builder pipeline =
        Pipeline.named("p")
            .plan(validPlan())
            .destination(Destination.named("d\uD800").kind("k").setting("s\uDC00", "v"))
            .environment(Environment.named("e\uD800"));

    assertThat(catchThrowableOfType(DeclarationException.class, pipeline::build).problems())
        .extracting(Problem::message)
        .containsExactly(
            "a destination name must be Unicode text, but holds a lone surrogate (\\ud800) at index"
                + " 1, which JSON readers refuse in a manifest's keys",
            "a setting name must be Unicode text, but holds a lone surrogate (\\udc00) at index 1,"
                + " which JSON readers refuse in a manifest's keys",
            "an environment name must be Unicode text, but holds a lone surrogate (\\ud800) at index"
                + " 1, which JSON readers refuse in a manifest's keys");
    // Keys held elsewhere (a JSON Schema, a step's mapping) are refused where they are written.
    com.fasterxml.jackson.databind.node.ObjectNode schema =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    schema.putObject("properties").putObject("a\uD800");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> dev.plumbline.core.types.JsonSchemaType.of(schema)))
        .hasMessageStartingWith(
            "a key of the object at /properties holds a lone surrogate (\\ud800) at index 1");
    Pipeline mapping =
        Pipeline.named("p")
            .plan(validPlan())
            .steps(
                dev.plumbline.core.steps.Steps.mapValues(
                    "properties.a", Map.of("x\uD800", dev.plumbline.core.Literal.of("y"))))
            .build();
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> dev.plumbline.core.manifest.Manifests.compile(mapping)))
        .hasMessageStartingWith("cannot write the key \"x\\ud800\": it holds a lone surrogate");
  }

  @Test
  void should_reject_variant_cases_that_can_never_be_selected() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .customType("Method", enumOf("CARD", "PAYPAL"))
            .event(
                EventSpec.track("Paid")
                    .required("method", ref("Method"))
                    .variants(
                        Variants.on("method")
                            .when("Card", List.of("card", "CARD"), Map.of())
                            .when("PayPal", List.of("PAYPAL"), Map.of())))
            .event(
                EventSpec.track("Counted")
                    .required("n", integer())
                    .variants(Variants.on("n").when("One", List.of("1"), Map.of())))
            .event(
                EventSpec.track("Free")
                    .required("kind", string())
                    .variants(Variants.on("kind").when("Gift", List.of("gift"), Map.of())));

    assertThat(plan.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "events/Counted/variants/discriminator: discriminator 'n' is integer, but a case is"
                + " selected only by a string value, so no case would ever apply; declare it"
                + " string() or enumOf(...)",
            "events/Paid/variants/cases/Card/match: match value 'card' is not one of the"
                + " discriminator's values [CARD, PAYPAL], so it never selects case 'Card'");
  }

  @Test
  void should_reject_recursive_custom_types_and_bad_variants() {
    TrackingPlan.Builder plan =
        TrackingPlan.named("shop")
            .customType("Node", object().optional("children", array(ref("Node"))))
            .event(
                EventSpec.track("Paid")
                    .required("method", string())
                    .variants(
                        Variants.on("missing")
                            .when("Card", List.of("card"), Map.of())
                            .when("Card", List.of("card"), Map.of())));

    assertThat(plan.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "customTypes/Node",
            "events/Paid/variants/discriminator",
            "events/Paid/variants/cases/Card",
            "events/Paid/variants/cases/Card/match");
  }

  @Test
  void should_list_every_pipeline_problem_with_its_path_in_one_exception() {
    Pipeline.Builder pipeline =
        Pipeline.named("shop")
            .plan(validPlan())
            .steps(rename("properties.a", "properties.a"), hash("payload.email"))
            .destination(Destination.named("warehouse").kind("snowflake").setting("db", "prod"))
            .destination(Destination.named("warehouse").kind("bigquery"))
            .destination(Destination.named("crm").kind("").setting("token", "${env:CRM_TOKEN}"))
            .route(Route.to("warehouse"))
            .route(Route.to("warehouse").when(matches("properties.sku", "(")))
            .route(Route.to("analytics").when(eventIn("Order Completed")))
            .environment(
                Environment.named("dev")
                    .destination("warehouse", o -> o.sampling(1.5).setting("schema", "dev"))
                    .destination("ghost", o -> o.disabled()));

    DeclarationException e = catchThrowableOfType(DeclarationException.class, pipeline::build);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "steps/0",
            "steps/1/field",
            "destinations/warehouse",
            "destinations/crm/kind",
            "destinations/crm/settings/token",
            "routes/warehouse",
            "routes/warehouse/when/regex",
            "routes/analytics/destination",
            "environments/dev/destinations/warehouse/sampling",
            "environments/dev/destinations/warehouse/settings/schema",
            "environments/dev/destinations/ghost");
  }

  @Test
  void should_apply_environment_overlays_only_in_that_environment() {
    Pipeline p =
        Pipeline.named("shop")
            .plan(validPlan())
            .destination(
                Destination.named("warehouse")
                    .kind("snowflake")
                    .setting("database", "ANALYTICS")
                    .setting("password", SecretRef.env("SNOWFLAKE_PASSWORD"))
                    .contract(Contract.acceptingAllEvents().acceptPii(PiiCategory.values())))
            .route(Route.to("warehouse"))
            .environment(
                Environment.named("dev")
                    .destination("warehouse", o -> o.sampling(0.25).setting("database", "DEV")))
            .environment(Environment.named("prod"))
            .build();

    Pipeline.DeployedDestination dev = p.deployedIn("dev").get("warehouse");
    Pipeline.DeployedDestination prod = p.deployedIn("prod").get("warehouse");

    assertThat(dev.sampling()).isEqualTo(0.25);
    assertThat(dev.destination().settings().get("database").toString()).contains("DEV");
    assertThat(dev.destination().settings().get("password"))
        .isEqualTo(SecretRef.env("SNOWFLAKE_PASSWORD"));
    assertThat(prod.sampling()).isEqualTo(1.0);
    assertThat(prod.enabled()).isTrue();
    assertThat(prod.destination()).isEqualTo(p.destinations().get("warehouse"));
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> p.deployedIn("qa")))
        .hasMessageContaining("unknown environment 'qa'")
        .hasMessageContaining("dev");
  }

  @Test
  void should_give_equal_values_for_equal_declarations() {
    assertThat(validPlan().build()).isEqualTo(validPlan().build());
    assertThat(validPlan().build().hashCode()).isEqualTo(validPlan().build().hashCode());
    assertThat(number().min(1.50))
        .isEqualTo(number().min(1.5))
        .isEqualTo(number().min(new java.math.BigDecimal("1.500")));
    assertThat(validPlan().version("1.2.1").build()).isNotEqualTo(validPlan().build());
  }
}
