package dev.plumbline.core.export;

import static dev.plumbline.core.types.Types.anyOf;
import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.oneOf;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Variants;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonSchemaExporterTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  /** Compares text so that key order counts too. */
  private static void assertJson(JsonNode actual, String expected) {
    try {
      assertThat(actual.toString()).isEqualTo(JSON.readTree(expected).toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("bad expected JSON in test", e);
    }
  }

  private static ObjectNode typeSchema(DataType type) {
    return JsonSchemaExporter.typeSchema(type, Map.of());
  }

  private static TrackingPlan storefront() {
    return TrackingPlan.named("storefront")
        .version("1.4.0")
        .customType("Money", number().min(0).multipleOf(0.01), "An amount in the currency")
        .customType("Product", object().required("sku", string()).required("price", ref("Money")))
        .customType("Unused", bool())
        .event(
            EventSpec.track("Order Completed")
                .description("A customer paid")
                .required("order_id", string().minLength(1))
                .required("products", array(ref("Product")).minItems(1))
                .property(
                    "email",
                    Property.optional(string().format(StringFormat.EMAIL))
                        .pii(PiiCategory.EMAIL)
                        .description("Where the receipt went")))
        .event(EventSpec.identify("Identify").optional("plan", enumOf("free", "pro")))
        .event(EventSpec.page("Home").open())
        .build();
  }

  @Test
  void trackEventEnvelopeHasExactShape() {
    assertJson(
        JsonSchemaExporter.eventSchema(storefront(), "Order Completed"),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#",
         "$id":"plumbline:storefront/Order%20Completed/1.4.0",
         "title":"Order Completed","description":"A customer paid","type":"object",
         "properties":{
           "type":{"const":"track"},
           "event":{"const":"Order Completed"},
           "properties":{"type":"object","properties":{
               "order_id":{"type":"string","minLength":1},
               "products":{"type":"array","items":{"$ref":"#/definitions/Product"},"minItems":1},
               "email":{"type":"string","format":"email","description":"Where the receipt went",
                        "x-pii":"email"}},
             "required":["order_id","products"],"additionalProperties":false}},
         "required":["type","event","properties"],
         "definitions":{
           "Money":{"type":"number","minimum":0,"multipleOf":0.01,
                    "description":"An amount in the currency"},
           "Product":{"type":"object","properties":{"sku":{"type":"string"},
                      "price":{"$ref":"#/definitions/Money"}},
                      "required":["sku","price"],"additionalProperties":false}}}
        """);
  }

  @Test
  void identifyEventHasNoNameFieldAndOptionalTraits() {
    assertJson(
        JsonSchemaExporter.eventSchema(storefront(), "Identify"),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#",
         "$id":"plumbline:storefront/Identify/1.4.0","title":"Identify","type":"object",
         "properties":{"type":{"const":"identify"},
           "traits":{"type":"object","properties":{
             "plan":{"type":"string","enum":["free","pro"]}},"additionalProperties":false}},
         "required":["type"]}
        """);
  }

  @Test
  void pageEventIsKeyedByNameAndOpenPayloadHasNoAdditionalProperties() {
    assertJson(
        JsonSchemaExporter.eventSchema(storefront(), "Home"),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#",
         "$id":"plumbline:storefront/Home/1.4.0","title":"Home","type":"object",
         "properties":{"type":{"const":"page"},"name":{"const":"Home"},
           "properties":{"type":"object","properties":{}}},
         "required":["type","name"]}
        """);
  }

  @Test
  void groupAndScreenEventsUseTheirFields() {
    TrackingPlan plan =
        TrackingPlan.named("app")
            .event(EventSpec.group("Company").required("size", integer()))
            .event(EventSpec.screen("Settings"))
            .build();
    ObjectNode group = JsonSchemaExporter.eventSchema(plan, "Company");
    assertThat(group.get("properties").get("type").get("const").asText()).isEqualTo("group");
    assertThat(group.get("properties").has("traits")).isTrue();
    assertThat(group.get("required").toString()).isEqualTo("[\"type\",\"traits\"]");
    ObjectNode screen = JsonSchemaExporter.eventSchema(plan, "Settings");
    assertThat(screen.get("properties").get("name").get("const").asText()).isEqualTo("Settings");
    assertThat(screen.get("required").toString()).isEqualTo("[\"type\",\"name\"]");
  }

  @Test
  void unknownEventNamesThePlannedOnes() {
    assertThatThrownBy(() -> JsonSchemaExporter.eventSchema(storefront(), "Order Complete"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Order Complete'")
        .hasMessageContaining("[Order Completed, Identify, Home]");
  }

  @Test
  void eventSchemasAreInPlanOrderAndDeterministic() {
    ImmutableMap<String, ObjectNode> first = JsonSchemaExporter.eventSchemas(storefront());
    ImmutableMap<String, ObjectNode> second = JsonSchemaExporter.eventSchemas(storefront());
    assertThat(first.keySet()).containsExactly("Order Completed", "Identify", "Home");
    assertThat(first.toString()).isEqualTo(second.toString());
    assertThat(first.get("Home").toString())
        .isEqualTo(JsonSchemaExporter.eventSchema(storefront(), "Home").toString());
  }

  @Test
  void everyCallReturnsFreshNodes() {
    TrackingPlan plan = storefront();
    ObjectNode mutated = JsonSchemaExporter.eventSchema(plan, "Order Completed");
    String before = mutated.toString();
    mutated.removeAll();
    assertThat(JsonSchemaExporter.eventSchema(plan, "Order Completed").toString())
        .isEqualTo(before);

    JsonSchemaType embedded = JsonSchemaType.of("{\"type\":\"string\"}");
    ObjectNode withEmbedded = typeSchema(embedded);
    ((ObjectNode) withEmbedded.get("definitions").get("__schema_1")).put("type", "integer");
    assertThat(embedded.schema().toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(typeSchema(embedded).get("definitions").get("__schema_1").toString())
        .isEqualTo("{\"type\":\"string\"}");
  }

  @Test
  void stringConstraints() {
    assertJson(
        typeSchema(
            string().minLength(2).maxLength(5).pattern("^[a-z]+$").format(StringFormat.DATE_TIME)),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"string","minLength":2,
         "maxLength":5,"pattern":"^[a-z]+$","format":"date-time"}
        """);
  }

  @Test
  void numericBoundsAreExactNumbers() {
    assertJson(
        typeSchema(
            number().min(-1.5).max(1e20).exclusiveMin(-2).exclusiveMax(0.1).multipleOf(0.05)),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"number","minimum":-1.5,
         "maximum":100000000000000000000,"exclusiveMinimum":-2,"exclusiveMaximum":0.1,
         "multipleOf":0.05}
        """);
    assertThat(typeSchema(integer().min(3_000_000_000L)).get("minimum").isIntegralNumber())
        .isTrue();
    assertThat(typeSchema(integer().max(7)).toString())
        .isEqualTo(
            "{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
                + "\"type\":\"integer\",\"maximum\":7}");
  }

  @Test
  void booleanEnumArrayNullableAndUnions() {
    assertJson(
        typeSchema(
            object()
                .optional("b", bool())
                .optional("e", enumOf("a", "b"))
                .optional("tags", array(string()).minItems(1).maxItems(3).uniqueItems())
                .optional("plain", array(integer()))
                .optional("n", nullable(string()))
                .optional("any", anyOf(string(), integer()))
                .optional("one", oneOf(bool(), number()))
                .open()),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{
          "b":{"type":"boolean"},
          "e":{"type":"string","enum":["a","b"]},
          "tags":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":3,
                  "uniqueItems":true},
          "plain":{"type":"array","items":{"type":"integer"}},
          "n":{"anyOf":[{"type":"null"},{"type":"string"}]},
          "any":{"anyOf":[{"type":"string"},{"type":"integer"}]},
          "one":{"oneOf":[{"type":"boolean"},{"type":"number"}]}}}
        """);
  }

  @Test
  void rootRefIsWrappedAndDefinitionsAreTransitiveInDeclarationOrder() {
    Map<String, CustomType> types = new java.util.LinkedHashMap<>();
    types.put("A", new CustomType("A", string(), Optional.empty()));
    types.put("B", new CustomType("B", array(ref("A")), Optional.empty()));
    types.put("C", new CustomType("C", integer(), Optional.empty()));
    assertJson(
        JsonSchemaExporter.typeSchema(ref("B"), types),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#",
         "allOf":[{"$ref":"#/definitions/B"}],
         "definitions":{"A":{"type":"string"},
                        "B":{"type":"array","items":{"$ref":"#/definitions/A"}}}}
        """);
  }

  @Test
  void refsToOddNamesAreEscapedAsPointerAndUri() {
    Map<String, CustomType> types =
        Map.of("a b/c~d+e%", new CustomType("a b/c~d+e%", string(), Optional.empty()));
    ObjectNode schema = JsonSchemaExporter.typeSchema(array(ref("a b/c~d+e%")), types);
    assertThat(schema.get("items").get("$ref").asText())
        .isEqualTo("#/definitions/a%20b~1c~0d%2Be%25");
    assertThat(schema.get("definitions").has("a b/c~d+e%")).isTrue();
  }

  @Test
  void idIsPercentEncoded() {
    TrackingPlan plan = TrackingPlan.named("shop/eu").event(EventSpec.track("Ünits? #1")).build();
    assertThat(JsonSchemaExporter.eventSchema(plan, "Ünits? #1").get("$id").asText())
        .isEqualTo("plumbline:shop%2Feu/%C3%9Cnits%3F%20%231/1.0.0");
  }

  @Test
  void danglingRefIsRejected() {
    assertThatThrownBy(() -> typeSchema(ref("Nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Nope'");
  }

  @Test
  void embeddedSchemaMovesToDefinitionsWithRewrittenRefs() {
    JsonSchemaType embedded =
        JsonSchemaType.of(
            """
            {"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://example.com/s.json",
             "definitions":{"pos":{"type":"integer","minimum":1}},
             "type":"object",
             "properties":{"a":{"$ref":"#/definitions/pos"},
                           "b":{"$ref":"http://example.com/s.json#/definitions/pos"},
                           "self":{"$ref":"#"},
                           "const":{"const":{"$ref":"#/not/a/ref"}},
                           "ext":{"$ref":"http://other.example/x.json"}}}
            """);
    Map<String, CustomType> types =
        Map.of("__schema_1", new CustomType("__schema_1", bool(), Optional.empty()));
    ObjectNode schema =
        JsonSchemaExporter.typeSchema(
            object()
                .required("x", embedded)
                .required("y", embedded)
                .required("z", ref("__schema_1")),
            types);
    assertJson(
        schema,
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{
           "x":{"$ref":"#/definitions/__schema_2"},"y":{"$ref":"#/definitions/__schema_2"},
           "z":{"$ref":"#/definitions/__schema_1"}},
         "required":["x","y","z"],"additionalProperties":false,
         "definitions":{
           "__schema_1":{"type":"boolean"},
           "__schema_2":{
             "definitions":{"pos":{"minimum":1,"type":"integer"}},
             "properties":{
               "a":{"$ref":"#/definitions/__schema_2/definitions/pos"},
               "b":{"$ref":"#/definitions/__schema_2/definitions/pos"},
               "const":{"const":{"$ref":"#/not/a/ref"}},
               "ext":{"$ref":"http://other.example/x.json"},
               "self":{"$ref":"#/definitions/__schema_2"}},
             "type":"object"}}}
        """);
  }

  @Test
  void objectConstraintsBecomeAnAllOfConjunctWithTheSchemaInDefinitions() {
    JsonSchemaType constraints =
        JsonSchemaType.of(
            """
            {"minProperties":2,"patternProperties":{"^x-":{"$ref":"#/definitions/tag"}},
             "definitions":{"tag":{"type":"string"}}}
            """);
    ObjectNode schema =
        typeSchema(
            object()
                .required("a", object().open().constraints(constraints))
                .optional("b", object().constraints(constraints)));
    assertJson(
        schema,
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{
           "a":{"type":"object","properties":{},"allOf":[{"$ref":"#/definitions/__schema_1"}]},
           "b":{"type":"object","properties":{},"additionalProperties":false,
                "allOf":[{"$ref":"#/definitions/__schema_1"}]}},
         "required":["a"],"additionalProperties":false,
         "definitions":{
           "__schema_1":{
             "definitions":{"tag":{"type":"string"}},
             "minProperties":2,
             "patternProperties":{"^x-":{"$ref":"#/definitions/__schema_1/definitions/tag"}}}}}
        """);
  }

  @Test
  void constraintsOfAnEventPayloadAndOfVariantObjectsAreExported() {
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("E")
                    .required("kind", enumOf("a", "b"))
                    .variants(
                        Variants.on("kind")
                            .when("A", List.of("a"), Map.of("x", Property.required(string())))))
            .build();
    EventSpec spec = plan.events().get("E");
    EventSpec constrained =
        new EventSpec(
            "E",
            spec.type(),
            spec.payload().constraints(JsonSchemaType.of("{\"maxProperties\":3}")),
            Optional.empty(),
            Optional.empty(),
            spec.owners());
    TrackingPlan withConstraints =
        new TrackingPlan(
            "p",
            "1.0.0",
            ImmutableMap.of("E", constrained),
            ImmutableMap.of(),
            ImmutableMap.of(),
            ImmutableMap.of());
    JsonNode payload =
        JsonSchemaExporter.eventSchema(withConstraints, "E").at("/properties/properties");
    assertThat(payload.get("allOf").toString())
        .isEqualTo("[{\"$ref\":\"#/definitions/__schema_1\"}]");
    assertThat(payload.has("if")).isTrue();
    assertThat(
            JsonSchemaExporter.eventSchema(withConstraints, "E")
                .at("/definitions/__schema_1")
                .toString())
        .isEqualTo("{\"maxProperties\":3}");
  }

  @Test
  void closedVariantsBecomeAnIfThenElseChain() {
    DataType payment =
        object()
            .required("method", enumOf("card", "paypal", "cash"))
            .optional("amount", number())
            .variants(
                Variants.on("method")
                    .when(
                        "Card",
                        List.of("card"),
                        Map.of("last4", Property.required(string().minLength(4))))
                    .when(
                        "PayPal",
                        List.of("paypal", "pp"),
                        Map.of("payer", Property.optional(string())))
                    .otherwise(Map.of("note", Property.required(string()))));
    assertJson(
        typeSchema(payment),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
         "properties":{"method":{"type":"string","enum":["card","paypal","cash"]},
                       "amount":{"type":"number"}},
         "required":["method"],
         "if":{"properties":{"method":{"enum":["card"]}},"required":["method"]},
         "then":{"properties":{"method":{},"amount":{},"last4":{"type":"string","minLength":4}},
                 "required":["last4"],"additionalProperties":false},
         "else":{
           "if":{"properties":{"method":{"enum":["paypal","pp"]}},"required":["method"]},
           "then":{"properties":{"method":{},"amount":{},"payer":{"type":"string"}},
                   "additionalProperties":false},
           "else":{"properties":{"method":{},"amount":{},"note":{"type":"string"}},
                   "required":["note"],"additionalProperties":false}}}
        """);
  }

  @Test
  void openVariantsOmitEmptyBranches() {
    DataType shape =
        object()
            .required("kind", string())
            .variants(
                Variants.on("kind")
                    .when("Circle", List.of("circle"), Map.of("r", Property.required(number())))
                    .when("Dot", List.of("dot"), Map.of()))
            .open();
    assertJson(
        typeSchema(shape),
        """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
         "properties":{"kind":{"type":"string"}},"required":["kind"],
         "if":{"properties":{"kind":{"enum":["circle"]}},"required":["kind"]},
         "then":{"properties":{"r":{"type":"number"}},"required":["r"]}}
        """);
  }

  @Test
  void payloadIsRequiredWhenTheDefaultVariantRequiresAProperty() {
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("Paid")
                    .optional("method", string())
                    .variants(
                        Variants.on("method")
                            .when("Card", List.of("card"), Map.of())
                            .otherwise(Map.of("note", Property.required(string())))))
            .build();
    assertThat(JsonSchemaExporter.eventSchema(plan, "Paid").get("required").toString())
        .isEqualTo("[\"type\",\"event\",\"properties\"]");
  }

  @Test
  void fileNameReplacesUnsafeCharacters() {
    assertThat(JsonSchemaExporter.fileName("Order Completed"))
        .isEqualTo("Order Completed.schema.json");
    assertThat(JsonSchemaExporter.fileName("a/b\\c:d*e?f\"g<h>i|j"))
        .isEqualTo("a_b_c_d_e_f_g_h_i_j.schema.json");
    assertThat(JsonSchemaExporter.fileName("tab\there\nnul\u0000del\u007f"))
        .isEqualTo("tab_here_nul_del_.schema.json");
    assertThat(JsonSchemaExporter.fileName("Café 😀")).isEqualTo("Café 😀.schema.json");
  }

  @Test
  void fileNamesAreDistinctIgnoringCaseAndShortEnough() {
    String longName = "Ä".repeat(200);
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(EventSpec.track("a/b"))
            .event(EventSpec.track("a_b"))
            .event(EventSpec.track("A:B"))
            .event(EventSpec.track("a_b-2"))
            .event(EventSpec.track(longName))
            .event(EventSpec.track(longName + "x"))
            .event(EventSpec.page("Home"))
            .build();
    ImmutableMap<String, String> names = JsonSchemaExporter.fileNames(plan);
    assertThat(names)
        .containsEntry("A:B", "A_B.schema.json")
        .containsEntry("a/b", "a_b-2.schema.json")
        .containsEntry("a_b", "a_b-3.schema.json")
        .containsEntry("a_b-2", "a_b-2-2.schema.json")
        .containsEntry("Home", "Home.schema.json");
    assertThat(names.keySet()).containsExactlyElementsOf(plan.events().keySet());
    assertThat(names.values().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)))
        .doesNotHaveDuplicates();
    for (String n : names.values()) {
      assertThat(n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .as(n)
          .isLessThanOrEqualTo(240);
    }
    // long names are cut, and stay distinct through a digest of the whole name
    assertThat(names.get(longName)).startsWith("ÄÄÄ").endsWith(".schema.json");
    assertThat(names.get(longName)).isNotEqualTo(names.get(longName + "x"));
    assertThat(JsonSchemaExporter.fileName(longName)).isEqualTo(names.get(longName));
    // the same files whatever the plan's order (a manifest sorts events by name)
    TrackingPlan.Builder reversed = TrackingPlan.named("p");
    plan.events().values().asList().reverse().forEach(reversed::event);
    assertThat(JsonSchemaExporter.fileNames(reversed.build())).isEqualTo(names);
  }
}
