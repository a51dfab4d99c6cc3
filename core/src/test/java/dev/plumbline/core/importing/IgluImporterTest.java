package dev.plumbline.core.importing;

import static dev.plumbline.core.importing.ImportProblems.problemsOf;
import static dev.plumbline.core.importing.JsonSchemaImporterTest.json;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.EventType;
import dev.plumbline.core.Problem;
import dev.plumbline.core.plan.TrackingPlan;
import org.junit.jupiter.api.Test;

class IgluImporterTest {
  private static final String SELF_DESC =
      "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";

  @Test
  void selfNamesAndVersionsTheSpecAndTheRestIsImported() {
    ImportedEvent e =
        IgluImporter.importEvent(
            json(
                """
                {"$schema":"%s",
                 "description":"Checkout started",
                 "self":{"vendor":"com.acme","name":"checkout_started","format":"jsonschema",
                         "version":"1-0-12"},
                 "type":"object",
                 "properties":{"cart_id":{"type":"string","maxLength":36},
                               "items":{"type":"integer","minimum":0}},
                 "required":["cart_id"],
                 "additionalProperties":false}
                """
                    .formatted(SELF_DESC)),
            EventType.TRACK);
    assertThat(e.spec().name()).isEqualTo("com.acme/checkout_started");
    assertThat(e.spec().description()).contains("Checkout started");
    assertThat(e.version()).contains("1.0.12");
    assertThat(e.spec().payload())
        .isEqualTo(
            object()
                .required("cart_id", string().maxLength(36))
                .optional("items", integer().min(0)));
    assertThat(e.notes()).isEmpty();
    TrackingPlan plan = e.toPlan("acme");
    assertThat(plan.version()).isEqualTo("1.0.12");
    assertThat(plan.event("com.acme/checkout_started")).isPresent();
  }

  /** The Iglu meta-schema: a name without dots, nothing in self beyond its four keys. */
  @Test
  void selfIsCheckedAsTheIgluMetaSchemaHasIt() {
    assertThat(
            problemsOf(
                () ->
                    IgluImporter.importEvent(
                        json(
                            "{\"$schema\":\""
                                + SELF_DESC
                                + "\",\"self\":{\"vendor\":\"com.acme\",\"name\":\"add.to.basket\","
                                + "\"format\":\"jsonschema\",\"version\":\"1-0-0\",\"extra\":1},"
                                + "\"type\":\"object\"}"),
                        EventType.TRACK)))
        .extracting(Problem::toString)
        .containsExactly(
            "/self/extra: 'extra' is not allowed in self: the Iglu meta-schema allows vendor, name,"
                + " format and version only",
            "/self/name: self.name must be a non-empty string of letters, digits, '-' and '_', got"
                + " \"add.to.basket\"");
  }

  @Test
  void everyEnvelopeProblemIsReported() {
    assertThatThrownBy(
            () ->
                IgluImporter.importEvent(
                    json(
                        """
                        {"$schema":"http://json-schema.org/draft-07/schema#",
                         "self":{"vendor":"com.acme","format":"jsonschema-x","version":"1.0.0"},
                         "type":"object"}
                        """),
                    EventType.TRACK))
        .isInstanceOfSatisfying(
            SchemaImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("/$schema", "/self/format", "/self/name", "/self/version"))
        .hasMessageContaining("Iglu self-describing meta-schema")
        .hasMessageContaining("MODEL-REVISION-ADDITION");
    assertThat(
            problemsOf(
                () ->
                    IgluImporter.importEvent(
                        json("{\"$schema\":\"" + SELF_DESC + "\",\"type\":\"object\"}"),
                        EventType.TRACK)))
        .extracting(Problem::path)
        .containsExactly("/self");
  }

  @Test
  void schemaProblemsAfterTheEnvelopeAreReportedToo() {
    assertThatThrownBy(
            () ->
                importTrack(
                    "2-0-0",
                    "\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"iglu:com.acme/x/jsonschema/1-0-0\"}}"))
        .isInstanceOf(SchemaImportException.class)
        .hasMessageContaining(
            "/properties/a/$ref: remote $ref 'iglu:com.acme/x/jsonschema/1-0-0' is not"
                + " supported");
    assertThatThrownBy(() -> importTrack("1-0-0", "\"type\":\"array\""))
        .isInstanceOf(SchemaImportException.class)
        .hasMessageContaining("accepts no object");
    // A bad envelope does not hide the body's problems.
    assertThat(
            problemsOf(
                () ->
                    importTrack(
                        "2.0.0",
                        "\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"http://x/y.json\"}}")))
        .extracting(Problem::path)
        .containsExactly("/properties/a/$ref", "/self/version");
  }

  @Test
  void aBodyNestedTooDeeplyIsOneProblemNotAStackOverflow() {
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json(
                "{\"$schema\":\""
                    + SELF_DESC
                    + "\",\"self\":{\"vendor\":\"v\",\"name\":\"n\",\"format\":\"jsonschema\","
                    + "\"version\":\"1-0-0\"},\"type\":\"object\"}");
    com.fasterxml.jackson.databind.node.ObjectNode at = doc.putObject("not");
    for (int i = 0; i < 50_000; i++) {
      at = at.putObject("not");
    }
    assertThat(problemsOf(() -> IgluImporter.importEvent(doc, EventType.TRACK)))
        .containsExactly(
            new Problem(
                "",
                "the document nests more than 1000 levels of objects and arrays;"
                    + " at most 1000 are supported"));
  }

  /** A track event from a self-describing schema of vendor v, name n, a version and a body. */
  private static ImportedEvent importTrack(String version, String bodyMembers) {
    return IgluImporter.importEvent(
        json(
            "{\"$schema\":\""
                + SELF_DESC
                + "\",\"self\":{\"vendor\":\"v\",\"name\":\"n\",\"format\":\"jsonschema\","
                + "\"version\":\""
                + version
                + "\"},"
                + bodyMembers
                + "}"),
        EventType.TRACK);
  }

  @Test
  void importMdExample() {
    ImportedEvent e =
        IgluImporter.importEvent(
            json(
                """
                {"$schema": "%s",
                 "description": "Checkout started",
                 "self": {"vendor": "com.acme", "name": "checkout_started", "format": "jsonschema",
                          "version": "1-0-2"},
                 "type": "object",
                 "properties": {"cart_id": {"type": "string", "maxLength": 36},
                                "x-debug": {"type": "boolean"}},
                 "patternProperties": {"^x-": {}},
                 "required": ["cart_id"],
                 "additionalProperties": false}
                """
                    .formatted(SELF_DESC)),
            EventType.TRACK);
    assertThat(e.spec().payload())
        .isEqualTo(
            object()
                .required("cart_id", string().maxLength(36))
                .optional("x-debug", dev.plumbline.core.types.Types.bool())
                .open()
                .constraints(
                    dev.plumbline.core.types.JsonSchemaType.of(
                        "{\"additionalProperties\":false,\"patternProperties\":{\"^x-\":{}},"
                            + "\"properties\":{\"cart_id\":{},\"x-debug\":{}}}")));
    assertThat(e.version()).contains("1.0.2");
  }
}
