package dev.plumbline.validation.export;

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

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Variants;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exported schemas load in everit and accept and reject events for the right reasons. */
class JsonSchemaExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final JsonSchemaType COUPON =
      JsonSchemaType.of(
          """
          {"$schema":"http://json-schema.org/draft-07/schema#",
           "definitions":{"code":{"type":"string","pattern":"^[A-Z]{4}$"}},
           "type":"object",
           "properties":{"code":{"$ref":"#/definitions/code"},
                         "alt":{"type":"array","items":{"$ref":"#/definitions/code"}}},
           "required":["code"]}
          """);

  /** A storefront-like plan using every kind of type. */
  static TrackingPlan storefront() {
    return TrackingPlan.named("storefront")
        .version("2.1.0")
        .category("Ecommerce")
        .customType("Money", number().min(0).multipleOf(0.25), "An amount")
        .customType(
            "Product",
            object()
                .required("product_id", string().minLength(1))
                .required("price", ref("Money"))
                .required("quantity", integer().exclusiveMin(0).max(1000))
                .optional("category", enumOf("shoes", "hats"))
                .optional("image_url", string().format(StringFormat.URI)))
        .customType(
            "Address",
            object()
                .required("city", string())
                .optional("zip", string().pattern("^[0-9]{5}$"))
                .optional("country", enumOf("DE", "FR")))
        .event(
            EventSpec.track("Order Completed")
                .category("Ecommerce")
                .description("A customer paid for an order")
                .required("order_id", string().pattern("^ord_[0-9]+$"))
                .required("revenue", number().exclusiveMin(0))
                .optional("tax", number().min(0).exclusiveMax(1000))
                .required("currency", enumOf("USD", "EUR", "GBP"))
                .required("products", array(ref("Product")).minItems(1).maxItems(3))
                .optional("tags", array(string().minLength(2).maxLength(5)).uniqueItems())
                .required("email", string().format(StringFormat.EMAIL), PiiCategory.EMAIL)
                .optional("shipping", nullable(ref("Address")))
                .optional("coupon", COUPON)
                .optional("discount", anyOf(integer().min(0).max(100), string().pattern("%$")))
                .optional("gift", oneOf(bool(), string().minLength(1)))
                .optional("metadata", object().required("source", string()).open())
                .optional("step", integer().multipleOf(5)))
        .event(
            EventSpec.identify("Identify")
                .required("email", string().format(StringFormat.EMAIL), PiiCategory.EMAIL)
                .optional("age", integer().min(13).max(120))
                .optional("address", ref("Address")))
        .event(
            EventSpec.page("Product Page")
                .required("url", string().format(StringFormat.URI))
                .optional("referrer", nullable(string())))
        .event(EventSpec.screen("Settings").open())
        .event(EventSpec.group("Company").optional("employees", integer().min(1)))
        .event(
            EventSpec.track("Payment Added")
                .required("method", string())
                .variants(
                    Variants.on("method")
                        .when(
                            "Card",
                            List.of("card"),
                            Map.of("last4", Property.required(string().pattern("^[0-9]{4}$"))))
                        .otherwise(Map.of("note", Property.optional(string())))))
        .build();
  }

  static final String ORDER =
      """
      {"type":"track","event":"Order Completed","userId":"u1","messageId":"m1",
       "context":{"ip":"1.2.3.4"},
       "properties":{
         "order_id":"ord_42","revenue":19.5,"tax":0,"currency":"EUR",
         "products":[{"product_id":"p1","price":19.5,"quantity":1,"category":"hats",
                      "image_url":"https://example.com/p1.png"}],
         "tags":["ab","cde"],"email":"ann@example.com",
         "shipping":{"city":"Berlin","zip":"10115","country":"DE"},
         "coupon":{"code":"SALE","alt":["ABCD"]},
         "discount":10,"gift":true,"metadata":{"source":"web","anything":[1,2]},"step":15}}
      """;

  private static Schema schemaOf(String event) {
    return EveritCheck.load(JsonSchemaExporter.eventSchema(storefront(), event));
  }

  @Test
  void everitLoadsEveryEventSchemaOfTheStorefront() {
    Map<String, ObjectNode> schemas = JsonSchemaExporter.eventSchemas(storefront());
    assertThat(schemas).hasSize(6);
    schemas.values().forEach(EveritCheck::load);
  }

  @Test
  void theValidOrderPasses() {
    assertThat(EveritCheck.violations(schemaOf("Order Completed"), ORDER)).isEmpty();
  }

  @Test
  void optionalPropertiesMayBeAbsentAndTheEnvelopeIsOpen() {
    String minimal =
        """
        {"type":"track","event":"Order Completed","anonymousId":"a","extra":{"x":1},
         "properties":{"order_id":"ord_1","revenue":0.25,"currency":"USD","email":"a@b.co",
                       "products":[{"product_id":"p","price":0,"quantity":1000}]}}
        """;
    assertThat(EveritCheck.violations(schemaOf("Order Completed"), minimal)).isEmpty();
  }

  static Stream<Arguments> invalidOrders() {
    return Stream.of(
        remove("/properties/order_id", "required #/properties"),
        remove("/properties", "required #"),
        remove("/type", "required #"),
        remove("/event", "required #"),
        set("/type", "\"identify\"", "const #/type"),
        set("/event", "\"Order Done\"", "const #/event"),
        set("/properties", "[]", "type #/properties"),
        set("/properties/order_id", "42", "type #/properties/order_id"),
        set("/properties/order_id", "\"order_42\"", "pattern #/properties/order_id"),
        set("/properties/revenue", "\"19.5\"", "type #/properties/revenue"),
        set("/properties/revenue", "0", "exclusiveMinimum #/properties/revenue"),
        set("/properties/tax", "-0.01", "minimum #/properties/tax"),
        set("/properties/tax", "1000", "exclusiveMaximum #/properties/tax"),
        set("/properties/step", "7", "multipleOf #/properties/step"),
        set("/properties/step", "7.5", "type #/properties/step"),
        set("/properties/currency", "\"usd\"", "enum #/properties/currency"),
        set("/properties/email", "\"not-an-email\"", "format #/properties/email"),
        set("/properties/products", "[]", "minItems #/properties/products"),
        set(
            "/properties/products",
            "[" + product() + "," + product() + "," + product() + "," + product() + "]",
            "maxItems #/properties/products"),
        set(
            "/properties/products/0/quantity",
            "0",
            "exclusiveMinimum #/properties/products/0/quantity"),
        set("/properties/products/0/quantity", "1001", "maximum #/properties/products/0/quantity"),
        set("/properties/products/0/price", "0.3", "multipleOf #/properties/products/0/price"),
        set("/properties/products/0/price", "-1", "minimum #/properties/products/0/price"),
        set(
            "/properties/products/0/category",
            "\"socks\"",
            "enum #/properties/products/0/category"),
        set(
            "/properties/products/0/image_url",
            "\"no uri\"",
            "format #/properties/products/0/image_url"),
        set(
            "/properties/products/0/product_id",
            "\"\"",
            "minLength #/properties/products/0/product_id"),
        remove("/properties/products/0/quantity", "required #/properties/products/0"),
        set(
            "/properties/products/0/color",
            "\"red\"",
            "additionalProperties #/properties/products/0"),
        set("/properties/products/0", "\"p1\"", "type #/properties/products/0"),
        set("/properties/tags", "[\"ab\",\"ab\"]", "uniqueItems #/properties/tags"),
        set("/properties/tags", "[\"a\"]", "minLength #/properties/tags/0"),
        set("/properties/tags", "[\"abcdef\"]", "maxLength #/properties/tags/0"),
        set("/properties/tags", "[1]", "type #/properties/tags/0"),
        set("/properties/unplanned", "1", "additionalProperties #/properties"),
        set("/properties/shipping/zip", "\"1011\"", "pattern #/properties/shipping/zip"),
        set("/properties/shipping/street", "\"x\"", "additionalProperties #/properties/shipping"),
        set("/properties/shipping", "\"Berlin\"", "type #/properties/shipping"),
        set("/properties/coupon/code", "\"sale\"", "pattern #/properties/coupon/code"),
        set("/properties/coupon/alt", "[\"ABCDE\"]", "pattern #/properties/coupon/alt/0"),
        remove("/properties/coupon/code", "required #/properties/coupon"),
        set("/properties/discount", "101", "maximum #/properties/discount"),
        set("/properties/discount", "\"10\"", "pattern #/properties/discount"),
        set("/properties/discount", "true", "type #/properties/discount"),
        set("/properties/gift", "\"\"", "minLength #/properties/gift"),
        set("/properties/gift", "3", "type #/properties/gift"),
        remove("/properties/metadata/source", "required #/properties/metadata"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidOrders")
  void anInvalidOrderFailsForTheRightReason(String change, String json, String violation) {
    assertThat(EveritCheck.violations(schemaOf("Order Completed"), json)).contains(violation);
  }

  @Test
  void singleConstraintFailuresAreTheOnlyViolation() {
    Schema schema = schemaOf("Order Completed");
    assertThat(EveritCheck.violations(schema, mutate("/properties/revenue", "-1")))
        .containsExactly("exclusiveMinimum #/properties/revenue");
    assertThat(EveritCheck.violations(schema, mutate("/properties/email", "\"x@\"")))
        .containsExactly("format #/properties/email");
    assertThat(EveritCheck.violations(schema, mutate("/properties/extra", "null")))
        .containsExactly("additionalProperties #/properties");
  }

  @Test
  void nullableAcceptsNullAndTheInnerTypeOnly() {
    Schema schema = schemaOf("Order Completed");
    assertThat(EveritCheck.violations(schema, mutate("/properties/shipping", "null"))).isEmpty();
    assertThat(EveritCheck.violations(schema, mutate("/properties/shipping", "{\"zip\":\"1\"}")))
        .contains("required #/properties/shipping", "pattern #/properties/shipping/zip");
  }

  @Test
  void unionsAcceptEachOptionAndOneOfRejectsNoMatch() {
    Schema schema = schemaOf("Order Completed");
    assertThat(EveritCheck.violations(schema, mutate("/properties/discount", "\"15%\""))).isEmpty();
    assertThat(EveritCheck.violations(schema, mutate("/properties/discount", "0"))).isEmpty();
    assertThat(EveritCheck.violations(schema, mutate("/properties/gift", "\"for mum\""))).isEmpty();
    assertThat(EveritCheck.violations(schema, mutate("/properties/gift", "false"))).isEmpty();
  }

  @Test
  void openObjectsAcceptUndeclaredProperties() {
    assertThat(
            EveritCheck.violations(
                schemaOf("Order Completed"), mutate("/properties/metadata/more", "{\"a\":[]}")))
        .isEmpty();
    String screen = "{\"type\":\"screen\",\"name\":\"Settings\",\"properties\":{\"any\":1}}";
    assertThat(EveritCheck.violations(schemaOf("Settings"), screen)).isEmpty();
  }

  @Test
  void identifyValidatesTraitsWithoutANameField() {
    Schema schema = schemaOf("Identify");
    assertThat(
            EveritCheck.violations(
                schema,
                "{\"type\":\"identify\",\"userId\":\"u\",\"traits\":{\"email\":\"a@b.co\","
                    + "\"age\":13,\"address\":{\"city\":\"Paris\",\"country\":\"FR\"}}}"))
        .isEmpty();
    assertThat(EveritCheck.violations(schema, "{\"type\":\"identify\",\"userId\":\"u\"}"))
        .containsExactly("required #");
    assertThat(
            EveritCheck.violations(
                schema,
                "{\"type\":\"identify\",\"traits\":{\"email\":\"a@b.co\",\"age\":12,"
                    + "\"address\":{\"city\":\"Paris\",\"country\":\"UK\"}}}"))
        .containsExactlyInAnyOrder("minimum #/traits/age", "enum #/traits/address/country");
    assertThat(
            EveritCheck.violations(
                schema, "{\"type\":\"track\",\"traits\":{\"email\":\"a@b.co\"}}"))
        .containsExactly("const #/type");
  }

  @Test
  void pageIsKeyedByNameAndGroupTraitsAreOptional() {
    Schema page = schemaOf("Product Page");
    assertThat(
            EveritCheck.violations(
                page,
                "{\"type\":\"page\",\"name\":\"Product Page\",\"properties\":{\"url\":"
                    + "\"https://x.example/p\",\"referrer\":null}}"))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                page, "{\"type\":\"page\",\"properties\":{\"url\":\"https://x.example/p\"}}"))
        .containsExactly("required #");
    Schema group = schemaOf("Company");
    assertThat(EveritCheck.violations(group, "{\"type\":\"group\",\"groupId\":\"g\"}")).isEmpty();
    assertThat(EveritCheck.violations(group, "{\"type\":\"group\",\"traits\":{\"employees\":0}}"))
        .containsExactly("minimum #/traits/employees");
  }

  @Test
  void eventVariantsSelectCaseOrDefault() {
    Schema schema = schemaOf("Payment Added");
    String card = "{\"type\":\"track\",\"event\":\"Payment Added\",\"properties\":%s}";
    assertThat(
            EveritCheck.violations(
                schema, card.formatted("{\"method\":\"card\",\"last4\":\"4242\"}")))
        .isEmpty();
    assertThat(EveritCheck.violations(schema, card.formatted("{\"method\":\"card\"}")))
        .containsExactly("required #/properties");
    assertThat(
            EveritCheck.violations(
                schema, card.formatted("{\"method\":\"card\",\"last4\":\"42\"}")))
        .containsExactly("pattern #/properties/last4");
    assertThat(
            EveritCheck.violations(schema, card.formatted("{\"method\":\"sepa\",\"note\":\"x\"}")))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                schema, card.formatted("{\"method\":\"sepa\",\"last4\":\"4242\"}")))
        .containsExactly("additionalProperties #/properties");
  }

  // ---- helpers ----

  private static String product() {
    return "{\"product_id\":\"p\",\"price\":1,\"quantity\":1}";
  }

  private static Arguments set(String pointer, String valueJson, String violation) {
    return Arguments.of(
        "set " + pointer + " = " + valueJson, mutate(pointer, valueJson), violation);
  }

  private static Arguments remove(String pointer, String violation) {
    return Arguments.of("remove " + pointer, mutate(pointer, null), violation);
  }

  /** The valid order with the value at a pointer replaced (or removed when valueJson is null). */
  static String mutate(String pointer, String valueJson) {
    return mutate(ORDER, pointer, valueJson);
  }

  static String mutate(String json, String pointer, String valueJson) {
    try {
      JsonNode root = JSON.readTree(json);
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = root.at(p.head());
      String last = p.last().getMatchingProperty();
      if (parent instanceof ArrayNode array) {
        int index = Integer.parseInt(last);
        if (valueJson == null) {
          array.remove(index);
        } else {
          array.set(index, JSON.readTree(valueJson));
        }
      } else if (valueJson == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, JSON.readTree(valueJson));
      }
      return root.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
