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

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Variants;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;

/** A plan that uses every kind of type, every format and every event type loads in everit. */
class EveryTypeKindExportTest {

  static final JsonSchemaType TREE =
      JsonSchemaType.of(
          """
          {"type":"object","required":["label"],
           "properties":{"label":{"$ref":"#/definitions/label"},
                         "children":{"type":"array","items":{"$ref":"#"}}},
           "definitions":{"label":{"type":"string","minLength":1}},
           "additionalProperties":false}
          """);

  static final JsonSchemaType WITH_ID =
      JsonSchemaType.of(
          """
          {"$id":"https://example.com/schemas/even.json","type":"integer",
           "allOf":[{"$ref":"https://example.com/schemas/even.json#/definitions/even"}],
           "definitions":{"even":{"multipleOf":2}}}
          """);

  static TrackingPlan everything() {
    return TrackingPlan.named("every kind")
        .version("0.1.0-rc.1")
        .customType("Leaf", string().maxLength(3))
        .customType("Alias", ref("Leaf"), "a ref to a ref")
        .customType("Node", object().required("leaf", ref("Alias")).optional("any", TREE))
        .event(
            EventSpec.track("Everything / all?")
                .required("s", string().minLength(1).maxLength(9).pattern("^a"))
                .required("i", integer().min(-5).max(5).multipleOf(1))
                .optional("n", number().exclusiveMin(-0.5).exclusiveMax(0.5).multipleOf(0.125))
                .optional("b", bool())
                .optional("e", enumOf("x", "y"))
                .optional("a", array(nullable(ref("Node"))).minItems(0).maxItems(4).uniqueItems())
                .optional("o", object().optional("deep", object().open()))
                .optional("u", anyOf(string(), integer(), nullable(bool())))
                .optional("one", oneOf(ref("Leaf"), ref("Node")))
                .optional("tree", TREE)
                .optional("even", WITH_ID)
                .optional("yes", JsonSchemaType.of("true"))
                .optional("no", JsonSchemaType.of("false"))
                .optional("formats", formats())
                .property(
                    "email",
                    Property.optional(string().format(StringFormat.EMAIL))
                        .pii(PiiCategory.EMAIL)
                        .description("contact")))
        .event(EventSpec.identify("Who").required("phone", string(), PiiCategory.PHONE))
        .event(EventSpec.page("Where").open())
        .event(EventSpec.screen("Screen"))
        .event(
            EventSpec.group("Org")
                .required("kind", enumOf("a", "b"))
                .variants(
                    Variants.on("kind")
                        .when("A", List.of("a"), Map.of("x", Property.required(ref("Node"))))
                        .otherwise(Map.of("y", Property.optional(TREE)))))
        .build();
  }

  /** An object with one property per string format. */
  static ObjectType formats() {
    ObjectType o = object();
    for (StringFormat f : StringFormat.values()) {
      o = o.optional(f.wireName(), string().format(f));
    }
    return o;
  }

  @Test
  void everitLoadsEveryEventSchema() {
    Map<String, ObjectNode> schemas = JsonSchemaExporter.eventSchemas(everything());
    assertThat(schemas).hasSize(5);
    schemas.values().forEach(EveritCheck::load);
  }

  @Test
  void everitLoadsTheTypeSchemaOfEveryCustomType() {
    TrackingPlan plan = everything();
    plan.customTypes()
        .values()
        .forEach(
            t -> EveritCheck.load(JsonSchemaExporter.typeSchema(t.type(), plan.customTypes())));
  }

  @Test
  void embeddedSchemaRefsResolveInTheirNewPlace() {
    Schema schema = EveritCheck.load(JsonSchemaExporter.typeSchema(TREE, Map.of()));
    assertThat(
            EveritCheck.violations(
                schema, "{\"label\":\"r\",\"children\":[{\"label\":\"c\",\"children\":[]}]}"))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                schema, "{\"label\":\"r\",\"children\":[{\"label\":\"\",\"extra\":1}]}"))
        .containsExactlyInAnyOrder(
            "minLength #/children/0/label", "additionalProperties #/children/0");
    assertThat(EveritCheck.violations(schema, "{\"children\":[{\"label\":\"c\"},{}]}"))
        .containsExactlyInAnyOrder("required #", "required #/children/1");

    Schema even = EveritCheck.load(JsonSchemaExporter.typeSchema(WITH_ID, Map.of()));
    assertThat(EveritCheck.violations(even, "4")).isEmpty();
    assertThat(EveritCheck.violations(even, "3")).containsExactly("multipleOf #");
  }

  @Test
  void booleanSchemasAndAliasesBehave() {
    Schema schema =
        EveritCheck.load(JsonSchemaExporter.eventSchema(everything(), "Everything / all?"));
    String base = "{\"type\":\"track\",\"event\":\"Everything / all?\",\"properties\":%s}";
    assertThat(
            EveritCheck.violations(
                schema,
                base.formatted(
                    "{\"s\":\"abc\",\"i\":5,\"yes\":{\"any\":1},\"one\":\"abc\","
                        + "\"a\":[null,{\"leaf\":\"ab\"}],\"even\":2,\"u\":null,"
                        + "\"tree\":{\"label\":\"t\"},\"n\":0.375}")))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                schema, base.formatted("{\"s\":\"abc\",\"i\":5,\"no\":1,\"one\":\"abcd\"}")))
        .contains("false #/properties/no")
        .anyMatch(v -> v.endsWith("#/properties/one"));
    assertThat(
            EveritCheck.violations(
                schema, base.formatted("{\"s\":\"abc\",\"i\":5,\"a\":[{\"leaf\":\"abcd\"}]}")))
        .anyMatch(v -> v.equals("maxLength #/properties/a/0/leaf"));
  }

  @Test
  void formatsThatEveritKnowsAreChecked() {
    Schema schema = EveritCheck.load(JsonSchemaExporter.typeSchema(formats(), Map.of()));
    assertThat(
            EveritCheck.violations(
                schema,
                """
                {"email":"a@b.co","uri":"https://x.example/a?b","date":"2024-02-29",
                 "date-time":"2024-02-29T12:00:00Z","ipv4":"10.0.0.1","ipv6":"::1",
                 "hostname":"example.com","uuid":"123e4567-e89b-12d3-a456-426614174000"}
                """))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                schema,
                """
                {"email":"a","uri":"no","date":"2024-02-30","date-time":"noon","ipv4":"10.0.0",
                 "ipv6":"::g","hostname":"-bad-"}
                """))
        .containsExactlyInAnyOrder(
            "format #/email",
            "format #/uri",
            "format #/date",
            "format #/date-time",
            "format #/ipv4",
            "format #/ipv6",
            "format #/hostname");
  }
}
