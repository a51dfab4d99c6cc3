package dev.plumbline.core;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * Thrown when a declaration is invalid. It lists <em>every</em> problem found, each with its path,
 * never just the first one.
 *
 * <pre>{@code
 * try {
 *   pipeline.build();
 * } catch (DeclarationException e) {
 *   e.problems().forEach(System.err::println); // "path: message", "(root): ..." for the document
 * }
 * }</pre>
 */
public final class DeclarationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was being declared, such as {@code pipeline 'storefront'}
   * @param problems every problem found, at least one
   */
  public DeclarationException(String what, Collection<Problem> problems) {
    super(
        Problem.list(
            "Invalid " + requireNonNull(what, "what"),
            ImmutableList.sortedCopyOf(requireNoNullElements(problems, "problems"))));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, ordered by path. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
