package dev.plumbline.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A group of events, such as {@code Ecommerce} or {@code Lifecycle}. An event spec refers to a
 * category by name.
 */
public record Category(String name, Optional<String> description) {
  public Category {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
  }
}
