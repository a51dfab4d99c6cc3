package dev.plumbline.core.internal;

import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * How deeply a plan's types nest (objects, arrays, nullable, unions, and the JSON inside a {@link
 * JsonSchemaType}), measured without recursion: code that recurses per level (compiling a manifest)
 * decides from it whether it needs a thread with room to recurse.
 */
public final class TypeDepth {
  private TypeDepth() {}

  /** The deepest nesting among the plan's event payloads and custom types. */
  public static int of(TrackingPlan plan) {
    List<DataType> roots = new ArrayList<>();
    plan.events().values().forEach(spec -> roots.add(spec.payload()));
    plan.customTypes().values().forEach(custom -> roots.add(custom.type()));
    return deepest(roots);
  }

  /** The deepest nesting of a type and the custom types it may refer to. */
  public static int of(DataType type, Collection<CustomType> customTypes) {
    List<DataType> roots = new ArrayList<>();
    roots.add(type);
    customTypes.forEach(custom -> roots.add(custom.type()));
    return deepest(roots);
  }

  private static int deepest(List<DataType> roots) {
    Deque<DataType> types = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    for (DataType root : roots) {
      types.push(root);
      depths.push(1);
    }
    int deepest = 0;
    while (!types.isEmpty()) {
      DataType type = types.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      if (type instanceof ObjectType o) {
        push(o.properties().values(), depth + 1, types, depths);
        if (o.variants().isPresent()) {
          push(o.variants().get().defaultProperties().values(), depth + 1, types, depths);
          for (VariantCase c : o.variants().get().cases()) {
            push(c.properties().values(), depth + 1, types, depths);
          }
        }
        if (o.constraints().isPresent()) {
          deepest = Math.max(deepest, depth + JsonDepth.depth(o.constraints().get().schema()));
        }
      } else if (type instanceof ArrayType a) {
        types.push(a.items());
        depths.push(depth + 1);
      } else if (type instanceof NullableType n) {
        types.push(n.inner());
        depths.push(depth + 1);
      } else if (type instanceof UnionType u) {
        for (DataType option : u.options()) {
          types.push(option);
          depths.push(depth + 1);
        }
      } else if (type instanceof JsonSchemaType j) {
        deepest = Math.max(deepest, depth + JsonDepth.depth(j.schema()));
      }
    }
    return deepest;
  }

  private static void push(
      Collection<Property> properties, int depth, Deque<DataType> types, Deque<Integer> depths) {
    for (Property p : properties) {
      types.push(p.type());
      depths.push(depth);
    }
  }
}
