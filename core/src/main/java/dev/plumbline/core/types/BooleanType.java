package dev.plumbline.core.types;

/** {@code true} or {@code false}. */
public record BooleanType() implements DataType {
  @Override
  public String kind() {
    return "boolean";
  }
}
