package dev.plumbline.samples.internal;

import com.google.common.collect.ImmutableList;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds every property classified as personal data in an object, however deeply nested: through
 * objects, array items ({@code products[].email}), nullable and union types, custom-type references
 * and variant cases.
 */
public final class PiiFields {
  private PiiFields() {}

  /**
   * The classified properties as {@code path (category)}, such as {@code shipping_address
   * (address)} or {@code payer_email (email, when payment_method is paypal)}.
   */
  public static ImmutableList<String> of(ObjectType payload, Map<String, CustomType> customTypes) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    object(payload, "", "", customTypes, new HashSet<>(), out);
    return out.build();
  }

  private static void object(
      ObjectType o,
      String prefix,
      String when,
      Map<String, CustomType> types,
      Set<String> refsInProgress,
      ImmutableList.Builder<String> out) {
    properties(o.properties(), prefix, when, types, refsInProgress, out);
    if (o.variants().isPresent()) {
      String discriminator = o.variants().get().discriminator();
      for (VariantCase c : o.variants().get().cases()) {
        String caseWhen = ", when " + prefix + discriminator + " is " + String.join("|", c.match());
        properties(c.properties(), prefix, caseWhen, types, refsInProgress, out);
      }
      properties(
          o.variants().get().defaultProperties(),
          prefix,
          ", when no variant matches",
          types,
          refsInProgress,
          out);
    }
  }

  private static void properties(
      Map<String, Property> properties,
      String prefix,
      String when,
      Map<String, CustomType> types,
      Set<String> refsInProgress,
      ImmutableList.Builder<String> out) {
    for (Map.Entry<String, Property> p : properties.entrySet()) {
      String path = prefix + p.getKey();
      p.getValue()
          .pii()
          .ifPresent(category -> out.add(path + " (" + category.wireName() + when + ")"));
      type(p.getValue().type(), path, when, types, refsInProgress, out);
    }
  }

  private static void type(
      DataType t,
      String path,
      String when,
      Map<String, CustomType> types,
      Set<String> refsInProgress,
      ImmutableList.Builder<String> out) {
    if (t instanceof ObjectType o) {
      object(o, path + ".", when, types, refsInProgress, out);
    } else if (t instanceof ArrayType a) {
      type(a.items(), path + "[]", when, types, refsInProgress, out);
    } else if (t instanceof NullableType n) {
      type(n.inner(), path, when, types, refsInProgress, out);
    } else if (t instanceof UnionType u) {
      u.options().forEach(option -> type(option, path, when, types, refsInProgress, out));
    } else if (t instanceof TypeRef r) {
      CustomType target = types.get(r.name());
      if (target != null && refsInProgress.add(r.name())) {
        type(target.type(), path, when, types, refsInProgress, out);
        refsInProgress.remove(r.name());
      }
    }
  }
}
