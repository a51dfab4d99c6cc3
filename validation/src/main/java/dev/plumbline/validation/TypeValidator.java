package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.internal.RoomToRecurse;
import dev.plumbline.core.internal.TypeDepth;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.CheckerCompiler;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.NeedsRoom;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a bare JSON value against one type, with the same engine as {@link EventValidator}.
 * Pointers start at the value ({@code ""}, {@code /sku}, {@code /0}); plan locations start empty
 * ({@code sku}, {@code items/price}).
 *
 * <pre>{@code
 * TypeValidator v = TypeValidator.compile(number().min(0), Map.of());
 * v.validate(IntNode.valueOf(-5)).violations(); // RANGE at "": expected number >= 0, found -5
 * }</pre>
 */
public final class TypeValidator {
  private final Checker checker;
  private final ImmutableList<String> schemaProblems;

  private TypeValidator(Checker checker, ImmutableList<String> schemaProblems) {
    this.checker = checker;
    this.schemaProblems = schemaProblems;
  }

  /**
   * Compiles a type.
   *
   * @param customTypes the custom types its references name
   * @throws IllegalArgumentException for a reference to an undeclared or recursive custom type, or
   *     a JSON Schema {@code $ref} that does not resolve within its document (remote references are
   *     never fetched), naming each such reference and its JSON pointer
   */
  public static TypeValidator compile(DataType type, Map<String, CustomType> customTypes) {
    requireNonNull(type, "type");
    requireNonNull(customTypes, "customTypes");
    // Compiling recurses once per level of the type (a JSON Schema nests up to 1,000): a deep type
    // gets room to recurse.
    return RoomToRecurse.call(
        TypeDepth.of(type, customTypes.values()),
        () -> {
          CheckerCompiler compiler = new CheckerCompiler(customTypes);
          Checker checker = compiler.compile(type);
          return new TypeValidator(checker, compiler.schemaProblems());
        });
  }

  /**
   * The embedded JSON Schema parts of the type that are not valid draft-07 (such as {@code
   * "minLength": -1}), each naming the keyword and its JSON pointer within the part, after the
   * part's place in the type when it is not the type itself ({@code a/b: ...} for the property
   * {@code b} of the property {@code a}). Every value such a part applies to fails with {@code
   * UNSUPPORTED_SCHEMA}, so a tool that compiles a user's schema reports these as an error up
   * front. Empty for types declared in Java.
   *
   * <pre>{@code
   * TypeValidator.compile(JsonSchemaType.of("{\"minLength\": -1}"), Map.of()).schemaProblems();
   * // ["'minLength' must be a non-negative integer, found -1 (at /minLength)"]
   * }</pre>
   */
  public ImmutableList<String> schemaProblems() {
    return schemaProblems;
  }

  /** Validates a value; never throws. Java null and {@code MissingNode} are type mismatches. */
  public ValidationResult validate(JsonNode value) {
    try {
      return validateHere(value);
    } catch (NeedsRoom deep) {
      return NeedsRoom.again(() -> validateHere(value));
    }
  }

  private ValidationResult validateHere(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return new ValidationResult(
          Optional.empty(),
          ImmutableList.of(
              new Violation(
                  ViolationCode.TYPE_MISMATCH,
                  "",
                  "",
                  "expected " + checker.expected() + ", found nothing")));
    }
    int hint = checker.firstFailure(value, 0);
    if (hint == Checker.VALID) {
      return ValidationResult.validWithoutSpec();
    }
    Collector out = new Collector("", "");
    checker.collectAfter(value, 0, out, hint);
    return new ValidationResult(Optional.empty(), out.violations());
  }
}
