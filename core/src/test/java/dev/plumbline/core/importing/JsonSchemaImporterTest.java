package dev.plumbline.core.importing;

import static dev.plumbline.core.importing.ImportProblems.problemsOf;
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
import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Problem;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSchemaImporterTest {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("bad JSON in test: " + text, e);
    }
  }

  /** {@code {"not":{"not":...{}}}}, {@code levels} objects deep. */
  private static com.fasterxml.jackson.databind.node.ObjectNode nestedNot(int levels) {
    com.fasterxml.jackson.databind.node.ObjectNode root = JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ObjectNode at = root;
    for (int i = 1; i < levels; i++) {
      at = at.putObject("not");
    }
    return root;
  }

  @Test
  void aSchemaNestedBeyondTheLimitIsOneProblemNotAStackOverflow() {
    for (int levels : new int[] {1001, 100_000}) {
      assertThat(problemsOf(() -> JsonSchemaImporter.importSchema(nestedNot(levels))))
          .containsExactly(
              new Problem(
                  "",
                  "the document nests more than 1000 levels of objects and arrays;"
                      + " at most 1000 are supported"));
    }
    assertThat(JsonSchemaImporter.importSchema(nestedNot(1000)).type())
        .isInstanceOf(JsonSchemaType.class);
    // typed objects, two levels each: as deep as the limit allows, imported and planned
    com.fasterxml.jackson.databind.node.ObjectNode root = JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ObjectNode at = root;
    for (int i = 1; i < 500; i++) {
      at = at.put("type", "object").putObject("properties").putObject("a");
    }
    ImportedEvent e = JsonSchemaImporter.importEvent(root, EventType.TRACK, "Deep");
    assertThat(
            dev.plumbline.core.plan.TrackingPlan.named("p").event(e.spec()).build().event("Deep"))
        .isPresent();
  }

  static DataType typeOf(String schema) {
    return JsonSchemaImporter.importSchema(json(schema)).type();
  }

  static JsonSchemaType raw(String schema) {
    return JsonSchemaType.of(schema);
  }

  // --- typed mappings -------------------------------------------------------------------------

  @Test
  void stringsWithExactlyMappableKeywordsAreStringTypes() {
    assertThat(typeOf("{\"type\":\"string\",\"minLength\":1,\"format\":\"email\"}"))
        .isEqualTo(string().minLength(1).format(StringFormat.EMAIL));
    assertThat(typeOf("{\"type\":\"string\",\"maxLength\":2.0,\"pattern\":\"^[a-z0-9_-]+$\"}"))
        .isEqualTo(string().maxLength(2).pattern("^[a-z0-9_-]+$"));
    assertThat(typeOf("{\"type\":\"string\",\"format\":\"date-time\"}"))
        .isEqualTo(string().format(StringFormat.DATE_TIME));
  }

  @Test
  void numbersIntegersAndBooleans() {
    assertThat(
            typeOf(
                "{\"type\":\"integer\",\"minimum\":0,\"exclusiveMaximum\":100,\"multipleOf\":5}"))
        .isEqualTo(integer().min(0).exclusiveMax(100).multipleOf(5));
    assertThat(typeOf("{\"type\":\"number\",\"exclusiveMinimum\":0.5,\"maximum\":1e3}"))
        .isEqualTo(number().exclusiveMin(0.5).max(1000));
    assertThat(typeOf("{\"type\":\"boolean\"}")).isEqualTo(bool());
  }

  @Test
  void enumsConstsAndNullables() {
    assertThat(typeOf("{\"type\":\"string\",\"enum\":[\"a\",\"b\"]}")).isEqualTo(enumOf("a", "b"));
    assertThat(typeOf("{\"enum\":[\"a\",\"b\"]}")).isEqualTo(enumOf("a", "b"));
    // A const stays JSON Schema, string or not, so that it reports CONST_MISMATCH like draft-07's.
    assertThat(typeOf("{\"const\":\"only\"}")).isEqualTo(raw("{\"const\":\"only\"}"));
    assertThat(typeOf("{\"type\":\"string\",\"const\":\"only\"}"))
        .isEqualTo(raw("{\"type\":\"string\",\"const\":\"only\"}"));
    assertThat(typeOf("{\"enum\":[\"a\",null]}")).isEqualTo(nullable(enumOf("a")));
    assertThat(typeOf("{\"type\":[\"string\",\"null\"],\"minLength\":2}"))
        .isEqualTo(nullable(string().minLength(2)));
    assertThat(typeOf("{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"integer\"}]}"))
        .isEqualTo(nullable(integer()));
    assertThat(typeOf("{\"oneOf\":[{\"type\":\"boolean\"},{\"type\":\"null\"}]}"))
        .isEqualTo(nullable(bool()));
  }

  @Test
  void unionsArraysAndSingleAllOf() {
    assertThat(typeOf("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}"))
        .isEqualTo(anyOf(string(), integer()));
    assertThat(typeOf("{\"oneOf\":[{\"type\":\"string\"},{\"not\":{}}]}"))
        .isEqualTo(oneOf(string(), raw("{\"not\":{}}")));
    assertThat(
            typeOf(
                "{\"type\":\"array\",\"items\":{\"type\":\"number\"},\"minItems\":1,"
                    + "\"maxItems\":3,\"uniqueItems\":true}"))
        .isEqualTo(array(number()).minItems(1).maxItems(3).uniqueItems());
    assertThat(typeOf("{\"type\":\"array\"}")).isEqualTo(array(raw("true")));
    assertThat(typeOf("{\"allOf\":[{\"type\":\"boolean\"}]}")).isEqualTo(bool());
  }

  @Test
  void objectsWithPropertiesRequiredDescriptionsAndPii() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"type":"object",
                 "properties":{
                   "email":{"type":"string","format":"email","description":"Login","x-pii":"email"},
                   "age":{"type":"integer"},
                   "tags":{"type":"object"}},
                 "required":["email"],
                 "additionalProperties":false}
                """));
    assertThat(s.type())
        .isEqualTo(
            object()
                .property(
                    "email",
                    Property.required(string().format(StringFormat.EMAIL))
                        .pii(PiiCategory.EMAIL)
                        .description("Login"))
                .optional("age", integer())
                .optional("tags", object().open()));
    assertThat(s.notes()).isEmpty();
  }

  @Test
  void refsToDefinitionsAreTypeRefsToCustomTypes() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"type":"array","items":{"$ref":"#/definitions/Sku"},
                 "definitions":{
                   "Sku":{"type":"string","minLength":1,"description":"Stock keeping unit"},
                   "odd/name":{"type":"boolean"},
                   "Unused":{"type":"integer"}}}
                """));
    assertThat(s.type()).isEqualTo(array(ref("Sku")));
    assertThat(s.customTypes().values())
        .containsExactly(
            new CustomType("Sku", string().minLength(1), Optional.of("Stock keeping unit")),
            new CustomType("odd/name", bool(), Optional.empty()),
            new CustomType("Unused", integer(), Optional.empty()));
    assertThat(typeOf("{\"$ref\":\"#/definitions/odd~1name\",\"definitions\":{\"odd/name\":{}}}"))
        .isEqualTo(ref("odd/name"));
  }

  // --- what stays raw ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"minLength\":2}",
        "{}",
        "{\"type\":\"string\",\"format\":\"uuid\"}",
        "{\"type\":\"string\",\"format\":\"color\"}",
        "{\"type\":\"string\",\"pattern\":\"^a.c$\"}",
        "{\"type\":\"string\",\"pattern\":\"\\\\b\"}",
        "{\"type\":\"string\",\"pattern\":\"^\\\\S$\"}",
        "{\"type\":\"string\",\"pattern\":\"^.?$\"}",
        "{\"type\":\"string\",\"pattern\":\"[\\\\s-x]\"}",
        "{\"type\":\"string\",\"pattern\":\"(?i)abc\"}",
        "{\"type\":\"string\",\"pattern\":\"^[^a]$\"}",
        "{\"type\":\"string\",\"pattern\":\"a{\"}",
        "{\"type\":\"string\",\"minLength\":3,\"maxLength\":2}",
        "{\"type\":\"string\",\"not\":{\"const\":\"\"}}",
        "{\"type\":\"integer\",\"minimum\":5,\"maximum\":1}",
        "{\"type\":\"number\",\"multipleOf\":0}",
        "{\"type\":[\"string\",\"integer\"]}",
        "{\"type\":\"null\"}",
        "{\"type\":\"array\",\"items\":[{\"type\":\"string\"}]}",
        "{\"type\":\"array\",\"contains\":{\"type\":\"string\"}}",
        "{\"enum\":[\"a\",1]}",
        "{\"enum\":[\"a\",\"a\"]}",
        "{\"type\":\"string\",\"enum\":[\"a\"],\"minLength\":1}",
        "{\"properties\":{\"a\":{\"type\":\"string\"}}}",
        "{\"type\":\"object\",\"properties\":{\"\":{}}}",
        "{\"if\":{\"type\":\"string\"},\"then\":{\"minLength\":1}}",
        "true",
        "false"
      })
  void notExactlyMappableSchemasStayRawAndWhole(String schema) {
    assertThat(typeOf(schema)).isEqualTo(raw(schema));
  }

  @Test
  void patternsInTheSharedSubsetAreTyped() {
    for (String p :
        new String[] {
          "^[A-Z0-9-]+$",
          "^ord_[0-9]+$",
          "^\\\\d{3}-\\\\d{2,4}$",
          "[^@]+@[^@]+",
          "(?:ab|cd)*?x",
          "\\\\.json$",
          "^\\\\w+\\\\/\\\\w*$",
          "^.+$",
          "^a.*?b$",
          "^\\\\s*[a-z\\\\s]+\\\\S*$"
        }) {
      String schema = "{\"type\":\"string\",\"pattern\":\"" + p + "\"}";
      assertThat(typeOf(schema)).as(p).isInstanceOf(dev.plumbline.core.types.StringType.class);
    }
    // A class range past the surrogates holds the two UTF-16 units of an emoji in ECMA but not the
    // emoji itself by code points: raw. A range that starts above them is the same in both.
    String across = "{\"type\":\"string\",\"pattern\":\"^[a-\uffff]{2}$\"}";
    assertThat(typeOf(across)).isEqualTo(raw(across));
    String above = "{\"type\":\"string\",\"pattern\":\"^[\ue000-\uffff]$\"}";
    assertThat(typeOf(above)).isInstanceOf(dev.plumbline.core.types.StringType.class);
  }

  @Test
  void objectLevelKeywordsGoToConstraints() {
    DataType t =
        typeOf(
            """
            {"type":"object","properties":{"a":{"type":"string"}},"required":["a","b"],
             "minProperties":2,"propertyNames":{"maxLength":5},"additionalProperties":false}
            """);
    assertThat(t)
        .isEqualTo(
            object()
                .required("a", string())
                .constraints(
                    raw(
                        "{\"minProperties\":2,\"propertyNames\":{\"maxLength\":5},"
                            + "\"required\":[\"b\"]}")));
  }

  @Test
  void closedObjectWithPatternPropertiesSplitsWithoutChangingMeaning() {
    DataType t =
        typeOf(
            """
            {"type":"object","properties":{"a":{"type":"string"}},
             "patternProperties":{"^x-":{"type":"integer"}},"additionalProperties":false}
            """);
    assertThat(t)
        .isEqualTo(
            object()
                .optional("a", string())
                .open()
                .constraints(
                    raw(
                        "{\"patternProperties\":{\"^x-\":{\"type\":\"integer\"}},"
                            + "\"additionalProperties\":false,\"properties\":{\"a\":{}}}")));
    assertThat(typeOf("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}"))
        .isEqualTo(
            object()
                .open()
                .constraints(
                    raw("{\"additionalProperties\":{\"type\":\"number\"},\"properties\":{}}")));
  }

  // --- self-contained raw parts -----------------------------------------------------------------

  @Test
  void rawSubschemaCarriesTheDefinitionsItRefersTo() {
    DataType t =
        typeOf(
            """
            {"type":"object","properties":{
               "a":{"not":{"$ref":"#/definitions/Code"}}},
             "definitions":{
               "Code":{"type":"string","pattern":"^.+$","allOf":[{"$ref":"#/definitions/Short"}]},
               "Short":{"maxLength":3}}}
            """);
    assertThat(((ObjectType) t).properties().get("a").type())
        .isEqualTo(
            raw(
                """
                {"not":{"$ref":"#/definitions/Code"},
                 "definitions":{
                   "Code":{"type":"string","pattern":"^.+$","allOf":[{"$ref":"#/definitions/Short"}]},
                   "Short":{"maxLength":3}}}
                """));
  }

  @Test
  void refsWithinTheRawPartAreRewrittenToItsNewRoot() {
    DataType t =
        typeOf(
            """
            {"type":"object","properties":{
               "a":{"type":"object","properties":{"kid":{"$ref":"#/properties/a"}},
                    "if":{"required":["kid"]},"then":{"$ref":"#/properties/a/properties/kid"}},
               "b":{"$ref":"#/properties/a"}}}
            """);
    JsonSchemaType a =
        raw(
            """
            {"type":"object","properties":{"kid":{"$ref":"#"}},
             "if":{"required":["kid"]},"then":{"$ref":"#/properties/kid"}}
            """);
    ObjectType o = (ObjectType) t;
    assertThat(o.properties().get("a").type())
        .isEqualTo(
            object()
                .open()
                .constraints(
                    raw(
                        "{\"if\":{\"required\":[\"kid\"]},\"then\":{\"$ref\":\"#/definitions/kid\"},"
                            + "\"definitions\":{\"kid\":{\"$ref\":\"#/definitions/a\"},"
                            + "\"a\":{\"type\":\"object\",\"properties\":{\"kid\":{\"$ref\":\"#/definitions/a\"}},"
                            + "\"if\":{\"required\":[\"kid\"]},"
                            + "\"then\":{\"$ref\":\"#/definitions/kid\"}}}}"))
                .optional("kid", a));
    assertThat(o.properties().get("b").type()).isEqualTo(a);
  }

  @Test
  void recursiveDefinitionsStayRawCustomTypesAndOthersStayTyped() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"$ref":"#/definitions/Node",
                 "definitions":{
                   "Node":{"type":"object","properties":{
                     "value":{"$ref":"#/definitions/Value"},
                     "children":{"type":"array","items":{"$ref":"#/definitions/Node"}}}},
                   "Value":{"type":"integer"}}}
                """));
    assertThat(s.type()).isEqualTo(ref("Node"));
    assertThat(s.customTypes().get("Value").type()).isEqualTo(integer());
    assertThat(s.customTypes().get("Node").type())
        .isEqualTo(
            raw(
                """
                {"type":"object","properties":{
                   "value":{"$ref":"#/definitions/Value"},
                   "children":{"type":"array","items":{"$ref":"#"}}},
                 "definitions":{"Value":{"type":"integer"}}}
                """));
    TrackingPlan plan =
        JsonSchemaImporter.importEvent(
                json(
                    "{\"type\":\"object\",\"properties\":{\"root\":{\"$ref\":\"#/definitions/N\"}},"
                        + "\"definitions\":{\"N\":{\"type\":\"object\",\"properties\":{\"n\":"
                        + "{\"$ref\":\"#/definitions/N\"}}}}}"),
                EventType.TRACK,
                "Tree")
            .toPlan("trees");
    assertThat(plan.customTypes().get("N").type()).isInstanceOf(JsonSchemaType.class);
  }

  @Test
  void anchorsAndRootIdRefsAreInternal() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"$id":"http://example.com/s.json","type":"object","properties":{
                   "a":{"$ref":"http://example.com/s.json#/definitions/A"},
                   "b":{"not":{"$ref":"#bee"}}},
                 "definitions":{"A":{"type":"boolean"},"B":{"$id":"#bee","type":"string"}}}
                """));
    ObjectType o = (ObjectType) s.type();
    assertThat(o.properties().get("a").type()).isEqualTo(ref("A"));
    assertThat(o.properties().get("b").type())
        .isEqualTo(
            raw(
                "{\"not\":{\"$ref\":\"#/definitions/B\"},"
                    + "\"definitions\":{\"B\":{\"$id\":\"#bee\",\"type\":\"string\"}}}"));
    assertThat(s.notes())
        .containsExactly(
            "/$id: '$id' is not kept: the typed model has no place"
                + " for it (refs to it were resolved)");
  }

  @Test
  void aNullableObjectKeptRawSaysItsPiiIsNotClassified() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"type":"object","properties":{"user":{"type":["object","null"],
                  "properties":{"email":{"type":"string","x-pii":"email"}},"not":{"required":["x"]}}}}
                """));
    ObjectType o = (ObjectType) s.type();
    assertThat(o.properties().get("user").type())
        .isInstanceOf(dev.plumbline.core.types.JsonSchemaType.class);
    assertThat(s.notes())
        .containsExactly(
            "/properties/user: kept as JSON Schema: the 'x-pii' annotations inside stay in the"
                + " schema, where messages hide those values, but classify no property of the"
                + " model as PII");
  }

  @Test
  void anXPiiValueThatIsNoCategoryIsNoted() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                "{\"type\":\"object\",\"properties\":{\"email\":"
                    + "{\"type\":\"string\",\"x-pii\":\"EMAIL\"}}}"));
    assertThat(s.notes())
        .containsExactly(
            "/properties/email/x-pii: 'EMAIL' is not a PII category (one of email, phone, name,"
                + " address, ip, device_id, government_id, other): the property is not classified"
                + " as PII");
  }

  @Test
  void anEmptyRefIsTheDocumentItselfLikeHash() {
    String withHash = "{\"type\":\"object\",\"properties\":{\"child\":{\"$ref\":\"#\"}}}";
    ImportedSchema hash = JsonSchemaImporter.importSchema(json(withHash));
    ImportedSchema empty = JsonSchemaImporter.importSchema(json(withHash.replace("\"#\"", "\"\"")));
    assertThat(empty.type().toString())
        .isEqualTo(hash.type().toString().replace("\"$ref\":\"#\"", "\"$ref\":\"\""));
  }

  @Test
  void refsRelativeToTheRootIdResolve() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"$id":"http://ex.com/schemas/root.json","type":"object",
                 "properties":{"a":{"$ref":"root.json#/definitions/A"},
                               "b":{"$ref":"../schemas/root.json#/definitions/A"},
                               "c":{"$ref":"http://ex.com/schemas/root.json#/definitions/A"}},
                 "definitions":{"A":{"type":"integer"}}}
                """));
    assertThat(s.type())
        .isEqualTo(
            object()
                .optional("a", ref("A"))
                .optional("b", ref("A"))
                .optional("c", ref("A"))
                .open());
    assertThat(s.customTypes()).containsOnlyKeys("A");
  }

  // --- errors -----------------------------------------------------------------------------------

  /** Manifests write numbers out in full: 1e999999999 would be a billion characters. */
  @Test
  void numbersTooLongToWriteOutAreReportedWithTheirPointers() throws Exception {
    assertThat(
            problemsOf(
                () ->
                    JsonSchemaImporter.importSchema(
                        json(
                            """
                        {"type":"object","properties":{
                          "a":{"type":"number","minimum":1e999999999},
                          "b":{"not":{"const":[1, -1e-2000]}},
                          "c":{"type":"number","maximum":1e990}}}
                        """))))
        .containsExactly(
            new Problem(
                "/properties/a/minimum",
                "the number 1E+999999999 is 1000000000 characters written out; at most"
                    + " 1000 are supported"),
            new Problem(
                "/properties/b/not/const/1",
                "the number -1E-2000 is 2003 characters written out; at most 1000"
                    + " are supported"));
    assertThat(
            JsonSchemaImporter.importSchema(json("{\"type\":\"number\",\"maximum\":1e990}")).type())
        .isEqualTo(number().max(new java.math.BigDecimal("1e990")));
    assertThatThrownBy(() -> JsonSchemaType.of("{\"items\":[{\"minimum\":1e2000}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a JSON Schema cannot hold the number at /items/0/minimum: the number 1E+2000 is 2001"
                + " characters written out; at most 1000 are supported");
    // Read with a default ObjectMapper, 1e400 is a double: Infinity.
    JsonNode asDoubles =
        new ObjectMapper()
            .readTree(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"maximum\":1e400},"
                    + "\"b\":{\"minLength\":-1e400}}}");
    assertThat(problemsOf(() -> JsonSchemaImporter.importSchema(asDoubles)))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "/properties/a/maximum",
                "the number is Infinity as read: beyond the range of a double; read"
                    + " schemas with DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS"
                    + " to keep such numbers exact"),
            org.assertj.core.api.Assertions.tuple(
                "/properties/b/minLength",
                "the number is -Infinity as read: beyond the range of a double; read"
                    + " schemas with DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS"
                    + " to keep such numbers exact"));
    assertThatThrownBy(() -> JsonSchemaType.of(asDoubles.get("properties")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a JSON Schema cannot hold the number at /a/maximum: the number is Infinity as read:"
                + " beyond the range of a double; read schemas with"
                + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS to keep such numbers exact");
    assertThatThrownBy(() -> number().min(new java.math.BigDecimal("-1e1000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a number must be at most 1000 characters written out, got -1E+1000 (1002"
                + " characters)");
  }

  @Test
  void remoteRefsAreAllReportedWithTheirPointers() {
    assertThatThrownBy(
            () ->
                JsonSchemaImporter.importSchema(
                    json(
                        """
                        {"type":"object","properties":{
                          "a":{"$ref":"http://x/y.json"},
                          "b":{"items":{"$ref":"other.json#/definitions/c"}},
                          "c":{"$ref":"#/definitions/missing"}}}
                        """)))
        .isInstanceOfSatisfying(
            SchemaImportException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new Problem(
                            "/properties/a/$ref",
                            "remote $ref 'http://x/y.json' is not supported: only references"
                                + " within the document are"),
                        new Problem(
                            "/properties/b/items/$ref",
                            "remote $ref 'other.json#/definitions/c' is not supported: only"
                                + " references within the document are"),
                        new Problem(
                            "/properties/c/$ref",
                            "$ref '#/definitions/missing' does not resolve to a schema in the"
                                + " document")))
        .hasMessageContaining("Cannot import JSON Schema: 3 problems");
  }

  @Test
  void refCyclesThatNeverReachAKeywordAreReported() {
    assertThat(problemsOf(() -> JsonSchemaImporter.importSchema(json("{\"$ref\":\"#\"}"))))
        .containsExactly(
            new Problem(
                "/$ref",
                "$ref cycle: '#' -> '#' refer only to one another and never reach a schema"
                    + " keyword"));
    assertThat(
            problemsOf(
                () ->
                    JsonSchemaImporter.importSchema(
                        json(
                            """
                            {"definitions":{"a":{"$ref":"#/definitions/b"},
                                            "b":{"$ref":"#/definitions/a"}},
                             "type":"object","properties":{"x":{"$ref":"#/definitions/a"}}}
                            """))))
        .extracting(Problem::path)
        .containsExactly("/definitions/a/$ref", "/definitions/b/$ref", "/properties/x/$ref");
    // Recursion through a keyword imports.
    assertThat(
            JsonSchemaImporter.importSchema(
                    json("{\"type\":\"object\",\"properties\":{\"child\":{\"$ref\":\"#\"}}}"))
                .type())
        .isNotNull();
  }

  @Test
  void malformedDocumentsAreReported() {
    assertThat(problemsOf(() -> JsonSchemaImporter.importSchema(json("[1]"))))
        .extracting(Problem::path)
        .containsExactly("");
    assertThat(
            problemsOf(
                () ->
                    JsonSchemaImporter.importSchema(
                        json(
                            "{\"$schema\":\"http://json-schema.org/draft-04/schema#\","
                                + "\"properties\":{\"a\":5},\"anyOf\":[]}"))))
        .extracting(Problem::path)
        .containsExactly("/$schema", "/anyOf", "/properties/a");
  }

  // --- annotations ------------------------------------------------------------------------------

  @Test
  void annotationsWithoutAPlaceInTheModelAreNotedWithTheirPointers() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"title":"Root","description":"The root","type":"object",
                 "properties":{"a":{"type":"string","default":"x","examples":["y"],"title":"A"},
                               "b":{"$ref":"#/definitions/B","type":"string","$comment":"c"}},
                 "definitions":{"B":{"type":"integer","title":"Bee"}}}
                """));
    assertThat(s.notes())
        .containsExactly(
            "/title: 'title' is not kept: the typed model has no place for it here",
            "/description: 'description' is not kept: the typed model has no place for it here",
            "/properties/a/default: 'default' is not kept: the typed model has no place for it"
                + " here",
            "/properties/a/examples: 'examples' is not kept: the typed model has no place for it"
                + " here",
            "/properties/a/title: 'title' is not kept: the typed model has no place for it here",
            "/properties/b/$comment: '$comment' is not kept: the typed model has no place for it"
                + " here",
            "/properties/b/type: 'type' is not kept: draft-07 ignores the siblings of $ref",
            "/definitions/B/title: 'title' is not kept: the typed model has no place for it here");
  }

  @Test
  void annotationsInsideRawPartsAreKeptThere() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(json("{\"default\":3,\"not\":{\"type\":\"string\"}}"));
    assertThat(s.type()).isEqualTo(raw("{\"default\":3,\"not\":{\"type\":\"string\"}}"));
    assertThat(s.notes()).isEmpty();
  }

  @Test
  void importMdExample() {
    ImportedSchema s =
        JsonSchemaImporter.importSchema(
            json(
                """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "type": "object",
                 "properties": {
                   "order_id": {"type": "string", "pattern": "^ord_[0-9]+$", "description": "Order id"},
                   "products": {"type": "array", "items": {"$ref": "#/definitions/Product"}, "minItems": 1},
                   "coupon":   {"type": ["string", "null"], "default": null},
                   "note":     {"type": "string", "pattern": "^.{0,140}$"}},
                 "required": ["order_id", "products"],
                 "additionalProperties": false,
                 "definitions": {"Product": {"type": "object", "properties": {"sku": {"type": "string"}},
                                 "required": ["sku"]}}}
                """));
    assertThat(s.type())
        .isEqualTo(
            object()
                .property(
                    "order_id",
                    Property.required(string().pattern("^ord_[0-9]+$")).description("Order id"))
                .required("products", array(ref("Product")).minItems(1))
                .optional("coupon", nullable(string()))
                .optional("note", raw("{\"pattern\":\"^.{0,140}$\",\"type\":\"string\"}")));
    assertThat(s.customTypes().get("Product").type())
        .isEqualTo(object().required("sku", string()).open());
    assertThat(s.notes())
        .containsExactly(
            "/properties/coupon/default: 'default' is not kept: the typed model has no place for"
                + " it here");
  }

  // --- events -----------------------------------------------------------------------------------

  @Test
  void eventPayloadIsTheRootObjectAndItsDescriptionTheSpecs() {
    ImportedEvent e =
        JsonSchemaImporter.importEvent(
            json(
                """
                {"description":"A product was viewed","type":"object",
                 "properties":{"sku":{"$ref":"#/definitions/Sku"}},"required":["sku"],
                 "definitions":{"Sku":{"type":"string"}}}
                """),
            EventType.TRACK,
            "Product Viewed");
    assertThat(e.spec().name()).isEqualTo("Product Viewed");
    assertThat(e.spec().type()).isEqualTo(EventType.TRACK);
    assertThat(e.spec().payload()).isEqualTo(object().required("sku", ref("Sku")).open());
    assertThat(e.spec().description()).contains("A product was viewed");
    assertThat(e.version()).isEmpty();
    TrackingPlan plan = e.toPlan("catalog");
    assertThat(plan.version()).isEqualTo("1.0.0");
    assertThat(plan.customTypes()).containsOnlyKeys("Sku");
    assertThat(plan.events()).containsOnlyKeys("Product Viewed");
  }

  @Test
  void eventRootThatIsNotATypedObjectBecomesOpenObjectWithTheWholeRootAsConstraints() {
    String root = "{\"not\":{\"required\":[\"a\"]},\"title\":\"T\"}";
    ImportedEvent e = JsonSchemaImporter.importEvent(json(root), EventType.IDENTIFY, "Who");
    assertThat(e.spec().payload()).isEqualTo(object().open().constraints(raw(root)));
    assertThat(e.notes()).isEmpty();
  }

  @Test
  void eventRootThatCanNeverBeAnObjectIsAnError() {
    assertThat(
            problemsOf(
                () ->
                    JsonSchemaImporter.importEvent(
                        json("{\"type\":\"string\"}"), EventType.TRACK, "E")))
        .containsExactly(
            new Problem(
                "",
                "the root schema accepts no object (its type is \"string\"), but an"
                    + " event payload is an object"));
    assertThatThrownBy(() -> JsonSchemaImporter.importEvent(json("false"), EventType.TRACK, "E"))
        .isInstanceOf(SchemaImportException.class)
        .hasMessageContaining("it is false");
  }
}
