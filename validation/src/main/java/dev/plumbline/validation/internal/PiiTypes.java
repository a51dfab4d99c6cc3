package dev.plumbline.validation.internal;

import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a type holds a property classified as PII anywhere below it: a property with a {@code
 * pii} category, or an {@code x-pii} annotation inside a JSON Schema part. The violations of a
 * value checked against such a type do not show it ({@link Collector#hidingValueHere}): an enum
 * mismatch would render the whole object, and a string sent in its place may be the PII itself.
 *
 * <pre>{@code
 * PiiTypes.containsPii(object().required("email", string(), PiiCategory.EMAIL), Map.of()); // true
 * }</pre>
 */
public final class PiiTypes {
  private PiiTypes() {}

  public static boolean containsPii(DataType root, Map<String, CustomType> customTypes) {
    Deque<DataType> todo = new ArrayDeque<>();
    Set<String> seenRefs = new HashSet<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      DataType t = todo.pop();
      if (t instanceof ObjectType o) {
        if (anyPii(o.properties(), todo)) {
          return true;
        }
        if (o.variants().isPresent()) {
          for (VariantCase c : o.variants().get().cases()) {
            if (anyPii(c.properties(), todo)) {
              return true;
            }
          }
          if (anyPii(o.variants().get().defaultProperties(), todo)) {
            return true;
          }
        }
        o.constraints().ifPresent(todo::push);
      } else if (t instanceof ArrayType a) {
        todo.push(a.items());
      } else if (t instanceof NullableType n) {
        todo.push(n.inner());
      } else if (t instanceof UnionType u) {
        u.options().forEach(todo::push);
      } else if (t instanceof TypeRef r) {
        CustomType c = customTypes.get(r.name());
        if (c != null && seenRefs.add(r.name())) {
          todo.push(c.type());
        }
      } else if (t instanceof JsonSchemaType j && j.canonicalJson().contains("\"x-pii\"")) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyPii(Map<String, Property> properties, Deque<DataType> todo) {
    for (Property p : properties.values()) {
      if (p.pii().isPresent()) {
        return true;
      }
      todo.push(p.type());
    }
    return false;
  }
}
