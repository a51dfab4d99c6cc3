package dev.plumbline.core.manifest;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;

import com.google.common.collect.ImmutableList;
import dev.plumbline.core.Problem;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Thrown when a manifest cannot be read. It lists <em>every</em> problem found, each with the JSON
 * pointer of the offending value in the manifest ({@code /spec/routes/0/destination}; the empty
 * pointer is the whole document).
 *
 * <pre>{@code
 * try {
 *   Manifests.load(text);
 * } catch (ManifestException e) {
 *   e.problems().forEach(p -> log.error("{}: {}", p.path(), p.message()));
 * }
 * }</pre>
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one; paths are JSON pointers
   */
  public ManifestException(Collection<Problem> problems) {
    super(Problem.list("Invalid manifest", distinct(problems)));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ManifestException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(new LinkedHashSet<>(problems));
  }

  /**
   * The problems without repeats, in order. A null collection is a NullPointerException whose
   * message is {@code problems}, a null problem one whose message is {@code problems[i]}.
   */
  private static ImmutableList<Problem> distinct(Collection<Problem> problems) {
    requireNoNullElements(problems, "problems");
    return ImmutableList.copyOf(new LinkedHashSet<>(problems));
  }

  /** Every problem found, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
