package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

/**
 * A reference to a custom type declared on the tracking plan, by name. A dangling reference is
 * reported when the plan is built.
 *
 * <pre>{@code
 * plan.customType("Product", object().required("sku", string()));
 * ... .required("products", array(ref("Product")))
 * }</pre>
 */
public record TypeRef(String name) implements DataType {
  public TypeRef {
    requireNonNull(name, "name");
  }

  @Override
  public String kind() {
    return "ref " + name;
  }
}
