package dev.plumbline.core.types;

/**
 * The type of a property value. A closed hierarchy: every kind a tracking plan can declare.
 *
 * <p>Types are immutable values built with the factories in {@link Types}; each constraint method
 * returns a new value:
 *
 * <pre>{@code
 * import static dev.plumbline.core.types.Types.*;
 *
 * DataType price = number().min(0).exclusiveMax(100_000);
 * DataType sku = string().minLength(3).maxLength(32).pattern("^[A-Z0-9-]+$");
 * DataType product = object().required("sku", sku).optional("price", price);
 * DataType products = array(ref("Product")).minItems(1);
 * }</pre>
 *
 * <p>Constraints are checked together when the plan is built: {@code string().minLength(5)
 * .maxLength(2)} is a value, and {@code TrackingPlan.build()} reports it with its path.
 */
public sealed interface DataType
    permits StringType,
        IntegerType,
        NumberType,
        BooleanType,
        EnumType,
        ArrayType,
        ObjectType,
        NullableType,
        UnionType,
        TypeRef,
        JsonSchemaType {

  /** A short name for messages: {@code string}, {@code integer}, {@code object}, ... */
  String kind();
}
