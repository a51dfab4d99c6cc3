package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A value of at least one ({@link Mode#ANY_OF}) or exactly one ({@link Mode#ONE_OF}) of several
 * types.
 *
 * <pre>{@code
 * anyOf(string(), integer())
 * oneOf(object().required("card", string()), object().required("iban", string()))
 * }</pre>
 */
public record UnionType(Mode mode, ImmutableList<DataType> options) implements DataType {
  public UnionType {
    requireNonNull(mode, "mode");
    options = ImmutableList.copyOf(requireNonNull(options, "options"));
  }

  /** How many options must match. */
  public enum Mode {
    ANY_OF,
    ONE_OF
  }

  @Override
  public String kind() {
    return mode == Mode.ANY_OF ? "anyOf" : "oneOf";
  }
}
