package dev.plumbline.core.importing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.DataType;

/**
 * A JSON Schema imported as a type of the model.
 *
 * <pre>{@code
 * ImportedSchema s = JsonSchemaImporter.importSchema(mapper.readTree(
 *     "{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Sku\"},"
 *         + "\"definitions\":{\"Sku\":{\"type\":\"string\",\"minLength\":1}}}"));
 * s.type();          // array(ref("Sku"))
 * s.customTypes();   // {Sku=CustomType[Sku, string().minLength(1)]}
 * }</pre>
 *
 * @param type the schema's type; parts the typed model cannot express exactly are {@code
 *     JsonSchemaType}s
 * @param customTypes the document's {@code definitions} as custom types, in document order
 * @param notes what the typed model had no place for and was therefore not kept (annotations such
 *     as {@code default} or {@code examples}), each naming its JSON pointer
 */
public record ImportedSchema(
    DataType type, ImmutableMap<String, CustomType> customTypes, ImmutableList<String> notes) {
  public ImportedSchema {
    requireNonNull(type, "type");
    customTypes = ImmutableMap.copyOf(requireNonNull(customTypes, "customTypes"));
    notes = ImmutableList.copyOf(requireNonNull(notes, "notes"));
  }
}
