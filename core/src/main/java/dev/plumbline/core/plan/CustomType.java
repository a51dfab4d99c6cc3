package dev.plumbline.core.plan;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.types.DataType;
import java.util.Optional;

/**
 * A named, reusable type declared on a tracking plan and used through {@code Types.ref(name)}.
 *
 * @param name unique within the plan
 * @param type what the name stands for
 * @param description what it means, if documented
 */
public record CustomType(String name, DataType type, Optional<String> description) {
  public CustomType {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
  }
}
