package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

/**
 * A value of the inner type, or JSON {@code null}.
 *
 * <pre>{@code
 * nullable(string().format(EMAIL))
 * }</pre>
 */
public record NullableType(DataType inner) implements DataType {
  public NullableType {
    requireNonNull(inner, "inner");
  }

  @Override
  public String kind() {
    return "nullable " + inner.kind();
  }
}
