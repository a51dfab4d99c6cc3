package dev.plumbline.core.importing;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.plumbline.core.Problem;
import java.util.Collection;

/**
 * Thrown when a schema cannot be imported. It lists every problem found, each with the JSON pointer
 * of where it is in the imported document ({@code ""} for the root), never just the first one.
 *
 * <pre>{@code
 * try {
 *   JsonSchemaImporter.importSchema(schema);
 * } catch (SchemaImportException e) {
 *   e.problems().forEach(p -> log.warn("{}: {}", p.path(), p.message()));
 *   // /properties/a/$ref: remote $ref 'http://x/y.json' is not supported: ...
 * }
 * }</pre>
 */
public final class SchemaImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was being imported, such as {@code JSON Schema}
   * @param problems every problem found, at least one; paths are JSON pointers
   */
  public SchemaImportException(String what, Collection<Problem> problems) {
    super(Problem.list("Cannot import " + requireNonNull(what, "what"), sorted(problems)));
    this.problems = sorted(problems);
  }

  /**
   * The problems ordered by pointer. A null collection is a NullPointerException whose message is
   * {@code problems}, a null problem one whose message is {@code problems[i]}.
   */
  private static ImmutableList<Problem> sorted(Collection<Problem> problems) {
    requireNoNullElements(problems, "problems");
    return ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, ordered by pointer. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
