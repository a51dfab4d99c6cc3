package dev.plumbline.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when a declaration is invalid. It lists <em>every</em> problem found, each with its path,
 * never just the first one.
 *
 * <pre>{@code
 * try {
 *   pipeline.build();
 * } catch (DeclarationException e) {
 *   e.problems().forEach(p -> System.err.println(p.path() + ": " + p.message()));
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
    super(format(what, problems));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, ordered by path. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String format(String what, Collection<Problem> problems) {
    return "Invalid "
        + what
        + ": "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().sorted().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
