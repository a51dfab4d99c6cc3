package dev.plumbline.validation.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.importing.ImportedSchema;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.validation.TypeValidator;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import is exact: everit accepts the same instances with the original schema and with the
 * export of what was imported (typed parts, raw parts made self-contained, constraints).
 */
class ImportedSchemaEquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> INSTANCES =
      List.of(
          "null",
          "true",
          "0",
          "1",
          "1.0",
          "1.5",
          "-3",
          "\"\"",
          "\"a\"",
          "\"abc\"",
          "\"x-1\"",
          "\"a@b.co\"",
          "[]",
          "[1,\"a\"]",
          "[1,1]",
          "[{}]",
          "{}",
          "{\"a\":\"x\"}",
          "{\"a\":1}",
          "{\"a\":null}",
          "{\"x-a\":1}",
          "{\"x-a\":\"s\"}",
          "{\"a\":\"x\",\"b\":2}",
          "{\"b\":2}",
          "{\"kid\":{}}",
          "{\"kid\":{\"kid\":1}}",
          "{\"kid\":{\"kid\":{}}}",
          "{\"n\":{\"n\":{}}}",
          "{\"n\":{\"n\":3}}",
          "{\"value\":1,\"children\":[{\"value\":2}]}",
          "{\"value\":1,\"children\":[{\"value\":\"2\"}]}",
          "{\"a\":\"x\",\"other\":true}",
          "{\"a\":\"abcdef\"}",
          "{\"a\":[1,2,3]}",
          "{\"a\":{\"b\":{}}}");

  /** Nullable types with keywords that apply to null too. */
  private static final String[] NULLABLE_WITH_APPLICATORS = {
    "{\"type\":[\"object\",\"null\"],\"oneOf\":[{\"required\":[\"a\"]},{\"required\":[\"b\"]}]}",
    "{\"type\":[\"object\",\"null\"],\"not\":{\"type\":\"null\"}}",
    "{\"type\":[\"null\",\"object\"],\"allOf\":[{\"type\":\"object\"}]}",
    "{\"type\":[\"object\",\"null\"],\"anyOf\":[{\"type\":\"object\"},{\"type\":\"string\"}]}",
    "{\"type\":[\"object\",\"null\"],\"if\":{\"type\":\"null\"},\"then\":false}",
    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":[\"object\",\"null\"],"
        + "\"not\":{\"type\":\"null\"}}}}",
    "{\"type\":[\"string\",\"null\"],\"not\":{\"type\":\"null\"}}"
  };

  /** The typed model Plumbline imports into judges every instance as the raw schema does. */
  @Test
  void theImportedTypeJudgesLikeTheRawSchema() throws Exception {
    for (String source : NULLABLE_WITH_APPLICATORS) {
      JsonNode original = JSON.readTree(source);
      ImportedSchema imported = JsonSchemaImporter.importSchema(original);
      TypeValidator typed = TypeValidator.compile(imported.type(), imported.customTypes());
      TypeValidator raw = TypeValidator.compile(JsonSchemaType.of(original), Map.of());
      for (String instance : INSTANCES) {
        JsonNode value = JSON.readTree(instance);
        assertThat(typed.validate(value).valid())
            .as("%s against %s imported as %s", instance, source, imported.type())
            .isEqualTo(raw.validate(value).valid());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        """
        {"type":["object","null"],"oneOf":[{"required":["a"]},{"required":["b"]}]}
        """,
        """
        {"type":["object","null"],"not":{"type":"null"}}
        """,
        """
        {"type":"object","properties":{"a":{"type":["object","null"],"not":{"type":"null"}}}}
        """,
        """
        {"type":"object","properties":{"a":{"type":"string","minLength":1,"format":"email"},
         "b":{"type":["integer","null"],"minimum":0}},"required":["a"],"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"a":{"type":"string"}},
         "patternProperties":{"^x-":{"type":"integer"}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"a":{"type":"string"}},"required":["a","b"],
         "additionalProperties":{"type":"number"},"minProperties":2}
        """,
        """
        {"type":"object","properties":{"kid":{"$ref":"#"}},"maxProperties":1}
        """,
        """
        {"type":"object","properties":{
           "a":{"type":"object","properties":{"kid":{"$ref":"#/properties/a"}},
                "if":{"required":["kid"]},
                "then":{"properties":{"kid":{"$ref":"#/properties/a/properties/kid"}}}},
           "kid":{"$ref":"#/properties/a"}}}
        """,
        """
        {"$ref":"#/definitions/Node","definitions":{
           "Node":{"type":"object","properties":{"value":{"$ref":"#/definitions/Value"},
             "children":{"type":"array","items":{"$ref":"#/definitions/Node"}}},
             "required":["value"]},
           "Value":{"type":"integer"}}}
        """,
        """
        {"type":"object","properties":{"n":{"$ref":"#/definitions/A"}},"definitions":{
           "A":{"anyOf":[{"type":"object","properties":{"n":{"$ref":"#/definitions/B"}}},
                         {"type":"integer"}]},
           "B":{"not":{"$ref":"#/definitions/C"}},"C":{"type":"integer","maximum":2}}}
        """,
        """
        {"type":"object","properties":{
           "a":{"$ref":"#/definitions/S"},
           "b":{"not":{"$ref":"#bee"}}},
         "definitions":{"S":{"type":"string","pattern":"^[a-z]+$"},"B":{"$id":"#bee","type":"integer"}}}
        """,
        """
        {"not":{"required":["a"]},"type":"object","properties":{"b":{"const":2}}}
        """,
        """
        {"anyOf":[{"type":"null"},{"type":"array","items":{"enum":["a",1]},"uniqueItems":true}]}
        """,
        """
        {"type":"object","properties":{"a":{"type":"array","contains":{"const":3}},
         "x-a":{"oneOf":[{"type":"string"},{"type":"integer"}]}},
         "dependencies":{"a":["b"],"b":{"required":["a"]}},"propertyNames":{"maxLength":3}}
        """,
        """
        {"allOf":[{"$ref":"#/definitions/O"}],
         "definitions":{"O":{"type":"object","properties":{"a":{"type":"string","maxLength":3}},
                             "additionalProperties":false}}}
        """
      })
  void everitAcceptsTheSameInstancesBeforeAndAfterImport(String source) throws Exception {
    JsonNode original = JSON.readTree(source);
    ImportedSchema imported = JsonSchemaImporter.importSchema(original);
    ObjectNode exported = JsonSchemaExporter.typeSchema(imported.type(), imported.customTypes());
    Schema before = EveritCheck.load(original);
    Schema after = EveritCheck.load(exported);
    for (String instance : INSTANCES) {
      assertThat(EveritCheck.violations(after, instance).isEmpty())
          .as("%s against %s", instance, exported)
          .isEqualTo(EveritCheck.violations(before, instance).isEmpty());
    }
  }
}
