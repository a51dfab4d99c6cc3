package dev.plumbline.validation.export;

import static dev.plumbline.core.types.Types.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.importing.ImportedSchema;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.validation.TypeValidator;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * Embedded JSON Schemas with {@code $id}s keep their meaning in an export: their references are
 * made JSON pointers and their identifiers removed, so two embedded schemas declaring the same
 * identifier do not capture each other's references, and no reference depends on a base URI the
 * exported document does not give.
 */
class EmbeddedIdsExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoEmbeddedSchemasWithTheSameAnchorOrIdStayApart() throws Exception {
    DataType type =
        object()
            .optional("x", anchored("string"))
            .optional("y", anchored("integer"))
            .optional("u", identified("string"))
            .optional("w", identified("integer"));
    assertAgreement(
        type,
        Map.of(),
        List.of(
            "{\"x\":{\"v\":\"s\"},\"y\":{\"v\":1},\"u\":{\"v\":\"s\"},\"w\":{\"v\":1}}",
            "{\"y\":{\"v\":\"s\"}}",
            "{\"x\":{\"v\":1}}",
            "{\"w\":{\"v\":\"s\"}}",
            "{\"u\":{\"v\":1}}"));
  }

  @Test
  void referencesRelativeToARootIdStillResolve() throws Exception {
    ImportedSchema imported =
        JsonSchemaImporter.importSchema(
            JSON.readTree(
                """
                {"$id":"http://ex.com/root.json","type":"object",
                 "properties":{"a":{"$ref":"root.json#/definitions/A"},
                               "c":{"$ref":"http://ex.com/b.json"},
                               "d":{"$ref":"#/definitions/B"},
                               "e":{"$ref":"http://ex.com/root.json"}},
                 "definitions":{"A":{"type":"integer"},"B":{"$id":"b.json","type":"string"}}}
                """));
    JsonNode exported = JsonSchemaExporter.typeSchema(imported.type(), imported.customTypes());
    assertThat(exported.toString()).doesNotContain("$id").doesNotContain("root.json");
    assertAgreement(
        imported.type(),
        imported.customTypes(),
        List.of(
            "{\"a\":1,\"c\":\"s\",\"d\":\"t\",\"e\":{}}",
            "{\"a\":\"x\"}",
            "{\"c\":1}",
            "{\"d\":2}",
            "{\"e\":{\"a\":\"x\"}}"));
  }

  /** {@code {"definitions":{"D":{"$id":"#foo","type":T}},"properties":{"v":{"$ref":"#foo"}}}}. */
  private static JsonSchemaType anchored(String type) {
    return JsonSchemaType.of(
        "{\"definitions\":{\"D\":{\"$id\":\"#foo\",\"type\":\""
            + type
            + "\"}},\"properties\":{\"v\":{\"$ref\":\"#foo\"}}}");
  }

  /** The same with an absolute URI as the definition's identifier. */
  private static JsonSchemaType identified(String type) {
    return JsonSchemaType.of(
        "{\"definitions\":{\"D\":{\"$id\":\"http://a.example/d.json\",\"type\":\""
            + type
            + "\"}},\"properties\":{\"v\":{\"$ref\":\"http://a.example/d.json\"}}}");
  }

  /** The model, the exported schema on Plumbline's engine and on everit agree on each value. */
  private static void assertAgreement(
      DataType type,
      Map<String, dev.plumbline.core.plan.CustomType> customTypes,
      List<String> values)
      throws Exception {
    JsonNode exported = JsonSchemaExporter.typeSchema(type, customTypes);
    TypeValidator model = TypeValidator.compile(type, customTypes);
    TypeValidator export = TypeValidator.compile(JsonSchemaType.of(exported), Map.of());
    Schema everit = EveritCheck.load(exported);
    for (String value : values) {
      boolean expected = model.validate(JSON.readTree(value)).valid();
      assertThat(export.validate(JSON.readTree(value)).valid())
          .as("export on Plumbline's engine: %s against %s", value, exported)
          .isEqualTo(expected);
      assertThat(EveritCheck.violations(everit, value).isEmpty())
          .as("export on everit: %s against %s", value, exported)
          .isEqualTo(expected);
    }
  }
}
