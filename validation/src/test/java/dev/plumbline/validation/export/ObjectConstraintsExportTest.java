package dev.plumbline.validation.export;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.ObjectType;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code ObjectType.constraints} are exported as a conjunct: an object must satisfy both the typed
 * keywords and the constraints, whose internal refs still resolve after the move to definitions.
 */
class ObjectConstraintsExportTest {

  private static final JsonSchemaType HEADER_CONSTRAINTS =
      JsonSchemaType.of(
          """
          {"definitions":{"header":{"type":"string","maxLength":3}},
           "patternProperties":{"^x-":{"$ref":"#/definitions/header"}},
           "minProperties":2,
           "dependencies":{"id":["kind"]}}
          """);

  private static Schema load(ObjectType type) {
    return EveritCheck.load(JsonSchemaExporter.typeSchema(type, Map.of()));
  }

  @Test
  void openObjectMustSatisfyTypedKeywordsAndConstraints() {
    Schema schema =
        load(
            object()
                .required("id", integer())
                .optional("kind", string())
                .open()
                .constraints(HEADER_CONSTRAINTS));
    assertThat(EveritCheck.violations(schema, "{\"id\":1,\"kind\":\"k\",\"x-a\":\"abc\"}"))
        .isEmpty();
    assertThat(EveritCheck.violations(schema, "{\"id\":1,\"kind\":\"k\",\"x-a\":\"abcd\"}"))
        .containsExactly("maxLength #/x-a");
    assertThat(EveritCheck.violations(schema, "{\"id\":1,\"other\":true}"))
        .containsExactly("dependencies #");
    assertThat(EveritCheck.violations(schema, "{\"id\":1}"))
        .containsExactlyInAnyOrder("minProperties #", "dependencies #");
    assertThat(EveritCheck.violations(schema, "{\"id\":\"1\",\"kind\":\"k\"}"))
        .containsExactly("type #/id");
  }

  @Test
  void closedObjectStillRejectsUndeclaredPropertiesNextToConstraints() {
    Schema schema =
        load(
            object()
                .required("id", integer())
                .optional("kind", string())
                .constraints(HEADER_CONSTRAINTS));
    assertThat(EveritCheck.violations(schema, "{\"id\":1,\"kind\":\"k\"}")).isEmpty();
    assertThat(EveritCheck.violations(schema, "{\"id\":1,\"kind\":\"k\",\"x-a\":\"abc\"}"))
        .containsExactly("additionalProperties #");
  }

  @Test
  void constraintsInsideArraysAndSharedSchemasResolve() {
    JsonSchemaType recursive =
        JsonSchemaType.of(
            "{\"properties\":{\"child\":{\"$ref\":\"#\"}},\"maxProperties\":1,"
                + "\"propertyNames\":{\"enum\":[\"child\"]}}");
    Schema schema =
        load(
            object()
                .required("items", array(object().open().constraints(recursive)))
                .optional("one", object().open().constraints(recursive)));
    assertThat(
            EveritCheck.violations(
                schema, "{\"items\":[{},{\"child\":{\"child\":{}}}],\"one\":{\"child\":{}}}"))
        .isEmpty();
    assertThat(EveritCheck.violations(schema, "{\"items\":[{\"child\":{\"other\":{}}}]}"))
        .containsExactly("enum #/items/0/child/other");
  }
}
