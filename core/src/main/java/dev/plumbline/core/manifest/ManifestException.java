package dev.plumbline.core.manifest;

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
    super(Problem.list("Invalid manifest", ImmutableList.copyOf(new LinkedHashSet<>(problems))));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ManifestException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(new LinkedHashSet<>(problems));
  }

  /** Every problem found, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
