package dev.plumbline.core.types;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * One of a fixed list of strings, in declaration order. A Java enum class can supply them:
 *
 * <pre>{@code
 * enumOf("USD", "EUR", "GBP")
 * enumOf(Currency.class)   // the constants' names
 * }</pre>
 */
public record EnumType(ImmutableList<String> values) implements DataType {
  public EnumType {
    values = ImmutableList.copyOf(requireNonNull(values, "values"));
  }

  @Override
  public String kind() {
    return "enum";
  }
}
